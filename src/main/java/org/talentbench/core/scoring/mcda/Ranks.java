package org.talentbench.core.scoring.mcda;

import java.util.Arrays;

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
        // Ranks depend only on the sequence of scores in descending order (equal scores always share a rank, so
        // how equal scores are ordered among themselves cannot matter): sort a primitive copy, then look each score up.
        double[] ascending = scores.clone();
        Arrays.sort(ascending); // Double.compare order, as Comparator.comparingDouble
        int[] rankAt = new int[n]; // by ascending position
        double leader = Double.NaN;
        int leaderRank = 0;
        for (int position = 0; position < n; position++) {
            double score = ascending[n - 1 - position];
            if (position == 0 || !tied(leader, score)) {
                leader = score;
                leaderRank = position + 1;
            }
            rankAt[n - 1 - position] = leaderRank;
        }
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = rankAt[Arrays.binarySearch(ascending, scores[i])];
        }
        return ranks;
    }

    private static boolean tied(double a, double b) {
        return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
