package org.talentbench.core.committee;

import org.talentbench.core.InvalidInputException;

/**
 * The configurable conflict-of-interest rules (policy-rules.md, 回避): same department on or off (default on);
 * co-authorship or a shared project within the last {@code coWorkYears} years before the reference date (default 3);
 * at most {@code maxExclusionRequests} experts a person may ask to exclude (default 3). Advisor–student and family
 * declarations hold for life and need no setting. Immutable.
 */
public record ConflictRules(boolean sameDepartment, int coWorkYears, int maxExclusionRequests) {
    public ConflictRules {
        if (coWorkYears < 0 || coWorkYears > 50) {
            throw new InvalidInputException("committee.rules.coWorkYears", coWorkYears);
        }
        if (maxExclusionRequests < 0 || maxExclusionRequests > 20) {
            throw new InvalidInputException("committee.rules.maxExclusions", maxExclusionRequests);
        }
    }

    public static ConflictRules defaults() {
        return new ConflictRules(true, 3, 3);
    }
}
