package org.talentbench.core.scheme;

import java.util.List;

/**
 * A structural defect of a scheme: a code under {@code error.} (e.g. {@code scheme.weightsDoNotSumToOne}), the path
 * in the scheme, and the values for the message's placeholders after the path ({@code {0}} is always the path).
 */
public record SchemeProblem(String code, String path, List<String> args) {
    public SchemeProblem {
        args = List.copyOf(args);
    }
}
