package org.talentbench.core.scoring.mcda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;

/** Reference values from /work/shared/reference/mcda-reference.md, section "TOPSIS" (T1, T2). */
class TopsisTest {

    private static final CriterionType MAX = CriterionType.BENEFIT;
    private static final CriterionType MIN = CriterionType.COST;

    /** T1: JMcDM / R decision test suites. */
    static final double[][] T1 = {{9, 7, 6, 7}, {8, 7, 9, 6}, {7, 8, 6, 6}};
    static final double[] T1_WEIGHTS = {4 / 20.0, 2 / 20.0, 6 / 20.0, 8 / 20.0};

    /** T2: Opricovic &amp; Tzeng (2004); f1 cost, f2 benefit. */
    static final double[][] T2 = {{1, 3000}, {2, 3750}, {5, 4500}};

    /** Half a unit in the third decimal: "3 dp". */
    private static final double THREE_DP = 0.5e-3;

    @Test
    void allBenefitExampleGivesPublishedClosenessAndPicksTheSecondAlternative() {
        TopsisResult result = Topsis.compute(T1, T1_WEIGHTS, new CriterionType[] {MAX, MAX, MAX, MAX},
                TopsisNormalisation.VECTOR);

        assertArrayEquals(new double[] {0.3876870, 0.6503238, 0.0834767}, result.closeness(), 1e-5);
        assertArrayEquals(new int[] {2, 1, 3}, result.ranks());
        assertEquals(TopsisNormalisation.VECTOR, result.normalisation());
    }

    @Test
    void costAndBenefitWithMinMaxNormalisationGivePublishedClosenessAndSharedRank() {
        TopsisResult result = Topsis.compute(T2, new double[] {0.5, 0.5}, new CriterionType[] {MIN, MAX},
                TopsisNormalisation.MIN_MAX);

        assertArrayEquals(new double[] {0.500, 0.617, 0.500}, result.closeness(), THREE_DP);
        assertArrayEquals(new int[] {2, 1, 2}, result.ranks());
        assertEquals(TopsisNormalisation.MIN_MAX, result.normalisation());
    }

    @Test
    void sameDataWithVectorNormalisationGiveTheOtherPublishedCloseness() {
        TopsisResult result = Topsis.compute(T2, new double[] {0.5, 0.5}, new CriterionType[] {MIN, MAX},
                TopsisNormalisation.VECTOR);

        assertArrayEquals(new double[] {0.762, 0.722, 0.238}, result.closeness(), THREE_DP);
        assertArrayEquals(new int[] {1, 2, 3}, result.ranks());
        assertEquals(TopsisNormalisation.VECTOR, result.normalisation());
    }

    @Test
    void criterionWhereEveryoneIsEqualDoesNotChangeTheCloseness() {
        double[][] withConstant = Arrays.stream(T2).map(row -> new double[] {row[0], row[1], 42}).toArray(
                double[][]::new);
        for (TopsisNormalisation normalisation : TopsisNormalisation.values()) {
            double[] without = Topsis.compute(T2, new double[] {0.5, 0.5}, new CriterionType[] {MIN, MAX},
                    normalisation).closeness();
            double[] with = Topsis.compute(withConstant, new double[] {0.4, 0.4, 0.2},
                    new CriterionType[] {MIN, MAX, MAX}, normalisation).closeness();

            // Scaling every weight by 0.8 scales both distances alike, so the closeness must be unchanged.
            assertArrayEquals(without, with, 1e-12, normalisation.code());
        }
    }

    @Test
    void identicalAlternativesTieAtOneHalf() {
        TopsisResult result = Topsis.compute(new double[][] {{1, 2}, {1, 2}}, new double[] {0.5, 0.5},
                new CriterionType[] {MAX, MIN}, TopsisNormalisation.VECTOR);

        assertArrayEquals(new double[] {0.5, 0.5}, result.closeness());
        assertArrayEquals(new int[] {1, 1}, result.ranks());
    }

    @Test
    void weightsNotSummingToOneAreRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> Topsis.compute(T1, new double[] {4, 2, 6, 8}, new CriterionType[] {MAX, MAX, MAX, MAX},
                        TopsisNormalisation.VECTOR));

        assertEquals("mcda.weightsSum", error.code());
        assertEquals(List.of(20.0), error.args());
    }

    @Test
    void weightsWithinOneBillionthOfOneAreAccepted() {
        double[] weights = {0.5 + 0.4e-9, 0.5};

        assertEquals(3, Topsis.compute(T2, weights, new CriterionType[] {MIN, MAX}, TopsisNormalisation.VECTOR)
                .closeness().length);
    }

    @Test
    void weightCountMustMatchCriteria() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> Topsis.compute(T2, new double[] {1}, new CriterionType[] {MIN, MAX},
                        TopsisNormalisation.VECTOR));

        assertEquals("mcda.weightsLength", error.code());
        assertEquals(List.of(1, 2), error.args());
    }

    @Test
    void criterionTypeCountMustMatchCriteria() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> Topsis.compute(T2, new double[] {0.5, 0.5}, new CriterionType[] {MIN},
                        TopsisNormalisation.VECTOR));

        assertEquals("mcda.criteriaLength", error.code());
        assertEquals(List.of(1, 2), error.args());
    }

    @Test
    void negativeWeightIsRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> Topsis.compute(T2, new double[] {1.5, -0.5}, new CriterionType[] {MIN, MAX},
                        TopsisNormalisation.VECTOR));

        assertEquals("mcda.badWeight", error.code());
        assertEquals(2, error.args().get(0));
    }

    @Test
    void raggedMatrixIsRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> Topsis.compute(new double[][] {{1, 2}, {3}}, new double[] {0.5, 0.5},
                        new CriterionType[] {MIN, MAX}, TopsisNormalisation.VECTOR));

        assertEquals("mcda.ragged", error.code());
        assertEquals(List.of(2, 1, 2), error.args());
    }

    @Test
    void noAlternativesIsRefused() {
        assertEquals("mcda.noAlternatives", assertThrows(InvalidInputException.class,
                () -> Topsis.compute(new double[0][], new double[] {1}, new CriterionType[] {MAX},
                        TopsisNormalisation.VECTOR)).code());
    }

    @Test
    void criterionTypesAcceptMaxAndMin() {
        assertEquals(CriterionType.BENEFIT, CriterionType.fromCode("max"));
        assertEquals(CriterionType.COST, CriterionType.fromCode("MIN"));
        assertEquals(CriterionType.COST, CriterionType.fromCode("cost"));
        assertEquals("mcda.unknownCriterionType",
                assertThrows(InvalidInputException.class, () -> CriterionType.fromCode("up")).code());
    }

    @Test
    void normalisationCodesRoundTrip() {
        assertEquals(TopsisNormalisation.MIN_MAX, TopsisNormalisation.fromCode("minmax"));
        assertEquals(TopsisNormalisation.MIN_MAX, TopsisNormalisation.fromCode("min-max"));
        assertEquals(TopsisNormalisation.VECTOR, TopsisNormalisation.fromCode("Vector"));
        assertEquals("mcda.topsis.unknownNormalisation",
                assertThrows(InvalidInputException.class, () -> TopsisNormalisation.fromCode("sum")).code());
    }
}
