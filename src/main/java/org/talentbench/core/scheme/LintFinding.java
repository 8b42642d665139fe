package org.talentbench.core.scheme;

import java.util.List;
import java.util.Objects;

/**
 * One policy-lint finding on a scheme or on cycle rules.
 *
 * @param severity ERROR (contradicts a policy), WARNING (likely misuse), INFO (for the record)
 * @param path     where in the scheme: {@code DIMENSION/INDICATOR}, {@code cycle}, {@code representativeWorks},
 *                 {@code weighting}, {@code gates}, or {@code cycleRules/CATEGORY}
 * @param code     a resource-bundle key under {@code lint.}
 * @param policy   the document the rule comes from, e.g. {@code 国科发监〔2020〕37号}, {@code DORA 2012}
 * @param args     values for the message's placeholders, locale-neutral strings
 */
public record LintFinding(LintSeverity severity, String path, String code, String policy, List<String> args) {
    public LintFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        path = path == null ? "" : path;
        policy = policy == null ? "" : policy;
        args = args == null ? List.of() : List.copyOf(args);
    }
}
