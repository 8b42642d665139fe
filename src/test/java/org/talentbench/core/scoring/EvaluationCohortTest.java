package org.talentbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.core.scheme.TestSchemes.dimension;
import static org.talentbench.core.scheme.TestSchemes.judgement;
import static org.talentbench.core.scheme.TestSchemes.scheme;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.IndicatorKind;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scoring.mcda.Normalisation;
import org.talentbench.core.scoring.mcda.TopsisNormalisation;

class EvaluationCohortTest {
    static Scheme oneIndicator(String id, ResearchCategory c, int years) {
        return scheme(id, c, years, dimension("INNOVATION", 0.5, judgement("X", 1.0, IndicatorKind.MANUAL)),
                dimension("QUALITY", 0.3, judgement("Y", 1.0, IndicatorKind.MANUAL)),
                dimension("CONTRIBUTION", 0.2, judgement("Z", 1.0, IndicatorKind.MANUAL)));
    }

    static Map<String, Double> xyz(double v) {
        return Map.of("X", v, "Y", v, "Z", v);
    }

    /** Three basic-research researchers (X = 10, 30, 50) and six applied (X = 0, 20, 40, 60, 80, 100). */
    static EvaluationInput smallBasicCohort() {
        ManualCohort c = new ManualCohort();
        c.add(1, ResearchCategory.BASIC, xyz(10)).add(2, ResearchCategory.BASIC, xyz(30))
                .add(3, ResearchCategory.BASIC, xyz(50));
        for (int i = 0; i < 6; i++) {
            c.add(10 + i, ResearchCategory.APPLIED, xyz(20.0 * i));
        }
        return c.input(Map.of(ResearchCategory.BASIC, oneIndicator("b", ResearchCategory.BASIC, 5),
                ResearchCategory.APPLIED, oneIndicator("a", ResearchCategory.APPLIED, 3)));
    }

    @Test
    void aCohortBelowTheMinimumIsNormalisedAgainstAllCategoriesAndSaysSo() {
        EvaluationResult r = new EvaluationEngine().evaluate(smallBasicCohort(), EvaluationOptions.defaults(), null,
                null);
        CohortSummary basic = r.cohorts().get(CohortKey.of(ResearchCategory.BASIC));
        assertTrue(basic.fallback());
        assertEquals(3, basic.size());
        assertEquals(CohortKey.ALL, basic.reference());
        assertEquals(9, basic.referenceSize());
        Flag expected = Flag.of("flag.cohortFallback", "BASIC", 3, "ALL", 9, 5);
        assertEquals(List.of(expected), basic.notes());

        ScoreCard middle = r.card(new ResearcherId(2));
        assertTrue(middle.flags().contains(expected));
        assertEquals(CohortKey.ALL, middle.trace().reference());
        assertTrue(middle.trace().fallback());
        // X = 30 among all nine values 0, 10, 20, 30, 40, 50, 60, 80, 100: 3 below → 3/8 = 0.375
        // (within the three basic researchers alone it would be 0.5)
        assertEquals(0.375, middle.trace().indicator("X").normalised(), 1e-12);
        // still ranked only among the three basic researchers
        assertEquals(2, middle.rank());
        assertEquals(3, middle.cohortSize());

        CohortSummary applied = r.cohorts().get(CohortKey.of(ResearchCategory.APPLIED));
        assertFalse(applied.fallback());
        assertEquals(6, applied.size());
        assertEquals(List.of(), applied.notes());
    }

    @Test
    void theMinimumCohortSizeIsConfigurable() {
        EvaluationResult r = new EvaluationEngine().evaluate(smallBasicCohort(),
                EvaluationOptions.defaults().withMinCohortSize(3), null, null);
        assertFalse(r.cohorts().get(CohortKey.of(ResearchCategory.BASIC)).fallback());
        assertEquals(0.5, r.card(new ResearcherId(2)).trace().indicator("X").normalised(), 1e-12);
    }

    @Test
    void disciplineGroupsFallBackToTheirCategoryFirst() {
        ManualCohort c = new ManualCohort();
        for (int i = 0; i < 6; i++) {
            c.add(i + 1, ResearchCategory.APPLIED, xyz(10.0 * i));
        }
        EvaluationInput in = c.input(Map.of(ResearchCategory.APPLIED,
                oneIndicator("a", ResearchCategory.APPLIED, 3)));
        // every Fixtures researcher has discipline "physics"; map it to group "natural"
        EvaluationResult r = new EvaluationEngine().evaluate(in, EvaluationOptions.defaults()
                .withDisciplineGroups(Map.of("physics", "natural")), null, null);
        CohortKey group = new CohortKey(ResearchCategory.APPLIED, "natural");
        assertEquals(6, r.cohorts().get(group).size());
        assertFalse(r.cohorts().get(group).fallback());
        assertEquals(group, r.card(new ResearcherId(1)).cohort());
    }

    /**
     * Weighted sum and TOPSIS disagree on P and Q. Min-max normalisation; weights A 0.5, B 0.5 (CONTRIBUTION carries
     * weight 0). Values (A, B): P (1, 0.05), Q (0.52, 0.52), R (0, 1), S (0.3, 0.3), T (0.2, 0.2), U (0.1, 0).
     * Weighted sum ×100: P 52.5 > Q 52 > R 50 > S 30 > T 20 > U 5.
     * TOPSIS (min-max, ideal (0.5, 0.5), anti-ideal (0, 0) after weighting):
     * P: d+ = 0.475, d− = √(0.25 + 0.025²) = 0.5006246 → 0.5131324; Q on the diagonal → 0.52; R → 0.5; S → 0.3;
     * T → 0.2; U: d+ = √(0.45² + 0.5²) = 0.672681, d− = 0.05 → 0.069187. So TOPSIS puts Q before P.
     * Kendall τ: 15 pairs, one discordant (P, Q): (14 − 1)/15 = 13/15.
     */
    static EvaluationInput disagreement() {
        ManualCohort c = new ManualCohort();
        double[][] v = {{1, 0.05}, {0.52, 0.52}, {0, 1}, {0.3, 0.3}, {0.2, 0.2}, {0.1, 0}};
        for (int i = 0; i < v.length; i++) {
            c.add(i + 1, Map.of("A", v[i][0], "B", v[i][1], "Z", 1.0));
        }
        Scheme s = scheme("t", ResearchCategory.APPLIED, 3,
                dimension("INNOVATION", 0.5, judgement("A", 1.0, IndicatorKind.MANUAL)),
                dimension("QUALITY", 0.5, judgement("B", 1.0, IndicatorKind.MANUAL)),
                dimension("CONTRIBUTION", 0.0, judgement("Z", 1.0, IndicatorKind.MANUAL)));
        return c.input(Map.of(ResearchCategory.APPLIED, s));
    }

    static EvaluationOptions options(Aggregation a) {
        return EvaluationOptions.defaults().withNormalisation(Normalisation.MIN_MAX)
                .withAggregation(a, TopsisNormalisation.MIN_MAX);
    }

    @Test
    void kendallTauIsReportedWhenWeightedSumAndTopsisDisagree() {
        EvaluationResult ws = new EvaluationEngine().evaluate(disagreement(), options(Aggregation.WEIGHTED_SUM),
                null, null);
        CohortSummary s = ws.cohorts().get(CohortKey.of(ResearchCategory.APPLIED));
        assertFalse(s.rankingsAgree());
        assertEquals(13.0 / 15.0, s.kendallTau(), 1e-12);
        assertTrue(s.notes().stream().anyMatch(f -> f.code().equals("flag.rankingsDisagree")));
        assertEquals(1, ws.card(new ResearcherId(1)).rank());
        assertEquals(2, ws.card(new ResearcherId(2)).rank());
        assertEquals(52.5, ws.card(new ResearcherId(1)).total(), 1e-9);
        // only the two people the methods swap carry the flag, with both ranks
        assertTrue(ws.card(new ResearcherId(1)).flags().contains(Flag.of("flag.methodRanksDiffer", 1, 2)));
        assertTrue(ws.card(new ResearcherId(2)).flags().contains(Flag.of("flag.methodRanksDiffer", 2, 1)));
        for (long other = 3; other <= 6; other++) {
            assertFalse(ws.card(new ResearcherId(other)).hasFlag("flag.methodRanksDiffer"), "researcher " + other);
        }

        EvaluationResult tp = new EvaluationEngine().evaluate(disagreement(), options(Aggregation.TOPSIS), null,
                null);
        assertEquals(1, tp.card(new ResearcherId(2)).rank());
        assertEquals(2, tp.card(new ResearcherId(1)).rank());
        assertEquals(52.0, tp.card(new ResearcherId(2)).total(), 1e-9);
        double dMinus = Math.sqrt(0.25 + 0.025 * 0.025);
        assertEquals(100 * dMinus / (0.475 + dMinus), tp.card(new ResearcherId(1)).total(), 1e-9);
        assertEquals(TopsisNormalisation.MIN_MAX, tp.card(new ResearcherId(1)).trace().topsisNormalisation());
        assertEquals(13.0 / 15.0, tp.cohorts().get(CohortKey.of(ResearchCategory.APPLIED)).kendallTau(), 1e-12);
    }

    @Test
    void agreeingRankingsReportTauOne() {
        EvaluationResult r = new EvaluationEngine().evaluate(smallBasicCohort(), EvaluationOptions.defaults(), null,
                null);
        CohortSummary applied = r.cohorts().get(CohortKey.of(ResearchCategory.APPLIED));
        assertTrue(applied.rankingsAgree());
        assertEquals(1.0, applied.kendallTau());
    }
}
