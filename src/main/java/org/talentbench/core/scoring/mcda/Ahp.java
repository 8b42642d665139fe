package org.talentbench.core.scoring.mcda;

import java.util.Arrays;
import java.util.Objects;

import org.talentbench.core.InvalidInputException;

/**
 * Derives criterion weights from a pairwise comparison matrix by the Analytic Hierarchy Process and judges whether
 * the judgements are consistent enough to use.
 *
 * <p>Entry {@code a[i][j]} says how much more important criterion i is than criterion j; the matrix must be square,
 * at most {@value RandomIndex#MAX_ORDER}×{@value RandomIndex#MAX_ORDER} (no random index exists beyond), positive and
 * finite, with ones on the diagonal and reciprocal ({@code a_ij·a_ji} within {@value #RECIPROCITY_TOLERANCE} of 1, so
 * that judgements typed as 0.333 for 1/3 pass). The weighing {@link AhpMethod method}, the {@link RandomIndex} table
 * and the consistency-ratio threshold (default {@value #DEFAULT_CR_THRESHOLD}: CR at or above it is inconsistent) are
 * chosen when the instance is built and recorded in every {@link AhpResult}. Callers that score with the weights must
 * refuse an inconsistent result; this class only reports it.
 *
 * <p>Immutable and thread-safe; {@link #compute(double[][])} never modifies its argument.
 */
public final class Ahp {

    /** The usual acceptance threshold: a consistency ratio at or above it makes a matrix inconsistent. */
    public static final double DEFAULT_CR_THRESHOLD = 0.10;

    /** Largest tolerated relative departure of {@code a_ij·a_ji} from 1. */
    public static final double RECIPROCITY_TOLERANCE = 1e-3;

    private static final double DIAGONAL_TOLERANCE = 1e-9;
    private static final double EIGENVECTOR_TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 100_000;

    private final AhpMethod method;
    private final RandomIndex table;
    private final double crThreshold;

    /**
     * @param crThreshold a consistency ratio at or above this makes the matrix inconsistent; finite and positive
     * @throws InvalidInputException {@code mcda.ahp.badThreshold} (threshold) for a threshold that is not
     *                               finite and positive
     */
    public Ahp(AhpMethod method, RandomIndex table, double crThreshold) {
        this.method = Objects.requireNonNull(method, "method");
        this.table = Objects.requireNonNull(table, "table");
        if (!Double.isFinite(crThreshold) || crThreshold <= 0) {
            throw new InvalidInputException("mcda.ahp.badThreshold", crThreshold);
        }
        this.crThreshold = crThreshold;
    }

    /** The principal eigenvector, Saaty's classic random index and a threshold of 0.10. */
    public static Ahp defaults() {
        return new Ahp(AhpMethod.DEFAULT, RandomIndex.DEFAULT, DEFAULT_CR_THRESHOLD);
    }

    public AhpMethod method() {
        return method;
    }

    public RandomIndex table() {
        return table;
    }

    public double crThreshold() {
        return crThreshold;
    }

    /**
     * Weighs the criteria compared in {@code matrix}.
     *
     * @throws InvalidInputException naming the first offending cell (1-based row and column):
     *                               {@code mcda.ahp.empty}; {@code mcda.ahp.notSquare} (row, its length, n);
     *                               {@code mcda.ahp.tooLarge} (n, max); {@code mcda.ahp.notFinite} (row, column,
     *                               value); {@code mcda.ahp.notPositive} (row, column, value);
     *                               {@code mcda.ahp.diagonalNotOne} (row, column, value);
     *                               {@code mcda.ahp.notReciprocal} (row, column, a_ij, a_ji)
     */
    public AhpResult compute(double[][] matrix) {
        validate(matrix);
        int n = matrix.length;
        double[] weights;
        double lambdaMax;
        if (method == AhpMethod.EIGENVECTOR) {
            weights = principalEigenvector(matrix);
            lambdaMax = sum(multiply(matrix, weights));
        } else {
            weights = rowMeansOfColumnNormalised(matrix);
            double[] product = multiply(matrix, weights);
            double ratioSum = 0;
            for (int i = 0; i < n; i++) {
                ratioSum += product[i] / weights[i];
            }
            lambdaMax = ratioSum / n;
        }
        double ri = table.value(n);
        double ci = 0;
        double cr = 0;
        if (n > 2) {
            ci = (lambdaMax - n) / (n - 1);
            cr = ci / ri;
        }
        return new AhpResult(weights, lambdaMax, ci, cr, ri, table, method, cr < crThreshold,
                mostInconsistentJudgement(matrix, weights));
    }

    private static void validate(double[][] matrix) {
        if (matrix == null || matrix.length == 0) {
            throw new InvalidInputException("mcda.ahp.empty");
        }
        int n = matrix.length;
        for (int i = 0; i < n; i++) {
            int length = matrix[i] == null ? 0 : matrix[i].length;
            if (length != n) {
                throw new InvalidInputException("mcda.ahp.notSquare", i + 1, length, n);
            }
        }
        if (n > RandomIndex.MAX_ORDER) {
            throw new InvalidInputException("mcda.ahp.tooLarge", n, RandomIndex.MAX_ORDER);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double value = matrix[i][j];
                if (!Double.isFinite(value)) {
                    throw new InvalidInputException("mcda.ahp.notFinite", i + 1, j + 1, String.valueOf(value));
                }
                if (value <= 0) {
                    throw new InvalidInputException("mcda.ahp.notPositive", i + 1, j + 1, value);
                }
                if (i == j && Math.abs(value - 1) > DIAGONAL_TOLERANCE) {
                    throw new InvalidInputException("mcda.ahp.diagonalNotOne", i + 1, j + 1, value);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(matrix[i][j] * matrix[j][i] - 1) > RECIPROCITY_TOLERANCE) {
                    throw new InvalidInputException("mcda.ahp.notReciprocal", i + 1, j + 1, matrix[i][j],
                            matrix[j][i]);
                }
            }
        }
    }

    /** Power iteration from the uniform vector; converges because a positive matrix has a dominant Perron root. */
    private static double[] principalEigenvector(double[][] matrix) {
        int n = matrix.length;
        double[] current = new double[n];
        Arrays.fill(current, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = multiply(matrix, current);
            double total = sum(next);
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= total;
                change = Math.max(change, Math.abs(next[i] - current[i]));
            }
            current = next;
            if (change < EIGENVECTOR_TOLERANCE) {
                return current;
            }
        }
        throw new IllegalStateException("power iteration did not converge in " + MAX_ITERATIONS + " steps");
    }

    private static double[] rowMeansOfColumnNormalised(double[][] matrix) {
        int n = matrix.length;
        double[] columnSums = new double[n];
        for (double[] row : matrix) {
            for (int j = 0; j < n; j++) {
                columnSums[j] += row[j];
            }
        }
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            double rowSum = 0;
            for (int j = 0; j < n; j++) {
                rowSum += matrix[i][j] / columnSums[j];
            }
            weights[i] = rowSum / n;
        }
        return weights;
    }

    /**
     * The judgement whose ratio {@code a_ij·w_j/w_i} deviates most from 1. Because {@code ε_ji = 1/ε_ij}, the largest
     * deviation is always an over-statement (ε ≥ 1), so this is Saaty's "largest ε_ij" rule; ties go to the first
     * cell in row order.
     */
    private static int[] mostInconsistentJudgement(double[][] matrix, double[] weights) {
        int n = matrix.length;
        int[] worst = new int[0];
        double worstDeviation = -1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double deviation = Math.abs(matrix[i][j] * weights[j] / weights[i] - 1);
                if (deviation > worstDeviation) {
                    worstDeviation = deviation;
                    worst = new int[] {i, j};
                }
            }
        }
        return worst;
    }

    private static double[] multiply(double[][] matrix, double[] vector) {
        int n = matrix.length;
        double[] product = new double[n];
        for (int i = 0; i < n; i++) {
            double value = 0;
            for (int j = 0; j < n; j++) {
                value += matrix[i][j] * vector[j];
            }
            product[i] = value;
        }
        return product;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
