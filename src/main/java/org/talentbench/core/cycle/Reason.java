package org.talentbench.core.cycle;

import java.util.List;
import java.util.Objects;

/**
 * One machine-readable reason behind a decision: a resource-bundle key (e.g. {@code cycle.reason.maternityExtension})
 * and the values for its {@code {0}}, {@code {1}} … placeholders, already rendered as locale-neutral strings (ISO
 * dates, plain integers) so that a stored result reads the same in every language and on every machine.
 */
public record Reason(String code, List<String> args) {
    public Reason {
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** Builds a reason; each argument is rendered with {@link String#valueOf(Object)}. */
    public static Reason of(String code, Object... args) {
        String[] text = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new Reason(code, List.of(text));
    }
}
