package org.talentbench.core.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.researcher.ResearcherId;

class GradeQuotaTest {
    @ParameterizedTest(name = "{0} × {1} = {2} → {3} → {4}")
    @CsvSource({
        // policy-rules.md: with 19 people and a 20% cap, 3.8 rounds down to 3
        "19, 0.20, 3.80, DOWN, 3",
        "19, 0.20, 3.80, NEAREST, 4",
        "19, 0.20, 3.80, UP, 4",
        // exact decimal: 15 × 20% is 3, not 3.0000000000000004 rounded up
        "15, 0.20, 3.00, UP, 3",
        "17, 0.15, 2.55, NEAREST, 3",
        "12, 0.15, 1.80, DOWN, 1",
        "4, 0.20, 0.80, DOWN, 0",
        "0, 0.20, 0.00, DOWN, 0",
    })
    void theCapIsRoundedByTheStatedRule(int n, String share, String exact, RoundingRule rule, int cap) {
        QuotaArithmetic a = GradeQuota.cap(n, new QuotaRule(AppraisalGrade.EXCELLENT, new BigDecimal(share), rule));
        assertEquals(0, new BigDecimal(exact).compareTo(a.exact()), a.exact().toPlainString());
        assertEquals(cap, a.cap());
        assertEquals(n, a.n());
        assertEquals(rule, a.rounding());
    }

    @Test
    void aQuotaHoldsUpToTheCap() {
        List<AppraisalGrade> grades = new ArrayList<>(Collections.nCopies(16, AppraisalGrade.QUALIFIED));
        grades.addAll(Collections.nCopies(3, AppraisalGrade.EXCELLENT));
        assertTrue(GradeQuota.check(19, grades, List.of(QuotaRule.defaultExcellent())).get(0).holds());
        grades.set(0, AppraisalGrade.EXCELLENT);
        QuotaArithmetic four = GradeQuota.check(19, grades, List.of(QuotaRule.defaultExcellent())).get(0);
        assertFalse(four.holds());
        assertEquals(4, four.holding());
    }

    private static List<RankedScore> cohort(int... ranks) {
        List<RankedScore> out = new ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            out.add(new RankedScore(new ResearcherId(i + 1), ranks[i] == 0 ? null : ranks[i], 100.0 - ranks[i]));
        }
        return out;
    }

    @Test
    void theBestRankedWithinTheCapAreProposedExcellent() {
        // 10 people, cap floor(10 × 0.2) = 2
        List<GradeProposal> p = GradeProposer.propose(cohort(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                QuotaRule.defaultExcellent());
        assertEquals(List.of(AppraisalGrade.EXCELLENT, AppraisalGrade.EXCELLENT, AppraisalGrade.QUALIFIED),
                p.subList(0, 3).stream().map(GradeProposal::proposed).toList());
        assertEquals(List.of(false, true, true, false),
                p.subList(0, 4).stream().map(GradeProposal::boundary).toList());
    }

    @Test
    void aTieAcrossTheLineIsLeftToTheCommittee() {
        // ranks 1, 2, 2, 4 … in a cohort of 10: cap 2, but rank 2 is shared -> only rank 1 proposed, both 2s boundary
        List<GradeProposal> p = GradeProposer.propose(cohort(1, 2, 2, 4, 5, 6, 7, 8, 9, 10),
                QuotaRule.defaultExcellent());
        assertEquals(AppraisalGrade.EXCELLENT, p.get(0).proposed());
        assertEquals(AppraisalGrade.QUALIFIED, p.get(1).proposed());
        assertEquals(AppraisalGrade.QUALIFIED, p.get(2).proposed());
        assertTrue(p.get(1).boundary() && p.get(2).boundary());
    }

    @Test
    void theDiscussionTakesFlaggedCasesThenBoundariesThenRank() {
        List<GradeProposal> p = GradeProposer.propose(cohort(1, 2, 3, 4, 5, 0, 7, 8, 9, 10),
                QuotaRule.defaultExcellent());
        // person 8 (rank 8) is flagged; persons 2 and 3 sit at the line; person 6 is unranked and comes last
        List<DiscussionCase> order = DiscussionOrder.order(p, Set.of(new ResearcherId(8)));
        assertEquals(List.of(8L, 2L, 3L, 1L, 4L, 5L, 7L, 9L, 10L, 6L),
                order.stream().map(c -> c.person().value()).toList());
        assertEquals(DiscussionReason.FLAGGED, order.get(0).reason());
        assertEquals(DiscussionReason.BOUNDARY, order.get(1).reason());
        assertEquals(DiscussionReason.RANK, order.get(3).reason());
        assertEquals(10, order.get(9).position());
    }
}
