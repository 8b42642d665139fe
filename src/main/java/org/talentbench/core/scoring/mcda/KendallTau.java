package org.talentbench.core.scoring.mcda;

import org.talentbench.core.InvalidInputException;

/**
 * Kendall's rank correlation τ-b, used to say how far two aggregations (say weighted sum and TOPSIS) agree on the
 * order of the same alternatives.
 *
 * <p>{@code τ_b = (C − D) / sqrt((n₀ − n₁)(n₀ − n₂))} where C and D count concordant and discordant pairs,
 * {@code n₀ = n(n−1)/2}, and n₁, n₂ count pairs tied in the first and in the second list (a pair tied in both counts
 * in each). This is the variant with the tie correction, as in scipy's {@code kendalltau}; it is 1 for identical
 * orders and −1 for reversed ones. It is undefined — {@code NaN} — for fewer than two items or when either list is
 * constant. Scores are compared as values, so either scores or ranks may be passed (for ranks, 1 = best, both lists
 * must use the same direction).
 *
 * <p>Counts the pairs with Knight's merge-sort method, O(n log n) (a cohort of thousands is re-scored in
 * milliseconds after an edit); the counts are exact integers, so the value is the one the pairwise definition
 * gives, bit for bit. Stateless and thread-safe.
 */
public final class KendallTau {

    private KendallTau() {
    }

    /**
     * τ-b of the paired observations {@code a[i]}, {@code b[i]}.
     *
     * @throws InvalidInputException {@code mcda.kendall.lengthMismatch} (length a, length b);
     *                               {@code mcda.kendall.notANumber} (list 1 or 2, 1-based position)
     */
    public static double tauB(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new InvalidInputException("mcda.kendall.lengthMismatch", a.length, b.length);
        }
        int n = a.length;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(a[i])) {
                throw new InvalidInputException("mcda.kendall.notANumber", 1, i + 1);
            }
            if (Double.isNaN(b[i])) {
                throw new InvalidInputException("mcda.kendall.notANumber", 2, i + 1);
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        // Knight's O(n log n) count (1966): order by (a, b); pairs tied in a, and in both, from the runs; the
        // discordant pairs are the inversions of b in that order (merge sort); ties in b from the sorted b.
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i] + 0.0; // −0.0 becomes 0.0: they are equal, as for the < and > of a pairwise count
            y[i] = b[i] + 0.0;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        sortIndices(order, new int[n], 0, n, x, y);
        long tiedInA = 0;
        long tiedInBoth = 0;
        double[] yo = new double[n];
        for (int i = 0; i < n; i++) {
            yo[i] = y[order[i]];
        }
        for (int i = 0, runA = 1, runBoth = 1; i < n; i++) {
            boolean sameA = i + 1 < n && x[order[i + 1]] == x[order[i]];
            boolean sameBoth = sameA && yo[i + 1] == yo[i];
            if (sameA) {
                runA++;
            } else {
                tiedInA += (long) runA * (runA - 1) / 2;
                runA = 1;
            }
            if (sameBoth) {
                runBoth++;
            } else {
                tiedInBoth += (long) runBoth * (runBoth - 1) / 2;
                runBoth = 1;
            }
        }
        long discordant = inversions(yo, new double[n], 0, n);
        long tiedInB = 0;
        for (int i = 0, run = 1; i < n; i++) {
            if (i + 1 < n && yo[i + 1] == yo[i]) {
                run++;
            } else {
                tiedInB += (long) run * (run - 1) / 2;
                run = 1;
            }
        }
        long concordantMinusDiscordant = pairs - tiedInA - tiedInB + tiedInBoth - 2 * discordant;
        if (pairs == tiedInA || pairs == tiedInB) {
            return Double.NaN;
        }
        return concordantMinusDiscordant / Math.sqrt((double) (pairs - tiedInA) * (pairs - tiedInB));
    }

    /** Stable merge sort of {@code order[from..to)} by (x, y). */
    private static void sortIndices(int[] order, int[] tmp, int from, int to, double[] x, double[] y) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        sortIndices(order, tmp, from, mid, x, y);
        sortIndices(order, tmp, mid, to, x, y);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            int p = order[i];
            int q = order[j];
            boolean takeRight = x[q] < x[p] || (x[q] == x[p] && y[q] < y[p]);
            tmp[k++] = takeRight ? order[j++] : order[i++];
        }
        while (i < mid) {
            tmp[k++] = order[i++];
        }
        while (j < to) {
            tmp[k++] = order[j++];
        }
        System.arraycopy(tmp, from, order, from, to - from);
    }

    /** Sorts {@code v[from..to)} ascending and returns the number of pairs i &lt; j with v[i] &gt; v[j]. */
    private static long inversions(double[] v, double[] tmp, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long count = inversions(v, tmp, from, mid) + inversions(v, tmp, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (v[j] < v[i]) {
                count += mid - i;
                tmp[k++] = v[j++];
            } else {
                tmp[k++] = v[i++];
            }
        }
        while (i < mid) {
            tmp[k++] = v[i++];
        }
        while (j < to) {
            tmp[k++] = v[j++];
        }
        System.arraycopy(tmp, from, v, from, to - from);
        return count;
    }
}
