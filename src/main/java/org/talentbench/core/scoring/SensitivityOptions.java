package org.talentbench.core.scoring;

/**
 * Rank-stability analysis: how much each rank depends on the exact weights.
 *
 * <p>Each draw multiplies every dimension weight and every indicator weight by an independent lognormal factor
 * exp(σ·Z), Z standard normal (median factor 1, so the draws centre on the scheme's weights), then renormalises each
 * level to sum 1 and re-ranks the cohort with the same aggregation and the same normalised values. The
 * 5th and 95th percentiles of a researcher's ranks over the draws (nearest-rank method) form the interval. A rank is
 * not robust when the interval is wider than {@code maxIntervalWidthShare} × cohort size, or when it crosses the
 * grade boundary at the top {@code gradeTopShare} of the cohort (boundary rank = floor(share × size), "not more
 * than" as for the 优秀 quota). Draws come from {@link java.util.Random} seeded per cohort from {@code seed} and the
 * cohort key, whose algorithm is fixed by its specification: the same seed gives the same intervals on every JDK.
 *
 * @param draws 0 switches the analysis off
 */
public record SensitivityOptions(int draws, long seed, double sigma, double maxIntervalWidthShare,
                                 double gradeTopShare) {
    public SensitivityOptions {
        if (draws < 0 || !(sigma >= 0) || !(maxIntervalWidthShare >= 0) || !(gradeTopShare >= 0 && gradeTopShare <= 1)) {
            throw new IllegalArgumentException("invalid sensitivity options");
        }
    }

    /** 1,000 draws, seed 20180223, σ = 0.2, width threshold 10% of the cohort, grade boundary at the top 20%. */
    public static SensitivityOptions defaults() {
        return new SensitivityOptions(1000, 20180223L, 0.2, 0.10, 0.20);
    }

    public static SensitivityOptions off() {
        return new SensitivityOptions(0, 20180223L, 0.2, 0.10, 0.20);
    }

    public boolean enabled() {
        return draws > 0;
    }
}
