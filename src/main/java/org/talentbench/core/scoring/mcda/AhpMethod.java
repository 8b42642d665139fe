package org.talentbench.core.scoring.mcda;

import java.util.Arrays;
import java.util.Locale;

import org.talentbench.core.InvalidInputException;

/**
 * How {@link Ahp} derives priorities and λmax from a pairwise comparison matrix.
 *
 * <p>The two give different λmax, hence different consistency ratios, for the same inconsistent matrix (for the
 * reference 8×8 matrix 8.6982 against 8.7264), so every {@link AhpResult} records which one produced it. Each constant
 * has a stable {@link #code()} for storage and the command line.
 */
public enum AhpMethod {
    /**
     * The principal right eigenvector (Saaty's definition, the default): power iteration until no weight moves by
     * 1e-12, normalised to sum 1; λmax = Σ (A·w)_i.
     */
    EIGENVECTOR("eigenvector"),
    /**
     * Saaty's hand-calculation shortcut: weights are the row means of the column-normalised matrix and
     * λmax = mean of (A·w)_i / w_i.
     */
    APPROXIMATE("approximate");

    /** The method used when the caller does not choose one. */
    public static final AhpMethod DEFAULT = EIGENVECTOR;

    private final String code;

    AhpMethod(String code) {
        this.code = code;
    }

    /** The stable identifier stored with results and accepted by the command line. */
    public String code() {
        return code;
    }

    /**
     * The method with the given {@link #code()} (case-insensitive).
     *
     * @throws InvalidInputException {@code mcda.ahp.unknownMethod} (code, known codes)
     */
    public static AhpMethod fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(method -> method.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("mcda.ahp.unknownMethod", code,
                        String.join(", ", Arrays.stream(values()).map(AhpMethod::code).toList())));
    }
}
