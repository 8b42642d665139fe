package org.talentbench.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * One per-database setting the Settings screen and {@code talentbench settings} edit: its key (as stored, or for the
 * 优秀 quota a part of the stored {@code committee.quota.EXCELLENT} pair), the section it is shown in, the kind of
 * value, the default it falls back to when not set, and the bounds of a valid value. Values are the stored text
 * (lists separated by {@code |}). Immutable.
 *
 * @param category the research category the setting belongs to, or null
 * @param scoring  whether the setting changes who is evaluated or how (every change is logged regardless)
 */
public record RuleSetting(String key, Section section, Kind kind, String defaultValue, int min, int max,
                          List<String> choices, ResearchCategory category, boolean scoring) {

    /** The groups of the Settings screen, in display order. */
    public enum Section { INSTITUTE, CYCLES, YOUNG_TALENT, COMMITTEE, REPRESENTATIVE_WORKS, PROFILE_LISTS }

    /** What a value looks like. */
    public enum Kind {
        /** Free text up to {@link #MAX_TEXT} characters; may be empty. */
        TEXT,
        /** A whole number in [min, max]. */
        INTEGER,
        /** A whole number in [min, max], or empty for "none". */
        OPTIONAL_INTEGER,
        /** A share in [0, 1]: {@code 0.2}, {@code 1/3} or {@code 20%}. */
        FRACTION,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of {@code choices}. */
        CHOICE,
        /** Any number of {@code choices}, separated by {@code |}; may be empty. */
        CHOICES,
        /** At least one non-blank entry, separated by {@code |}. */
        LIST
    }

    public static final int MAX_TEXT = 400;
    public static final int MAX_LIST = 4000;

    public RuleSetting {
        choices = List.copyOf(choices);
    }

    /** The {@code error.} code and arguments of a bad value, or empty when {@code value} is valid. */
    public Optional<InvalidInputException> problem(String value) {
        String v = value == null ? "" : value.strip();
        return switch (kind) {
            case TEXT -> v.length() > MAX_TEXT ? bad(v, "settings.invalid.text", MAX_TEXT) : Optional.empty();
            case INTEGER -> integer(v);
            case OPTIONAL_INTEGER -> v.isEmpty() ? Optional.empty() : integer(v);
            case FRACTION -> fraction(v).isPresent() ? Optional.empty() : bad(v, "settings.invalid.fraction");
            case BOOLEAN -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? Optional.empty()
                    : bad(v, "settings.invalid.boolean");
            case CHOICE -> choices.contains(v.toUpperCase(Locale.ROOT)) ? Optional.empty()
                    : bad(v, "settings.invalid.choice", String.join(", ", choices));
            case CHOICES -> split(v.replace(',', '|')).stream().allMatch(p -> choices.contains(p.toUpperCase(Locale.ROOT)))
                    ? Optional.empty() : bad(v, "settings.invalid.choice", String.join(", ", choices));
            case LIST -> split(v).isEmpty() ? bad(v, "settings.invalid.list")
                    : v.length() > MAX_LIST ? bad(v, "settings.invalid.text", MAX_LIST) : Optional.empty();
        };
    }

    /** The value as stored: trimmed, choices upper-cased, lists without blank or repeated entries. */
    public String normalise(String value) {
        String v = value == null ? "" : value.strip();
        return switch (kind) {
            case CHOICE -> v.toUpperCase(Locale.ROOT);
            case BOOLEAN -> v.toLowerCase(Locale.ROOT);
            case CHOICES -> String.join("|", split(v.replace(',', '|')).stream().map(p -> p.toUpperCase(Locale.ROOT)).distinct().toList());
            case LIST -> String.join("|", split(v).stream().distinct().toList());
            default -> v;
        };
    }

    /** The entries of a list value ({@code |} or line separated), trimmed, blanks dropped. */
    public static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split("[|\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Reads {@code 0.2}, {@code 1/3} or {@code 20%}; empty when not a share in [0, 1]. */
    public static Optional<Double> fraction(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String t = value.strip();
        try {
            double v;
            if (t.endsWith("%")) {
                v = Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100.0;
            } else if (t.contains("/")) {
                String[] p = t.split("/");
                if (p.length != 2) {
                    return Optional.empty();
                }
                v = Double.parseDouble(p[0].strip()) / Double.parseDouble(p[1].strip());
            } else {
                v = Double.parseDouble(t);
            }
            return v >= 0 && v <= 1 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<InvalidInputException> integer(String v) {
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // falls through to the range message
        }
        return bad(v, "settings.invalid.range", min, max);
    }

    private Optional<InvalidInputException> bad(String value, String code, Object... extra) {
        Object[] args = new Object[2 + extra.length];
        args[0] = key;
        args[1] = value;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return Optional.of(new InvalidInputException(code, args));
    }
}
