package org.talentbench.core.committee;

import java.math.BigDecimal;
import java.util.Objects;
import org.talentbench.core.InvalidInputException;

/** A cap on the share of a cohort given one grade, with its rounding rule. Share in [0, 1], exact decimal. */
public record QuotaRule(AppraisalGrade grade, BigDecimal share, RoundingRule rounding) {
    public QuotaRule {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(rounding, "rounding");
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("committee.quota.share", share.toPlainString());
        }
    }

    /** The default cap: 优秀 at most 20% of the cohort, rounded down. */
    public static QuotaRule defaultExcellent() {
        return new QuotaRule(AppraisalGrade.EXCELLENT, new BigDecimal("0.20"), RoundingRule.DOWN);
    }
}
