package org.talentbench.core.scoring.mcda;

import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of {@link Topsis}: each alternative's relative closeness to the ideal solution, in input order, its
 * rank, and the normalisation that produced them.
 *
 * <p>Invariants: closeness values lie in [0, 1], larger is better; {@code ranks[i]} is 1 for the best alternative
 * and tied alternatives share the lower (better) rank ("1224" competition ranking, see {@link Ranks}).
 *
 * <p>Immutable: the arrays are copied in and out, and equality compares their contents.
 */
public record TopsisResult(double[] closeness, int[] ranks, TopsisNormalisation normalisation) {

    public TopsisResult {
        closeness = closeness.clone();
        ranks = ranks.clone();
        Objects.requireNonNull(normalisation, "normalisation");
        if (closeness.length != ranks.length) {
            throw new IllegalArgumentException("closeness and ranks differ in length");
        }
    }

    @Override
    public double[] closeness() {
        return closeness.clone();
    }

    @Override
    public int[] ranks() {
        return ranks.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopsisResult that
                && Arrays.equals(closeness, that.closeness)
                && Arrays.equals(ranks, that.ranks)
                && normalisation == that.normalisation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(closeness), Arrays.hashCode(ranks), normalisation);
    }

    @Override
    public String toString() {
        return "TopsisResult[closeness=" + Arrays.toString(closeness) + ", ranks=" + Arrays.toString(ranks)
                + ", normalisation=" + normalisation.code() + "]";
    }
}
