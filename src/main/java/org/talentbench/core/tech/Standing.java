package org.talentbench.core.tech;

/**
 * A researcher's standing in an evaluation: cohort, rank among the ranked members, percentile of the total, and
 * the grade when one was given. {@code rank} and {@code percentile} are {@code null} when the person was not ranked
 * (not due, a gate failed, inputs missing). Immutable.
 */
public record Standing(String cohort, Integer rank, Integer cohortSize, Double percentile, Double total,
                       String grade) {
    public Standing {
        cohort = cohort == null ? "" : cohort;
        grade = grade == null ? "" : grade;
    }

    public boolean ranked() {
        return rank != null && percentile != null;
    }
}
