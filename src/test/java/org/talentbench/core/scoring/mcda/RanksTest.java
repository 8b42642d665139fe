package org.talentbench.core.scoring.mcda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void highestScoreIsRankOne() {
        assertArrayEquals(new int[] {3, 1, 2}, Ranks.descending(new double[] {0.1, 0.9, 0.5}));
    }

    @Test
    void tiesShareTheLowerRankAndTheNextRankSkips() {
        assertArrayEquals(new int[] {1, 2, 2, 4}, Ranks.descending(new double[] {9, 5, 5, 1}));
    }

    @Test
    void roundingNoiseDoesNotBreakATie() {
        double third = 1.0 / 3;
        assertArrayEquals(new int[] {1, 1}, Ranks.descending(new double[] {0.1 + 0.2, 0.3}));
        assertArrayEquals(new int[] {1, 1, 3}, Ranks.descending(new double[] {third + third + third, 1.0, 0.2}));
    }

    @Test
    void emptyScoresGiveNoRanks() {
        assertArrayEquals(new int[0], Ranks.descending(new double[0]));
    }
}
