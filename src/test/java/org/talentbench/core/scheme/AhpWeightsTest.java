package org.talentbench.core.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.talentbench.core.scheme.TestSchemes.count;
import static org.talentbench.core.scheme.TestSchemes.dimension;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.scoring.mcda.Ahp;

class AhpWeightsTest {
    /** Matrix A1 of mcda-reference.md (Wang &amp; Chin 2011): CR ≈ 0.23 with RI(6) = 1.24. */
    static final double[][] A1 = {
            {1, 4, 3, 1, 3, 4},
            {1.0 / 4, 1, 7, 3, 1.0 / 5, 1},
            {1.0 / 3, 1.0 / 7, 1, 1.0 / 5, 1.0 / 5, 1.0 / 6},
            {1, 1.0 / 3, 5, 1, 1, 1.0 / 3},
            {1.0 / 3, 5, 5, 1, 1, 3},
            {1.0 / 4, 1, 6, 3, 1.0 / 3, 1}};
    /** Matrix A2 of mcda-reference.md: weights 0.6370, 0.2583, 0.1047; CR 0.0332. */
    static final double[][] A2 = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};

    /** An AHP scheme whose dimension level is A2 and whose INNOVATION indicators C1..C6 are compared by A1. */
    static Scheme schemeWithA1() {
        List<OutputKind> k = List.of(OutputKind.PATENT);
        Dimension innovation = new Dimension("INNOVATION", "创新能力", "Innovation", 0, List.of(
                count("C1", 0, k, null), count("C2", 0, k, null), count("C3", 0, k, null), count("C4", 0, k, null),
                count("C5", 0, k, null), count("C6", 0, k, null)), PairwiseMatrix.of(A1));
        Dimension quality = new Dimension("QUALITY", "质量", "Quality", 0,
                List.of(count("Q1", 0, List.of(OutputKind.STANDARD), null)), PairwiseMatrix.of(new double[][] {{1}}));
        Dimension contribution = new Dimension("CONTRIBUTION", "贡献", "Contribution", 0,
                List.of(count("K1", 0, List.of(OutputKind.ACADEMIC_SERVICE), null)),
                PairwiseMatrix.of(new double[][] {{1}}));
        return TestSchemes.scheme("ahp", ResearchCategory.APPLIED, 3, innovation, quality, contribution)
                .withWeighting(new Weighting(WeightingMethod.AHP, null, PairwiseMatrix.of(A2)));
    }

    @Test
    void inconsistentMatrixIsRefusedNamingTheJudgementToRevisit() {
        List<AhpWeights.Level> levels = AhpWeights.compute(schemeWithA1(), Ahp.defaults());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AhpWeights.requireConsistent(levels, 0.10));
        assertEquals("scheme.ahpInconsistent", e.code());
        assertEquals("INNOVATION", e.args().get(0));
        assertEquals(0.23, Double.parseDouble((String) e.args().get(1)), 0.01);
        // With the reference weights w = (0.3208, 0.1395, 0.0348, 0.1285, 0.2374, 0.1391), the judgement whose
        // a_ij·w_j/w_i lies furthest from 1 is a_31 = 1/3: (1/3)·0.3208/0.0348 = 3.07 — C3 against C1.
        assertEquals("C3", e.args().get(3));
        assertEquals("C1", e.args().get(4));
    }

    @Test
    void consistentLevelsGiveReferenceWeights() {
        List<AhpWeights.Level> levels = AhpWeights.compute(schemeWithA1(), Ahp.defaults());
        double[] dims = levels.get(0).result().weights();
        assertEquals(0.6370, dims[0], 1e-4);
        assertEquals(0.2583, dims[1], 1e-4);
        assertEquals(0.1047, dims[2], 1e-4);
        assertEquals(0.0332, levels.get(0).result().cr(), 1e-4);
    }
}
