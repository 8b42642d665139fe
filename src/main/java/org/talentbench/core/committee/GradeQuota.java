package org.talentbench.core.committee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.talentbench.core.InvalidInputException;

/**
 * Grade quotas (事业单位考核: 优秀 capped at about 20% of the cohort) with an explicit rounding rule. The product is
 * computed in exact decimal arithmetic, so 15 × 20% is exactly 3 and never 3.0000000000000004 rounded up. Stateless.
 */
public final class GradeQuota {
    private GradeQuota() {
    }

    /** The cap for {@code n} people under {@code rule}, with its arithmetic ({@code holding} 0). */
    public static QuotaArithmetic cap(int n, QuotaRule rule) {
        if (n < 0) {
            throw new InvalidInputException("committee.quota.cohortSize", n);
        }
        BigDecimal exact = BigDecimal.valueOf(n).multiply(rule.share());
        RoundingMode mode = switch (rule.rounding()) {
            case DOWN -> RoundingMode.FLOOR;
            case NEAREST -> RoundingMode.HALF_UP;
            case UP -> RoundingMode.CEILING;
        };
        int cap = exact.setScale(0, mode).intValueExact();
        return new QuotaArithmetic(rule.grade(), n, rule.share(), exact, rule.rounding(), cap, 0);
    }

    /**
     * Checks decided grades of one cohort of {@code n} people against every rule; the result holds one arithmetic per
     * rule with the number holding that grade.
     */
    public static List<QuotaArithmetic> check(int n, Collection<AppraisalGrade> decided, Collection<QuotaRule> rules) {
        List<QuotaArithmetic> out = new ArrayList<>();
        for (QuotaRule rule : rules) {
            QuotaArithmetic a = cap(n, rule);
            int holding = (int) decided.stream().filter(g -> g == rule.grade()).count();
            out.add(new QuotaArithmetic(a.grade(), a.n(), a.share(), a.exact(), a.rounding(), a.cap(), holding));
        }
        return out;
    }
}
