package org.talentbench.core.scoring.mcda;

import java.util.Arrays;
import java.util.Locale;

import org.talentbench.core.InvalidInputException;

/**
 * Puts one indicator's raw values for a group of researchers on a common scale before aggregation.
 *
 * <p>Every method depends only on the multiset of values, never on their order: sums are taken over a sorted copy,
 * so permuting the input permutes the output exactly, bit for bit. {@code −0.0} and {@code 0.0} are the same value.
 * Values must be finite. An empty input gives an empty output. Each constant has a stable {@link #code()} for
 * storage and the command line; {@link #DEFAULT} is {@link #PERCENTILE_RANK}. Stateless and thread-safe.
 */
public enum Normalisation {
    /**
     * Percentile rank in [0, 1] with ties at mid-rank (the default): for a value x among n values,
     * <pre>  p(x) = (below + 0.5 · (equal − 1)) / (n − 1)</pre>
     * where {@code below} counts the values strictly smaller than x and {@code equal} the values equal to x, x itself
     * included. The smallest distinct value gets 0 and the largest 1; a value shared by k researchers gets the mean
     * of the k positions it spans, so ties never reorder anyone. For n = 1 the single value gets 0.5. Robust to
     * outliers, which is why it is the default for skewed counts such as citations.
     */
    PERCENTILE_RANK("percentile") {
        @Override
        double[] normalise(double[] values, double[] sorted) {
            int n = values.length;
            double[] result = new double[n];
            if (n == 1) {
                result[0] = 0.5;
                return result;
            }
            for (int i = 0; i < n; i++) {
                int below = lowerBound(sorted, values[i]);
                int equal = lowerBound(sorted, Math.nextUp(values[i])) - below;
                result[i] = (below + 0.5 * (equal - 1)) / (n - 1);
            }
            return result;
        }
    },
    /** {@code (x − min) / (max − min)}; when all values are equal every value gets 0.5. */
    MIN_MAX("minmax") {
        @Override
        double[] normalise(double[] values, double[] sorted) {
            int n = values.length;
            double[] result = new double[n];
            if (n == 0) {
                return result;
            }
            double min = sorted[0];
            double range = sorted[n - 1] - min;
            for (int i = 0; i < n; i++) {
                result[i] = range == 0 ? 0.5 : (values[i] - min) / range;
            }
            return result;
        }
    },
    /**
     * Standard score {@code (x − mean) / sd} with the population standard deviation (divisor n, the group is the
     * whole population being evaluated); when sd is 0 every value gets 0.
     */
    Z_SCORE("zscore") {
        @Override
        double[] normalise(double[] values, double[] sorted) {
            int n = values.length;
            double[] result = new double[n];
            if (n == 0 || sorted[0] == sorted[n - 1]) {
                return result; // all equal: exactly 0, whatever rounding the mean would carry
            }
            double sum = 0;
            for (double value : sorted) {
                sum += value;
            }
            double mean = sum / n;
            double squares = 0;
            for (double value : sorted) {
                squares += (value - mean) * (value - mean);
            }
            double sd = Math.sqrt(squares / n);
            for (int i = 0; i < n; i++) {
                result[i] = sd == 0 ? 0 : (values[i] - mean) / sd;
            }
            return result;
        }
    };

    /** The normalisation used when the scheme does not choose one. */
    public static final Normalisation DEFAULT = PERCENTILE_RANK;

    private final String code;

    Normalisation(String code) {
        this.code = code;
    }

    /** The stable identifier stored with results. */
    public String code() {
        return code;
    }

    /**
     * The normalised values, in the order of {@code values}; the argument is not modified.
     *
     * @throws InvalidInputException {@code mcda.normalisation.notFinite} (1-based position, value)
     */
    public double[] apply(double[] values) {
        double[] canonical = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new InvalidInputException("mcda.normalisation.notFinite", i + 1, String.valueOf(values[i]));
            }
            canonical[i] = values[i] + 0.0; // turns -0.0 into 0.0
        }
        double[] sorted = canonical.clone();
        Arrays.sort(sorted);
        return normalise(canonical, sorted);
    }

    abstract double[] normalise(double[] values, double[] sorted);

    /**
     * The normalisation with the given {@link #code()} (case-insensitive).
     *
     * @throws InvalidInputException {@code mcda.normalisation.unknown} (code, known codes)
     */
    public static Normalisation fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(normalisation -> normalisation.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("mcda.normalisation.unknown", code,
                        String.join(", ", Arrays.stream(values()).map(Normalisation::code).toList())));
    }

    /** Index of the first element of {@code sorted} that is not smaller than {@code key}. */
    private static int lowerBound(double[] sorted, double key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
