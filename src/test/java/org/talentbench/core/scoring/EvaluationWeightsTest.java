package org.talentbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.core.scheme.TestSchemes.dimension;
import static org.talentbench.core.scheme.TestSchemes.judgement;
import static org.talentbench.core.scheme.TestSchemes.scheme;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.scheme.Dimension;
import org.talentbench.core.scheme.IndicatorKind;
import org.talentbench.core.scheme.PairwiseMatrix;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scheme.Weighting;
import org.talentbench.core.scheme.WeightingMethod;

class EvaluationWeightsTest {
    /** INNOVATION: A and B; QUALITY: Q; CONTRIBUTION: K. Direct weights 0.5/0.5, 0.4, 0.3, 0.3. */
    static Scheme base() {
        return scheme("w", ResearchCategory.APPLIED, 3,
                dimension("INNOVATION", 0.4, judgement("A", 0.5, IndicatorKind.MANUAL),
                        judgement("B", 0.5, IndicatorKind.MANUAL)),
                dimension("QUALITY", 0.3, judgement("Q", 1.0, IndicatorKind.MANUAL)),
                dimension("CONTRIBUTION", 0.3, judgement("K", 1.0, IndicatorKind.MANUAL)));
    }

    /**
     * Five researchers. A: 1..5, all distinct → percentile ranks 0, 0.25, 0.5, 0.75, 1. B: 0, 0, 0, 0, 1 → the four
     * tied at mid-rank 0.375, the last 1 → after min-max within the cohort 0, 0, 0, 0, 1. Q and K vary.
     */
    static EvaluationInput input(Scheme s) {
        ManualCohort c = new ManualCohort();
        for (int i = 1; i <= 5; i++) {
            c.add(i, Map.of("A", (double) i, "B", i == 5 ? 1.0 : 0.0, "Q", (double) (i * 7 % 5), "K",
                    (double) (i * 3 % 5)));
        }
        return c.input(Map.of(ResearchCategory.APPLIED, s));
    }

    static WeightsUsed weights(Scheme s) {
        EvaluationResult r = new EvaluationEngine().evaluate(input(s), EvaluationOptions.defaults(), null, null);
        return r.cohorts().get(CohortKey.of(ResearchCategory.APPLIED)).weights();
    }

    static double sum(Map<String, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    @Test
    void entropyWeightsFollowTheDispersionOfTheCohort() {
        WeightsUsed w = weights(base().withWeighting(new Weighting(WeightingMethod.ENTROPY, null, null)));
        LevelWeights innovation = w.indicators().get(0);
        // p_A = (0, .1, .2, .3, .4): e_A = −(1/ln 5)(.1 ln .1 + .2 ln .2 + .3 ln .3 + .4 ln .4) = 0.7952181;
        // p_B = (0, 0, 0, 0, 1): e_B = 0. w = (1 − e)/Σ(1 − e): A 0.2047819/1.2047819 = 0.1699742, B 0.8300258.
        assertEquals(0.16997422141379814, innovation.weight(0), 1e-12);
        assertEquals(0.8300257785862019, innovation.weight(1), 1e-12);
        assertEquals(innovation.weights(), innovation.entropyWeights());
        assertNull(innovation.ahp());
        assertEquals(1.0, sum(w.effective()), 1e-12);
        assertEquals(1.0, w.dimensions().weights().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }

    static Scheme ahpScheme(WeightingMethod method, Double alpha) {
        Scheme b = base();
        List<Dimension> dims = List.of(
                new Dimension("INNOVATION", "创新", "Innovation", 0.4, b.dimensions().get(0).indicators(),
                        PairwiseMatrix.of(new double[][] {{1, 3}, {1.0 / 3, 1}})),
                new Dimension("QUALITY", "质量", "Quality", 0.3, b.dimensions().get(1).indicators(),
                        PairwiseMatrix.of(new double[][] {{1}})),
                new Dimension("CONTRIBUTION", "贡献", "Contribution", 0.3, b.dimensions().get(2).indicators(),
                        PairwiseMatrix.of(new double[][] {{1}})));
        // dimension level: matrix A2 of mcda-reference.md → 0.6370, 0.2583, 0.1047 (CR 0.0332)
        return b.withDimensions(dims).withWeighting(new Weighting(method, alpha, PairwiseMatrix.of(
                new double[][] {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}})));
    }

    @Test
    void ahpWeightsComeFromTheMatricesWithTheirConsistency() {
        WeightsUsed w = weights(ahpScheme(WeightingMethod.AHP, null));
        assertEquals(0.6370, w.dimensions().weight(0), 1e-4);
        assertEquals(0.2583, w.dimensions().weight(1), 1e-4);
        assertEquals(0.1047, w.dimensions().weight(2), 1e-4);
        assertEquals(0.0332, w.dimensions().ahp().cr(), 1e-4);
        assertEquals("saaty", w.dimensions().ahp().randomIndex());
        // a 2×2 reciprocal matrix [[1,3],[1/3,1]] gives exactly 3/4 and 1/4
        assertEquals(0.75, w.indicators().get(0).weight(0), 1e-9);
        assertEquals(0.0332, w.maxConsistencyRatio(), 1e-4);
        assertEquals(1.0, sum(w.effective()), 1e-12);
    }

    @Test
    void combinedWeightsMixAhpAndEntropyByAlpha() {
        WeightsUsed w = weights(ahpScheme(WeightingMethod.COMBINED, 0.5));
        LevelWeights innovation = w.indicators().get(0);
        // 0.5 × 0.75 + 0.5 × 0.1699742 = 0.4599871; 0.5 × 0.25 + 0.5 × 0.8300258 = 0.5400129
        assertEquals(0.5 * 0.75 + 0.5 * 0.16997422141379814, innovation.weight(0), 1e-9);
        assertEquals(0.5 * 0.25 + 0.5 * 0.8300257785862019, innovation.weight(1), 1e-9);
        assertNotNull(innovation.ahpWeights());
        assertNotNull(innovation.entropyWeights());
        assertEquals(0.5, w.alpha());
        LevelWeights dims = w.dimensions();
        for (int i = 0; i < 3; i++) {
            assertEquals(0.5 * dims.ahpWeights().get(i) + 0.5 * dims.entropyWeights().get(i), dims.weight(i), 1e-12);
        }
        assertEquals(1.0, sum(w.effective()), 1e-12);
    }

    @Test
    void anAhpSchemeWithAnInconsistentMatrixIsRefusedForScoring() {
        Scheme s = org.talentbench.core.scheme.AhpWeightsTestAccess.schemeWithA1();
        ManualCohort c = new ManualCohort();
        for (int i = 1; i <= 5; i++) {
            c.add(i, Map.of());
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new EvaluationEngine()
                .evaluate(c.input(Map.of(ResearchCategory.APPLIED, s)), EvaluationOptions.defaults(), null, null));
        assertEquals("scheme.ahpInconsistent", e.code());
        assertEquals("INNOVATION", e.args().get(0));
        assertTrue(Double.parseDouble((String) e.args().get(1)) >= 0.10);
    }

    @Test
    void directWeightsSumToOneAndAreStoredWithEveryCard() {
        EvaluationResult r = new EvaluationEngine().evaluate(input(base()), EvaluationOptions.defaults(), null, null);
        for (ScoreCard card : r.cards()) {
            assertEquals(1.0, sum(card.trace().weights().effective()), 1e-12);
            assertEquals(WeightingMethod.DIRECT, card.trace().weights().method());
        }
    }
}
