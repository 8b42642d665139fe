package org.talentbench.core.scoring.bibliometrics;

import java.util.Arrays;

import org.talentbench.core.InvalidInputException;

/**
 * Citation-based indicators of one researcher's papers, computed from the per-paper citation counts (any order).
 *
 * <p>With counts sorted non-increasingly, c₁ ≥ c₂ ≥ …:
 * <ul>
 *   <li>{@code total} — the sum of all counts;</li>
 *   <li>{@code h} — Hirsch's index, {@code max{i : c_i ≥ i}};</li>
 *   <li>{@code gPadded} — Egghe's g-index as originally defined, {@code max{i : Σ_{j≤i} c_j ≥ i²}} with the list
 *       padded by zero-cited papers, so it may exceed the number of papers (15,10,5,3 → 5);</li>
 *   <li>{@code gCapped} — the same with i limited to the number of papers, as some tools report it (15,10,5,3 → 4);
 *       always {@code min(gPadded, papers)};</li>
 *   <li>{@code i10} — the number of papers cited at least 10 times (Google Scholar's i10-index).</li>
 * </ul>
 * Both g variants are offered and named because sources disagree (Rousseau, Egghe &amp; Guns, <i>Becoming
 * Metric-Wise</i>, 2018, pp. 208–219). Immutable.
 */
public record CitationIndicators(long total, int h, int gPadded, int gCapped, int i10) {

    /** Citation count at or above which a paper counts towards {@link #i10()}. */
    public static final int I10_THRESHOLD = 10;

    /**
     * The indicators of papers with the given citation counts; the argument is not modified. No papers gives all
     * zeros.
     *
     * @throws InvalidInputException {@code bibliometrics.negativeCitations} (1-based position, count)
     */
    public static CitationIndicators of(int[] citations) {
        for (int i = 0; i < citations.length; i++) {
            if (citations[i] < 0) {
                throw new InvalidInputException("bibliometrics.negativeCitations", i + 1, citations[i]);
            }
        }
        int papers = citations.length;
        int[] descending = citations.clone();
        Arrays.sort(descending);
        reverse(descending);

        long total = 0;
        int h = 0;
        int gCapped = 0;
        int i10 = 0;
        for (int i = 1; i <= papers; i++) {
            int count = descending[i - 1];
            total += count;
            if (count >= i) {
                h = i;
            }
            // The mean of the top i counts never rises with i while i rises, so g's condition holds on a prefix.
            if (total >= (long) i * i) {
                gCapped = i;
            }
            if (count >= I10_THRESHOLD) {
                i10++;
            }
        }
        int gPadded = gCapped;
        if (gCapped == papers) {
            // Beyond the last paper the cumulative sum stays at total: g is the largest i with i² ≤ total.
            gPadded = (int) Math.min(Integer.MAX_VALUE, Math.max(papers, isqrt(total)));
        }
        return new CitationIndicators(total, h, gPadded, gCapped, i10);
    }

    private static long isqrt(long value) {
        long root = (long) Math.sqrt((double) value);
        while (root * root > value) {
            root--;
        }
        while ((root + 1) * (root + 1) <= value) {
            root++;
        }
        return root;
    }

    private static void reverse(int[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
