package org.talentbench.core.scoring.mcda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;

/** Reference values from /work/shared/reference/mcda-reference.md, section "Entropy weights" (E1). */
class EntropyWeightsTest {

    /** E1: Ulutaş (2019) personnel selection, 6 alternatives × C1..C8. */
    static final double[][] E1 = {
            {2, 1, 4, 7, 6, 6, 7, 3000},
            {4, 1, 5, 6, 7, 7, 6, 3500},
            {3, 2, 6, 6, 5, 6, 8, 4000},
            {5, 1, 5, 7, 6, 7, 7, 3000},
            {4, 2, 5, 6, 7, 7, 6, 3000},
            {3, 2, 6, 6, 6, 6, 6, 3500},
    };

    @Test
    void personnelSelectionGetsThePublishedWeights() {
        assertArrayEquals(new double[] {
                0.29967360959745126, 0.441367338923551, 0.07009088719659533, 0.021238237112072383,
                0.0490229289460051, 0.023080378850660263, 0.0477633096868323, 0.0477633096868323},
                EntropyWeights.compute(E1), 1e-12);
    }

    @Test
    void zeroShareContributesNothingToEntropy() {
        // Column 1: p = (1, 0) has entropy 0 (with 0·ln 0 = 0), so divergence 1; column 2 is constant, divergence 0.
        assertArrayEquals(new double[] {1, 0}, EntropyWeights.compute(new double[][] {{5, 3}, {0, 3}}));
    }

    @Test
    void constantCriterionGetsExactlyZeroWeight() {
        double[] weights = EntropyWeights.compute(new double[][] {{1, 0.1, 7}, {2, 0.1, 7}, {3, 0.1, 7}});

        assertEquals(1.0, weights[0]);
        assertEquals(0.0, weights[1]);
        assertEquals(0.0, weights[2]);
    }

    @Test
    void inputIsNotModified() {
        double[][] x = {{1, 2}, {3, 4}};
        EntropyWeights.compute(x);
        assertArrayEquals(new double[] {1, 2}, x[0]);
        assertArrayEquals(new double[] {3, 4}, x[1]);
    }

    @Test
    void allZeroColumnIsRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> EntropyWeights.compute(new double[][] {{1, 0}, {2, 0}}));

        assertEquals("mcda.entropy.zeroColumn", error.code());
        assertEquals(List.of(2), error.args());
    }

    @Test
    void negativeEntryIsRefusedNamingTheCell() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> EntropyWeights.compute(new double[][] {{1, 2}, {3, -4}}));

        assertEquals("mcda.negative", error.code());
        assertEquals(List.of(2, 2, -4.0), error.args());
    }

    @Test
    void singleAlternativeIsRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> EntropyWeights.compute(new double[][] {{1, 2}}));

        assertEquals("mcda.entropy.tooFewAlternatives", error.code());
    }

    @Test
    void raggedRowsAreRefusedNamingTheRow() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> EntropyWeights.compute(new double[][] {{1, 2}, {3, 4}, {5}}));

        assertEquals("mcda.ragged", error.code());
        assertEquals(List.of(3, 1, 2), error.args());
    }

    @Test
    void nonFiniteEntryIsRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> EntropyWeights.compute(new double[][] {{1, 2}, {Double.NaN, 4}}));

        assertEquals("mcda.notFinite", error.code());
        assertEquals(List.of(2, 1, "NaN"), error.args());
    }

    @Test
    void matrixWithoutAnyVaryingCriterionIsRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> EntropyWeights.compute(new double[][] {{1, 2}, {1, 2}}));

        assertEquals("mcda.entropy.noVariation", error.code());
    }
}
