package org.talentbench.core.round;

/**
 * A proposed grade on a ranked list (事业单位工作人员考核: 优秀 / 合格 …). The list only proposes {@link #EXCELLENT}
 * within the quota and {@link #QUALIFIED} for the other ranked researchers; lower grades and every final grade are
 * committee decisions. {@link #NONE}: no rank, no proposal. The UI names it with {@code grade.<NAME>}.
 */
public enum Grade {
    EXCELLENT, QUALIFIED, NONE;

    /** The default cap on the share proposed as excellent (about 20%, rounded down). */
    public static final double DEFAULT_EXCELLENT_SHARE = 0.20;

    /**
     * The proposal for a rank in a cohort: excellent when the rank is within ⌊size × share⌋ (a cap means "not more
     * than", so 19 × 20% = 3.8 allows 3), qualified otherwise.
     */
    public static Grade propose(Integer rank, Integer cohortSize, double excellentShare) {
        if (rank == null || cohortSize == null) {
            return NONE;
        }
        int quota = (int) Math.floor(cohortSize * excellentShare + 1e-9);
        return rank <= quota ? EXCELLENT : QUALIFIED;
    }
}
