package org.talentbench.core.scoring.mcda;

import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of weighing one pairwise comparison matrix with {@link Ahp}: the priorities, the consistency figures
 * and the conventions (method, random-index table) that produced them, so that a stored result can be explained and
 * reproduced.
 *
 * <p>Invariants: {@code weights} are positive and sum to 1 (within rounding); {@code ci = (lambdaMax − n)/(n − 1)}
 * and {@code cr = ci / ri}, except that both are 0 for n ≤ 2, where every reciprocal matrix is consistent.
 * {@code consistent} is {@code cr} below the threshold the {@link Ahp} instance was configured with.
 * {@code mostInconsistentJudgement} holds the 0-based {@code {i, j}} of the judgement whose
 * {@code a_ij·w_j/w_i} lies furthest from 1 — the one to revisit first; it is empty for a 1×1 matrix.
 *
 * <p>Immutable: the arrays are copied in and out, and equality compares their contents.
 */
public record AhpResult(
        double[] weights,
        double lambdaMax,
        double ci,
        double cr,
        double ri,
        RandomIndex table,
        AhpMethod method,
        boolean consistent,
        int[] mostInconsistentJudgement) {

    public AhpResult {
        weights = weights.clone();
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(method, "method");
        mostInconsistentJudgement = mostInconsistentJudgement.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public int[] mostInconsistentJudgement() {
        return mostInconsistentJudgement.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AhpResult that
                && Arrays.equals(weights, that.weights)
                && Double.compare(lambdaMax, that.lambdaMax) == 0
                && Double.compare(ci, that.ci) == 0
                && Double.compare(cr, that.cr) == 0
                && Double.compare(ri, that.ri) == 0
                && table == that.table
                && method == that.method
                && consistent == that.consistent
                && Arrays.equals(mostInconsistentJudgement, that.mostInconsistentJudgement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(weights), lambdaMax, ci, cr, ri, table, method, consistent,
                Arrays.hashCode(mostInconsistentJudgement));
    }

    @Override
    public String toString() {
        return "AhpResult[weights=" + Arrays.toString(weights) + ", lambdaMax=" + lambdaMax + ", ci=" + ci
                + ", cr=" + cr + ", ri=" + ri + ", table=" + table.code() + ", method=" + method.code()
                + ", consistent=" + consistent
                + ", mostInconsistentJudgement=" + Arrays.toString(mostInconsistentJudgement) + "]";
    }
}
