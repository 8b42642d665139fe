package org.talentbench.core.scoring.mcda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;

class KendallTauTest {

    @Test
    void identicalOrdersGiveOne() {
        assertEquals(1.0, KendallTau.tauB(new double[] {1, 2, 3, 4, 5}, new double[] {10, 20, 30, 40, 50}));
    }

    @Test
    void reversedOrdersGiveMinusOne() {
        assertEquals(-1.0, KendallTau.tauB(new double[] {1, 2, 3, 4, 5}, new double[] {5, 4, 3, 2, 1}));
    }

    @Test
    void tiesAreCorrectedAsInScipysDocumentedExample() {
        // scipy.stats.kendalltau docstring: x = [12, 2, 1, 12, 2], y = [1, 4, 7, 1, 0] -> -0.47140452079103173
        double tau = KendallTau.tauB(new double[] {12, 2, 1, 12, 2}, new double[] {1, 4, 7, 1, 0});

        assertEquals(-0.47140452079103173, tau, 1e-15);
    }

    @Test
    void oneSwappedNeighbourPairOutOfSixPairs() {
        // 4 items, 6 pairs, exactly one discordant: (5 - 1) / 6
        assertEquals(4.0 / 6, KendallTau.tauB(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}), 1e-15);
    }

    @Test
    void ranksWithTheSameDirectionAsScoresGiveTheSameTau() {
        double[] scores = {0.3, 0.9, 0.5, 0.1};
        double[] ranks = {3, 1, 2, 4};

        assertEquals(-1.0, KendallTau.tauB(scores, ranks));
    }

    @Test
    void constantListLeavesTauUndefined() {
        assertTrue(Double.isNaN(KendallTau.tauB(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
        assertTrue(Double.isNaN(KendallTau.tauB(new double[] {7}, new double[] {7})));
    }

    @Test
    void listsOfDifferentLengthAreRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> KendallTau.tauB(new double[] {1, 2}, new double[] {1, 2, 3}));

        assertEquals("mcda.kendall.lengthMismatch", error.code());
    }

    @Test
    void notANumberIsRefused() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> KendallTau.tauB(new double[] {1, 2}, new double[] {1, Double.NaN}));

        assertEquals("mcda.kendall.notANumber", error.code());
    }
}
