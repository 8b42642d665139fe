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

    /** The definition, pair by pair: the oracle the fast count must equal exactly, ties and −0.0 included. */
    private static double pairwise(double[] a, double[] b) {
        long cd = 0;
        long ta = 0;
        long tb = 0;
        int n = a.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int sa = a[i] < a[j] ? -1 : a[i] > a[j] ? 1 : 0;
                int sb = b[i] < b[j] ? -1 : b[i] > b[j] ? 1 : 0;
                ta += sa == 0 ? 1 : 0;
                tb += sb == 0 ? 1 : 0;
                cd += (long) sa * sb;
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        return pairs == ta || pairs == tb ? Double.NaN : cd / Math.sqrt((double) (pairs - ta) * (pairs - tb));
    }

    @Test
    void theFastCountEqualsThePairwiseDefinitionBitForBitWithManyTies() {
        java.util.Random rnd = new java.util.Random(42);
        for (int round = 0; round < 300; round++) {
            int n = 2 + rnd.nextInt(round < 250 ? 40 : 2_000);
            int levels = 1 + rnd.nextInt(12);
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = rnd.nextInt(levels) == 0 ? (rnd.nextBoolean() ? -0.0 : 0.0) : rnd.nextInt(levels) * 0.5;
                b[i] = rnd.nextBoolean() ? a[i] + rnd.nextInt(3) : rnd.nextInt(levels);
            }
            assertEquals(Double.doubleToLongBits(pairwise(a, b)), Double.doubleToLongBits(KendallTau.tauB(a, b)),
                    "round " + round + ", n " + n);
        }
    }
}
