package org.talentbench.core.scoring.mcda;

import java.util.Arrays;
import java.util.Locale;

import org.talentbench.core.InvalidInputException;

/**
 * The published Random Index (RI) tables that turn AHP's consistency index into a consistency ratio
 * ({@code CR = CI / RI(n)}).
 *
 * <p>The tables disagree (for n = 12 by as much as 0.06), so the table is an explicit choice and every
 * {@link AhpResult} records the one that produced it. {@link #SAATY} is the default; its n = 12 value is 1.48 exactly
 * as printed in the classic table, although some libraries use 1.53.
 *
 * <p>Values exist for 1 ≤ n ≤ {@value #MAX_ORDER}. Where a source gives no value for n = 1 or 2, RI is 0 there: a
 * reciprocal matrix of order 1 or 2 is always perfectly consistent, and {@link Ahp} reports CR = 0 for it rather than
 * dividing by zero. Each constant has a stable {@link #code()} for storage and the command line; never persist
 * {@link #name()} or {@link #ordinal()}.
 *
 * <p>Immutable and thread-safe.
 */
public enum RandomIndex {
    /** Saaty's classic table (the default). */
    SAATY("saaty",
            "Saaty, The Analytic Hierarchy Process (1980), classic random index table",
            0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59),
    /** Saaty's revised table from the ANP book. */
    SAATY_2005("saaty2005",
            "Saaty, Theory and Applications of the Analytic Network Process (2005), p. 31",
            0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59),
    /** Donegan and Dodd's simulated table. */
    DONEGAN_DODD("donegan-dodd",
            "Donegan & Dodd, Mathematical and Computer Modelling 15(10):135-137 (1991)",
            0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822,
            1.4969),
    /** Tummala and Ling's table. */
    TUMMALA_LING("tummala-ling",
            "Tummala & Ling, Theory and Decision 44(3):221-230 (1998)",
            0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356, 1.5571, 1.5714,
            1.5831);

    /** The table used when the caller does not choose one. */
    public static final RandomIndex DEFAULT = SAATY;

    /** The largest matrix order every table covers. */
    public static final int MAX_ORDER = 15;

    private final String code;
    private final String citation;
    private final double[] values;

    RandomIndex(String code, String citation, double... values) {
        this.code = code;
        this.citation = citation;
        this.values = values;
    }

    /** The stable identifier stored with results and accepted by the command line, e.g. {@code "saaty2005"}. */
    public String code() {
        return code;
    }

    /** Where the table was published. */
    public String citation() {
        return citation;
    }

    /**
     * The random index for a matrix of order {@code n}.
     *
     * @throws InvalidInputException {@code mcda.ri.orderOutOfRange} (n, max) unless 1 ≤ n ≤ {@value #MAX_ORDER}
     */
    public double value(int n) {
        if (n < 1 || n > MAX_ORDER) {
            throw new InvalidInputException("mcda.ri.orderOutOfRange", n, MAX_ORDER);
        }
        return values[n - 1];
    }

    /**
     * The table with the given {@link #code()} (case-insensitive).
     *
     * @throws InvalidInputException {@code mcda.ri.unknownTable} (code, known codes)
     */
    public static RandomIndex fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(table -> table.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("mcda.ri.unknownTable", code, knownCodes()));
    }

    private static String knownCodes() {
        return String.join(", ", Arrays.stream(values()).map(RandomIndex::code).toList());
    }
}
