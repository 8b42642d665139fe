package org.talentbench.core.scoring;

import java.util.List;
import java.util.Objects;

/**
 * Something a reader of a score card must notice: a resource-bundle key under {@code flag.} and its arguments as
 * locale-neutral strings. The core never builds the sentence.
 */
public record Flag(String code, List<String> args) {
    public Flag {
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Flag of(String code, Object... args) {
        String[] text = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new Flag(code, List.of(text));
    }
}
