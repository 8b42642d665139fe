package org.talentbench.core.scoring.mcda;

import org.talentbench.core.InvalidInputException;

/** Shape and value checks shared by the methods that take an alternatives × criteria matrix. */
final class DecisionMatrices {

    private DecisionMatrices() {
    }

    /**
     * Checks that every row is present, has the same positive length as the first, and holds finite values.
     *
     * @return the number of criteria (columns)
     * @throws InvalidInputException {@code mcda.noCriteria}; {@code mcda.ragged} (row, its length, expected);
     *                               {@code mcda.notFinite} (row, column, value), 1-based
     */
    static int requireRectangular(double[][] matrix) {
        int n = matrix[0] == null ? 0 : matrix[0].length;
        if (n == 0) {
            throw new InvalidInputException("mcda.noCriteria");
        }
        for (int i = 0; i < matrix.length; i++) {
            int length = matrix[i] == null ? 0 : matrix[i].length;
            if (length != n) {
                throw new InvalidInputException("mcda.ragged", i + 1, length, n);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(matrix[i][j])) {
                    throw new InvalidInputException("mcda.notFinite", i + 1, j + 1, String.valueOf(matrix[i][j]));
                }
            }
        }
        return n;
    }
}
