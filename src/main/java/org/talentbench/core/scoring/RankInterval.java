package org.talentbench.core.scoring;

/**
 * A researcher's rank under weight perturbation (see {@link SensitivityOptions}): the base rank, the 5th and 95th
 * percentile ranks over the draws, the grade-boundary rank used, and whether the rank is robust.
 */
public record RankInterval(int baseRank, int p5, int p95, int draws, int gradeBoundaryRank, boolean tooWide,
                           boolean crossesGradeBoundary) {
    public boolean robust() {
        return !tooWide && !crossesGradeBoundary;
    }

    public int width() {
        return p95 - p5;
    }
}
