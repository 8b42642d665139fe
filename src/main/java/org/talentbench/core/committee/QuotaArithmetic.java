package org.talentbench.core.committee;

import java.math.BigDecimal;

/**
 * The arithmetic of one quota, as data to show: cohort size {@code n}, the share, the exact product, the rounding
 * rule and the resulting cap (19 × 0.20 = 3.80 → DOWN → 3), plus how many hold the grade and whether that is within
 * the cap.
 */
public record QuotaArithmetic(AppraisalGrade grade, int n, BigDecimal share, BigDecimal exact, RoundingRule rounding,
                              int cap, int holding) {
    public boolean holds() {
        return holding <= cap;
    }
}
