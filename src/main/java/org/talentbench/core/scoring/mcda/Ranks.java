package org.talentbench.core.scoring.mcda;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Turns scores into ranks where 1 is the highest score and tied scores share the lower (better) rank, the next rank
 * skipping accordingly ("1224" competition ranking, the usual convention for published evaluation lists).
 *
 * <p>Two scores tie when they differ by at most {@value #TIE_TOLERANCE} relative to the larger magnitude (absolute
 * below 1), so that rounding noise between mathematically equal scores cannot decide a rank. Each score is compared
 * with the first (highest) score of its tie group, which keeps groups well defined. Stateless and thread-safe.
 */
public final class Ranks {

    /** Relative difference below which two scores count as tied. */
    public static final double TIE_TOLERANCE = 1e-12;

    private Ranks() {
    }

    /**
     * The competition ranks of {@code scores}, in input order.
     *
     * @throws IllegalArgumentException if a score is NaN
     */
    public static int[] descending(double[] scores) {
        int n = scores.length;
        for (double score : scores) {
            if (Double.isNaN(score)) {
                throw new IllegalArgumentException("NaN score cannot be ranked");
            }
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed()
                .thenComparingInt(i -> i));
        int[] ranks = new int[n];
        double leader = Double.NaN;
        int leaderRank = 0;
        for (int position = 0; position < n; position++) {
            double score = scores[order[position]];
            if (position == 0 || !tied(leader, score)) {
                leader = score;
                leaderRank = position + 1;
            }
            ranks[order[position]] = leaderRank;
        }
        return ranks;
    }

    private static boolean tied(double a, double b) {
        return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
