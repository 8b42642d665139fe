package org.talentbench.core.scoring.mcda;

import java.util.Arrays;
import java.util.Locale;

import org.talentbench.core.InvalidInputException;

/**
 * How {@link Topsis} brings the criteria to a common scale before weighting. The choice changes the closeness values
 * and can change the order (reference T2: 0.500, 0.617, 0.500 with min-max against 0.762, 0.722, 0.238 with vector
 * normalisation), so it is explicit and recorded in every {@link TopsisResult}.
 */
public enum TopsisNormalisation {
    /**
     * Hwang and Yoon's original: {@code r_ij = x_ij / sqrt(Σ_i x_ij²)}; the ideal takes the largest weighted value of a
     * benefit criterion and the smallest of a cost criterion. Meant for ratio-scale data with a true zero.
     */
    VECTOR("vector"),
    /**
     * Linear min-max: {@code (x − min)/(max − min)} for a benefit criterion, {@code (max − x)/(max − min)} for a cost
     * criterion, so every criterion becomes "larger is better"; the ideal is the largest weighted value and the
     * anti-ideal the smallest.
     */
    MIN_MAX("minmax");

    private final String code;

    TopsisNormalisation(String code) {
        this.code = code;
    }

    /** The stable identifier stored with results and accepted by the command line. */
    public String code() {
        return code;
    }

    /**
     * The normalisation with the given {@link #code()} (case-insensitive; {@code min-max} is accepted too).
     *
     * @throws InvalidInputException {@code mcda.topsis.unknownNormalisation} (code, known codes)
     */
    public static TopsisNormalisation fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).replace("-", "");
        return Arrays.stream(values())
                .filter(normalisation -> normalisation.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("mcda.topsis.unknownNormalisation", code,
                        String.join(", ", Arrays.stream(values()).map(TopsisNormalisation::code).toList())));
    }
}
