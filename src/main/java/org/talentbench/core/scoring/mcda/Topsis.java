package org.talentbench.core.scoring.mcda;

import java.util.Objects;

import org.talentbench.core.InvalidInputException;

/**
 * Ranks alternatives by TOPSIS (Hwang and Yoon, 1981): the relative closeness {@code C = d⁻ / (d⁺ + d⁻)} of each
 * alternative to the ideal solution, with Euclidean distances {@code d⁺} to the ideal and {@code d⁻} to the
 * anti-ideal of the weighted, normalised matrix.
 *
 * <p>Conventions, all stated because they change the numbers: the normalisation is the caller's explicit
 * {@link TopsisNormalisation} choice and is recorded in the result; a criterion on which every alternative has the
 * same value (or, under vector normalisation, an all-zero criterion) normalises to 0 and so contributes nothing;
 * if an alternative coincides with both the ideal and the anti-ideal (every alternative is equal on every weighted
 * criterion) its closeness is 0.5. Weights must be non-negative, one per criterion, and sum to 1 within
 * {@value #WEIGHT_SUM_TOLERANCE}: the caller normalises them, so that a mistyped weight is caught rather than
 * silently rescaled.
 *
 * <p>Stateless and thread-safe; inputs are never modified.
 */
public final class Topsis {

    /** Largest tolerated departure of the weight sum from 1. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    private Topsis() {
    }

    /**
     * Computes the closeness and ranks of the alternatives (rows) of {@code alternativesByCriteria}.
     *
     * @throws InvalidInputException {@code mcda.noAlternatives}; {@code mcda.noCriteria}; {@code mcda.ragged} (row,
     *                               its length, expected); {@code mcda.notFinite} (row, column, value);
     *                               {@code mcda.weightsLength} (given, expected); {@code mcda.badWeight}
     *                               (criterion, value); {@code mcda.weightsSum} (sum);
     *                               {@code mcda.criteriaLength} (given, expected). Positions are 1-based.
     */
    public static TopsisResult compute(double[][] alternativesByCriteria, double[] weights, CriterionType[] types,
            TopsisNormalisation normalisation) {
        double[] closeness = closeness(alternativesByCriteria, weights, types, normalisation);
        return new TopsisResult(closeness, Ranks.descending(closeness), normalisation);
    }

    /**
     * The closeness of {@link #compute} alone, for callers that rank otherwise (or not at all); same checks.
     */
    public static double[] closeness(double[][] alternativesByCriteria, double[] weights, CriterionType[] types,
            TopsisNormalisation normalisation) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(normalisation, "normalisation");
        double[][] x = alternativesByCriteria;
        if (x == null || x.length == 0) {
            throw new InvalidInputException("mcda.noAlternatives");
        }
        int n = DecisionMatrices.requireRectangular(x);
        requireWeights(weights, n);
        if (types.length != n) {
            throw new InvalidInputException("mcda.criteriaLength", types.length, n);
        }
        for (CriterionType type : types) {
            Objects.requireNonNull(type, "criterion type");
        }

        double[][] v = normalisation == TopsisNormalisation.VECTOR
                ? vectorNormalised(x, types)
                : minMaxNormalised(x, types);
        int m = x.length;
        double[] ideal = new double[n];
        double[] antiIdeal = new double[n];
        for (int j = 0; j < n; j++) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                v[i][j] *= weights[j];
                max = Math.max(max, v[i][j]);
                min = Math.min(min, v[i][j]);
            }
            boolean smallerIsBetter = normalisation == TopsisNormalisation.VECTOR && types[j] == CriterionType.COST;
            ideal[j] = smallerIsBetter ? min : max;
            antiIdeal[j] = smallerIsBetter ? max : min;
        }
        double[] closeness = new double[m];
        for (int i = 0; i < m; i++) {
            double toIdeal = distance(v[i], ideal);
            double toAntiIdeal = distance(v[i], antiIdeal);
            double total = toIdeal + toAntiIdeal;
            closeness[i] = total == 0 ? 0.5 : toAntiIdeal / total;
        }
        return closeness;
    }

    private static void requireWeights(double[] weights, int n) {
        if (weights.length != n) {
            throw new InvalidInputException("mcda.weightsLength", weights.length, n);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(weights[j]) || weights[j] < 0) {
                throw new InvalidInputException("mcda.badWeight", j + 1, String.valueOf(weights[j]));
            }
            sum += weights[j];
        }
        if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
            throw new InvalidInputException("mcda.weightsSum", sum);
        }
    }

    /** Vector normalisation; criterion direction is applied later, when the ideal is chosen. */
    private static double[][] vectorNormalised(double[][] x, CriterionType[] types) {
        int m = x.length;
        int n = types.length;
        double[][] r = new double[m][n];
        for (int j = 0; j < n; j++) {
            double sumOfSquares = 0;
            for (int i = 0; i < m; i++) {
                sumOfSquares += x[i][j] * x[i][j];
            }
            double norm = Math.sqrt(sumOfSquares);
            for (int i = 0; i < m; i++) {
                r[i][j] = norm == 0 ? 0 : x[i][j] / norm;
            }
        }
        return r;
    }

    /** Min-max normalisation that also turns cost criteria into "larger is better". */
    private static double[][] minMaxNormalised(double[][] x, CriterionType[] types) {
        int m = x.length;
        int n = types.length;
        double[][] r = new double[m][n];
        for (int j = 0; j < n; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                min = Math.min(min, x[i][j]);
                max = Math.max(max, x[i][j]);
            }
            double range = max - min;
            for (int i = 0; i < m; i++) {
                if (range == 0) {
                    r[i][j] = 0;
                } else if (types[j] == CriterionType.BENEFIT) {
                    r[i][j] = (x[i][j] - min) / range;
                } else {
                    r[i][j] = (max - x[i][j]) / range;
                }
            }
        }
        return r;
    }

    private static double distance(double[] a, double[] b) {
        double sumOfSquares = 0;
        for (int j = 0; j < a.length; j++) {
            double difference = a[j] - b[j];
            sumOfSquares += difference * difference;
        }
        return Math.sqrt(sumOfSquares);
    }
}
