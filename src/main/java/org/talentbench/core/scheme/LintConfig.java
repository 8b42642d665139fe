package org.talentbench.core.scheme;

/**
 * Thresholds of the policy lint, as configurable defaults.
 *
 * @param maxIndicatorShare      a single indicator above this share of the total effective weight is flagged (0.30)
 * @param exemptExpertJudgement  peer review and manual expert inputs are exempt from the share rule: the policy
 *                               wants peer review at the centre, and the rule guards against one <em>computed</em>
 *                               number standing in for judgement (Leiden Manifesto principle 1)
 * @param basicMinCycleYears     the shortest acceptable basic-research window (5)
 * @param maxAhpConsistencyRatio an AHP matrix at or above this CR is refused (0.10)
 */
public record LintConfig(double maxIndicatorShare, boolean exemptExpertJudgement, int basicMinCycleYears,
                         double maxAhpConsistencyRatio) {
    public static LintConfig defaults() {
        return new LintConfig(0.30, true, 5, 0.10);
    }
}
