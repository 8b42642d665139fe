package org.talentbench.core.scoring.mcda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;

class NormalisationTest {

    @Test
    void percentileRankIsTheDefault() {
        assertEquals(Normalisation.PERCENTILE_RANK, Normalisation.DEFAULT);
    }

    @Test
    void percentileRankPutsTiesAtMidRank() {
        // 10: 0 below -> 0/3; 20 (twice): 1 below, 2 equal -> (1 + 0.5)/3; 30: 3 below -> 3/3
        assertArrayEquals(new double[] {0, 0.5, 0.5, 1},
                Normalisation.PERCENTILE_RANK.apply(new double[] {10, 20, 20, 30}), 1e-15);
    }

    @Test
    void percentileRankOfDistinctValuesIsEvenlySpaced() {
        assertArrayEquals(new double[] {0.75, 0, 1, 0.25, 0.5},
                Normalisation.PERCENTILE_RANK.apply(new double[] {4, 1, 9, 2, 3}), 1e-15);
    }

    @Test
    void percentileRankOfAllEqualValuesIsOneHalf() {
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, Normalisation.PERCENTILE_RANK.apply(new double[] {7, 7, 7}));
    }

    @Test
    void singleValueGetsOneHalf() {
        assertArrayEquals(new double[] {0.5}, Normalisation.PERCENTILE_RANK.apply(new double[] {42}));
    }

    @Test
    void negativeAndPositiveZeroAreTheSameValue() {
        // -1: none below -> 0/2; the two zeros: 1 below, 2 equal -> (1 + 0.5)/2
        assertArrayEquals(new double[] {0.75, 0.75, 0},
                Normalisation.PERCENTILE_RANK.apply(new double[] {-0.0, 0.0, -1}), 1e-15);
    }

    @Test
    void minMaxMapsTheRangeOntoZeroToOne() {
        assertArrayEquals(new double[] {0, 0.5, 1}, Normalisation.MIN_MAX.apply(new double[] {2, 4, 6}), 1e-15);
    }

    @Test
    void minMaxOfAllEqualValuesIsOneHalf() {
        assertArrayEquals(new double[] {0.5, 0.5}, Normalisation.MIN_MAX.apply(new double[] {3, 3}));
    }

    @Test
    void zScoreUsesThePopulationStandardDeviation() {
        // Mean 5, population sd 2 (the textbook example of the standard deviation)
        assertArrayEquals(new double[] {-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2},
                Normalisation.Z_SCORE.apply(new double[] {2, 4, 4, 4, 5, 5, 7, 9}), 1e-15);
    }

    @Test
    void zScoreOfAllEqualValuesIsZero() {
        assertArrayEquals(new double[] {0, 0, 0}, Normalisation.Z_SCORE.apply(new double[] {0.1, 0.1, 0.1}));
    }

    @ParameterizedTest
    @EnumSource(Normalisation.class)
    void resultDoesNotDependOnInputOrder(Normalisation normalisation) {
        Random random = new Random(20240601);
        double[] values = new double[200];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.round(random.nextGaussian() * 1000) / 7.0; // rounding makes ties
        }
        double[] expected = normalisation.apply(values);

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        double[] shuffled = order.stream().mapToDouble(i -> values[i]).toArray();
        double[] actual = normalisation.apply(shuffled);

        for (int k = 0; k < order.size(); k++) {
            assertEquals(expected[order.get(k)], actual[k], 0.0, "position " + k);
        }
    }

    @ParameterizedTest
    @EnumSource(Normalisation.class)
    void emptyInputGivesEmptyOutput(Normalisation normalisation) {
        assertArrayEquals(new double[0], normalisation.apply(new double[0]));
    }

    @ParameterizedTest
    @EnumSource(Normalisation.class)
    void nonFiniteValueIsRefused(Normalisation normalisation) {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> normalisation.apply(new double[] {1, Double.POSITIVE_INFINITY}));

        assertEquals("mcda.normalisation.notFinite", error.code());
        assertEquals(2, error.args().get(0));
    }

    @ParameterizedTest
    @EnumSource(Normalisation.class)
    void codesRoundTrip(Normalisation normalisation) {
        assertEquals(normalisation, Normalisation.fromCode(normalisation.code()));
    }
}
