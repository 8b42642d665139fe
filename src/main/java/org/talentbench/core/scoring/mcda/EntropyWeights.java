package org.talentbench.core.scoring.mcda;

import org.talentbench.core.InvalidInputException;

/**
 * Objective criterion weights by Shannon entropy: a criterion on which the alternatives differ more carries more
 * information and gets more weight.
 *
 * <p>For m alternatives (rows) and criteria j (columns): {@code p_ij = x_ij / Σ_i x_ij};
 * {@code e_j = −(1/ln m) Σ_i p_ij ln p_ij} with {@code 0·ln 0 = 0}; {@code w_j = (1 − e_j) / Σ_k (1 − e_k)}.
 * A criterion on which all alternatives are equal has {@code e_j = 1} exactly (no rounding residue), hence weight 0.
 * Values must be non-negative and finite, each column must have a positive sum, and at least one criterion must
 * vary, otherwise no weight is defined.
 *
 * <p>Stateless and thread-safe; the input is never modified.
 */
public final class EntropyWeights {

    private EntropyWeights() {
    }

    /**
     * The entropy weights of the criteria (columns) of {@code alternativesByCriteria}; they sum to 1.
     *
     * @throws InvalidInputException {@code mcda.entropy.tooFewAlternatives} (rows, 2);
     *                               {@code mcda.noCriteria}; {@code mcda.ragged} (row, its length, expected);
     *                               {@code mcda.notFinite} (row, column, value); {@code mcda.negative} (row,
     *                               column, value); {@code mcda.entropy.zeroColumn} (column);
     *                               {@code mcda.entropy.noVariation} when every criterion is constant.
     *                               Rows and columns are 1-based.
     */
    public static double[] compute(double[][] alternativesByCriteria) {
        double[][] x = alternativesByCriteria;
        int m = x == null ? 0 : x.length;
        if (m < 2) {
            throw new InvalidInputException("mcda.entropy.tooFewAlternatives", m, 2);
        }
        int n = DecisionMatrices.requireRectangular(x);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (x[i][j] < 0) {
                    throw new InvalidInputException("mcda.negative", i + 1, j + 1, x[i][j]);
                }
            }
        }
        double logM = Math.log(m);
        double[] divergence = new double[n];
        double totalDivergence = 0;
        for (int j = 0; j < n; j++) {
            double columnSum = 0;
            boolean constant = true;
            for (int i = 0; i < m; i++) {
                columnSum += x[i][j];
                constant &= x[i][j] == x[0][j];
            }
            if (columnSum == 0) {
                throw new InvalidInputException("mcda.entropy.zeroColumn", j + 1);
            }
            if (constant) {
                continue;
            }
            double plogp = 0;
            for (int i = 0; i < m; i++) {
                double p = x[i][j] / columnSum;
                if (p > 0) {
                    plogp += p * Math.log(p);
                }
            }
            double entropy = -plogp / logM;
            divergence[j] = 1 - entropy;
            totalDivergence += divergence[j];
        }
        if (totalDivergence <= 0) {
            throw new InvalidInputException("mcda.entropy.noVariation");
        }
        double[] weights = new double[n];
        for (int j = 0; j < n; j++) {
            weights[j] = divergence[j] / totalDivergence;
        }
        return weights;
    }
}
