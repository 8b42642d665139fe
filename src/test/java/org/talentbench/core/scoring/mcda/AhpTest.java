package org.talentbench.core.scoring.mcda;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentbench.core.InvalidInputException;

/** Reference values from /work/shared/reference/mcda-reference.md, sections "AHP" (A1–A3) and the RI tables. */
class AhpTest {

    /** A1: Wang &amp; Chin (2011), deliberately inconsistent. */
    static final double[][] A1 = {
            {1, 4, 3, 1, 3, 4},
            {1.0 / 4, 1, 7, 3, 1.0 / 5, 1},
            {1.0 / 3, 1.0 / 7, 1, 1.0 / 5, 1.0 / 5, 1.0 / 6},
            {1, 1.0 / 3, 5, 1, 1, 1.0 / 3},
            {1.0 / 3, 5, 5, 1, 1, 3},
            {1.0 / 4, 1, 6, 3, 1.0 / 3, 1},
    };

    /** A2: 3×3 textbook matrix. */
    static final double[][] A2 = {
            {1, 3, 5},
            {1.0 / 3, 1, 3},
            {1.0 / 5, 1.0 / 3, 1},
    };

    /** A3: the JMcDM 8×8 matrix. */
    static final double[][] A3 = {
            {1, 7, 1.0 / 5, 1.0 / 8, 1.0 / 2, 1.0 / 3, 1.0 / 5, 1},
            {1.0 / 7, 1, 1.0 / 8, 1.0 / 9, 1.0 / 4, 1.0 / 5, 1.0 / 9, 1.0 / 8},
            {5, 8, 1, 1.0 / 3, 4, 2, 1, 1},
            {8, 9, 3, 1, 7, 5, 3, 3},
            {2, 4, 1.0 / 4, 1.0 / 7, 1, 1.0 / 2, 1.0 / 5, 1.0 / 5},
            {3, 5, 1.0 / 2, 1.0 / 5, 2, 1, 1.0 / 3, 1.0 / 3},
            {5, 9, 1, 1.0 / 3, 5, 3, 1, 1},
            {1, 8, 1, 1.0 / 3, 5, 3, 1, 1},
    };

    /** Half a unit in the fourth decimal: "to 4 dp". */
    private static final double FOUR_DP = 0.5e-4;

    @Test
    void inconsistentCriteriaMatrixGetsPublishedWeightsButIsFlaggedInconsistent() {
        AhpResult result = Ahp.defaults().compute(A1);

        assertArrayEquals(new double[] {0.3208, 0.1395, 0.0348, 0.1285, 0.2374, 0.1391}, result.weights(), FOUR_DP);
        assertEquals(1.24, result.ri());
        assertEquals(0.23, result.cr(), 0.005);
        assertFalse(result.consistent());
        assertEquals(RandomIndex.SAATY, result.table());
        assertEquals(AhpMethod.EIGENVECTOR, result.method());
    }

    @Test
    void textbookMatrixGivesPublishedWeightsLambdaAndConsistencyRatio() {
        AhpResult result = Ahp.defaults().compute(A2);

        assertAll(
                () -> assertArrayEquals(new double[] {0.6370, 0.2583, 0.1047}, result.weights(), FOUR_DP),
                () -> assertEquals(3.0385, result.lambdaMax(), FOUR_DP),
                () -> assertEquals(0.0332, result.cr(), FOUR_DP),
                () -> assertEquals(0.58, result.ri()),
                () -> assertTrue(result.consistent()));
    }

    @Test
    void approximateMethodReproducesJmcdmLambdaCiAndCr() {
        AhpResult result = new Ahp(AhpMethod.APPROXIMATE, RandomIndex.SAATY, Ahp.DEFAULT_CR_THRESHOLD).compute(A3);

        assertAll(
                () -> assertEquals(8.72642777111301, result.lambdaMax(), 1e-9),
                () -> assertEquals(0.10377539587328702, result.ci(), 1e-9),
                () -> assertEquals(0.07359957154133831, result.cr(), 1e-9),
                () -> assertEquals(1.41, result.ri()),
                () -> assertEquals(AhpMethod.APPROXIMATE, result.method()),
                () -> assertTrue(result.consistent()));
    }

    @Test
    void eigenvectorMethodGivesTheSmallerExactLambdaForTheSameMatrix() {
        AhpResult result = Ahp.defaults().compute(A3);

        assertEquals(8.6982, result.lambdaMax(), FOUR_DP);
        assertEquals(0.0707, result.cr(), FOUR_DP);
    }

    @Test
    void weightsSumToOneForBothMethods() {
        for (AhpMethod method : AhpMethod.values()) {
            double[] weights = new Ahp(method, RandomIndex.SAATY, 0.1).compute(A3).weights();
            assertEquals(1.0, Arrays.stream(weights).sum(), 1e-12, method.code());
        }
    }

    @ParameterizedTest(name = "{0} n={1}: {2}")
    @CsvSource({
            "saaty, 1, 0", "saaty, 2, 0", "saaty, 3, 0.58", "saaty, 4, 0.90", "saaty, 5, 1.12", "saaty, 6, 1.24",
            "saaty, 7, 1.32", "saaty, 8, 1.41", "saaty, 9, 1.45", "saaty, 10, 1.49", "saaty, 11, 1.51",
            "saaty, 12, 1.48", "saaty, 13, 1.56", "saaty, 14, 1.57", "saaty, 15, 1.59",
            "saaty2005, 1, 0", "saaty2005, 2, 0", "saaty2005, 3, 0.52", "saaty2005, 4, 0.89", "saaty2005, 5, 1.11",
            "saaty2005, 6, 1.25", "saaty2005, 7, 1.35", "saaty2005, 8, 1.40", "saaty2005, 9, 1.45",
            "saaty2005, 10, 1.49", "saaty2005, 11, 1.52", "saaty2005, 12, 1.54", "saaty2005, 13, 1.56",
            "saaty2005, 14, 1.58", "saaty2005, 15, 1.59",
            "donegan-dodd, 1, 0", "donegan-dodd, 2, 0", "donegan-dodd, 3, 0.4914", "donegan-dodd, 4, 0.8286",
            "donegan-dodd, 5, 1.0591", "donegan-dodd, 6, 1.1797", "donegan-dodd, 7, 1.2519",
            "donegan-dodd, 8, 1.3171", "donegan-dodd, 9, 1.3733", "donegan-dodd, 10, 1.4055",
            "donegan-dodd, 11, 1.4213", "donegan-dodd, 12, 1.4497", "donegan-dodd, 13, 1.4643",
            "donegan-dodd, 14, 1.4822", "donegan-dodd, 15, 1.4969",
            "tummala-ling, 1, 0", "tummala-ling, 2, 0", "tummala-ling, 3, 0.5799", "tummala-ling, 4, 0.8921",
            "tummala-ling, 5, 1.1159", "tummala-ling, 6, 1.2358", "tummala-ling, 7, 1.3322",
            "tummala-ling, 8, 1.3952", "tummala-ling, 9, 1.4537", "tummala-ling, 10, 1.4882",
            "tummala-ling, 11, 1.5117", "tummala-ling, 12, 1.5356", "tummala-ling, 13, 1.5571",
            "tummala-ling, 14, 1.5714", "tummala-ling, 15, 1.5831",
    })
    void randomIndexTablesHoldThePublishedValues(String code, int n, double expected) {
        assertEquals(expected, RandomIndex.fromCode(code).value(n));
    }

    @Test
    void saatyIsTheDefaultTable() {
        assertEquals(RandomIndex.SAATY, RandomIndex.DEFAULT);
        assertEquals(RandomIndex.SAATY, Ahp.defaults().table());
    }

    @Test
    void everyTableHasADistinctCodeAndACitation() {
        assertEquals(List.of("saaty", "saaty2005", "donegan-dodd", "tummala-ling"),
                Arrays.stream(RandomIndex.values()).map(RandomIndex::code).toList());
        for (RandomIndex table : RandomIndex.values()) {
            assertFalse(table.citation().isBlank(), table.code());
        }
    }

    @Test
    void resultRecordsTheChosenTableAndItsValue() {
        AhpResult result = new Ahp(AhpMethod.EIGENVECTOR, RandomIndex.DONEGAN_DODD, 0.1).compute(A1);

        assertEquals(RandomIndex.DONEGAN_DODD, result.table());
        assertEquals(1.1797, result.ri());
        assertEquals(result.ci() / 1.1797, result.cr(), 1e-15);
    }

    @Test
    void randomIndexBeyondFifteenIsRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> RandomIndex.SAATY.value(16));
        assertEquals("mcda.ri.orderOutOfRange", error.code());
    }

    @Test
    void unknownTableCodeIsRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> RandomIndex.fromCode("foo"));
        assertEquals("mcda.ri.unknownTable", error.code());
    }

    @ParameterizedTest
    @EnumSource(RandomIndex.class)
    void twoByTwoMatrixIsAlwaysConsistentWithZeroRatio(RandomIndex table) {
        for (AhpMethod method : AhpMethod.values()) {
            AhpResult result = new Ahp(method, table, 0.1).compute(new double[][] {{1, 9}, {1.0 / 9, 1}});

            assertArrayEquals(new double[] {0.9, 0.1}, result.weights(), 1e-12);
            assertEquals(0, result.ri());
            assertEquals(0, result.ci());
            assertEquals(0, result.cr());
            assertTrue(result.consistent());
        }
    }

    @Test
    void singleCriterionGetsAllTheWeight() {
        AhpResult result = Ahp.defaults().compute(new double[][] {{1}});

        assertArrayEquals(new double[] {1}, result.weights());
        assertEquals(1, result.lambdaMax());
        assertTrue(result.consistent());
        assertEquals(0, result.mostInconsistentJudgement().length);
    }

    @ParameterizedTest
    @EnumSource(AhpMethod.class)
    void perfectlyConsistentMatrixRecoversTheRatiosItWasBuiltFrom(AhpMethod method) {
        double[] truth = {8, 4, 2, 1};
        AhpResult result = new Ahp(method, RandomIndex.SAATY, 0.1).compute(ratioMatrix(truth));

        assertArrayEquals(new double[] {8 / 15.0, 4 / 15.0, 2 / 15.0, 1 / 15.0}, result.weights(), 1e-12);
        assertEquals(4, result.lambdaMax(), 1e-12);
        assertEquals(0, result.cr(), 1e-12);
        assertTrue(result.consistent());
    }

    @Test
    void mostInconsistentJudgementPointsAtTheCorruptedCell() {
        double[][] matrix = ratioMatrix(new double[] {8, 4, 2, 1});
        matrix[0][3] = 1.0 / 8; // the truth is 8: criterion 1 is eight times criterion 4, not an eighth
        matrix[3][0] = 8;

        AhpResult result = Ahp.defaults().compute(matrix);

        assertFalse(result.consistent());
        assertArrayEquals(new int[] {3, 0}, result.mostInconsistentJudgement());
    }

    @Test
    void consistencyThresholdIsConfigurable() {
        assertTrue(Ahp.defaults().compute(A3).consistent());
        assertFalse(new Ahp(AhpMethod.EIGENVECTOR, RandomIndex.SAATY, 0.07).compute(A3).consistent());
    }

    @Test
    void ratioExactlyAtTheThresholdIsInconsistent() {
        AhpResult result = Ahp.defaults().compute(A2);
        Ahp strict = new Ahp(AhpMethod.EIGENVECTOR, RandomIndex.SAATY, result.cr());

        assertFalse(strict.compute(A2).consistent());
    }

    @Test
    void typedReciprocalsWithinOnePerMilleAreAccepted() {
        double[][] typed = {{1, 3, 5}, {0.333, 1, 3}, {0.2, 0.333, 1}};

        assertArrayEquals(new double[] {0.6370, 0.2583, 0.1047}, Ahp.defaults().compute(typed).weights(), 1e-3);
    }

    @Test
    void inputMatrixIsNotModified() {
        double[][] copy = Arrays.stream(A3).map(double[]::clone).toArray(double[][]::new);
        Ahp.defaults().compute(copy);
        new Ahp(AhpMethod.APPROXIMATE, RandomIndex.SAATY, 0.1).compute(copy);

        assertTrue(Arrays.deepEquals(A3, copy));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty matrix             |                                  | mcda.ahp.empty          | ",
            "row too short            | 1 2 3 ; 0.5 1 ; 0.333 1 1           | mcda.ahp.notSquare      | 2 2 3",
            "more rows than columns   | 1 2 ; 0.5 1 ; 1 1                | mcda.ahp.notSquare      | 1 2 3",
            "diagonal not one         | 1 2 ; 0.5 2                      | mcda.ahp.diagonalNotOne | 2 2",
            "zero entry               | 1 0 ; 0.5 1                      | mcda.ahp.notPositive    | 1 2",
            "negative entry           | 1 2 ; -0.5 1                     | mcda.ahp.notPositive    | 2 1",
            "not a number             | 1 NaN ; 1 1                      | mcda.ahp.notFinite      | 1 2",
            "infinite                 | 1 1 ; Infinity 1                 | mcda.ahp.notFinite      | 2 1",
            "not reciprocal           | 1 2 3 ; 0.5 1 4 ; 0.333 0.3 1    | mcda.ahp.notReciprocal  | 2 3",
    })
    void badMatrixIsRefusedNamingTheCell(String description, String rows, String code, String expectedArgs) {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> Ahp.defaults().compute(parse(rows)));

        assertEquals(code, error.code());
        if (expectedArgs != null) {
            int[] expected = Arrays.stream(expectedArgs.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], error.args().get(k), "argument " + k);
            }
        }
    }

    @Test
    void matrixLargerThanFifteenIsRefusedForLackOfRandomIndex() {
        double[][] ones = new double[16][16];
        for (double[] row : ones) {
            Arrays.fill(row, 1);
        }

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> Ahp.defaults().compute(ones));

        assertEquals("mcda.ahp.tooLarge", error.code());
        assertEquals(List.of(16, 15), error.args());
    }

    @Test
    void fifteenByFifteenIsAccepted() {
        double[][] ones = new double[15][15];
        for (double[] row : ones) {
            Arrays.fill(row, 1);
        }

        assertEquals(1.59, Ahp.defaults().compute(ones).ri());
    }

    @Test
    void nonPositiveThresholdIsRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new Ahp(AhpMethod.EIGENVECTOR, RandomIndex.SAATY, 0));
        assertEquals("mcda.ahp.badThreshold", error.code());
    }

    @Test
    void methodCodesRoundTrip() {
        for (AhpMethod method : AhpMethod.values()) {
            assertEquals(method, AhpMethod.fromCode(method.code().toUpperCase()));
        }
        assertEquals("mcda.ahp.unknownMethod",
                assertThrows(InvalidInputException.class, () -> AhpMethod.fromCode("geometric")).code());
    }

    private static double[][] ratioMatrix(double[] truth) {
        int n = truth.length;
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                matrix[i][j] = truth[i] / truth[j];
            }
        }
        return matrix;
    }

    /** Rows separated by ';', entries by blanks; Java's own number syntax (NaN, Infinity). */
    private static double[][] parse(String rows) {
        if (rows == null || rows.isBlank()) {
            return new double[0][];
        }
        return Arrays.stream(rows.split(";"))
                .map(row -> Arrays.stream(row.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }
}
