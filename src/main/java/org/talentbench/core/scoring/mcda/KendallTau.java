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
 * <p>Counts all pairs, O(n²): ample for the few thousand researchers of an institute. Stateless and thread-safe.
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
        long concordantMinusDiscordant = 0;
        long tiedInA = 0;
        long tiedInB = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int signA = sign(a[i], a[j]);
                int signB = sign(b[i], b[j]);
                if (signA == 0) {
                    tiedInA++;
                }
                if (signB == 0) {
                    tiedInB++;
                }
                concordantMinusDiscordant += (long) signA * signB;
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        if (pairs == tiedInA || pairs == tiedInB) {
            return Double.NaN;
        }
        return concordantMinusDiscordant / Math.sqrt((double) (pairs - tiedInA) * (pairs - tiedInB));
    }

    /** −1, 0 or 1; treats −0.0 and 0.0 as equal, unlike {@link Double#compare}. */
    private static int sign(double x, double y) {
        return x < y ? -1 : (x > y ? 1 : 0);
    }
}
