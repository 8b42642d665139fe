package org.talentbench.core.researcher;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule found by {@link ProfileRules}: the field it concerns (a stable path such as {@code orcid},
 * {@code breaks[1].end}, {@code contributors[0].share} or {@code works}), a stable {@code code} that the app and the CLI
 * translate as {@code error.<code>}, the values that fill its placeholders, and whether it blocks saving.
 *
 * <p>Warnings ({@link Severity#WARNING}) are shown but never block a save; they exist for rules an institute may
 * choose to soften, such as the domestic-journal share of representative papers. Immutable.
 */
public record Violation(String field, String code, List<Object> args, Severity severity) {

    /** Whether the violation blocks saving. */
    public enum Severity { ERROR, WARNING }

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : List.copyOf(args);
        severity = severity == null ? Severity.ERROR : severity;
    }

    public static Violation error(String field, String code, Object... args) {
        return new Violation(field, code, List.of(args), Severity.ERROR);
    }

    public static Violation warning(String field, String code, Object... args) {
        return new Violation(field, code, List.of(args), Severity.WARNING);
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }

    /** The same violation under another field path (e.g. {@code title} of an output becomes {@code outputs[3].title}). */
    public Violation under(String prefix) {
        return new Violation(prefix + "." + field, code, args, severity);
    }
}
