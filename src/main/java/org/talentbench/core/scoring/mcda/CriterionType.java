package org.talentbench.core.scoring.mcda;

import java.util.Arrays;
import java.util.Locale;

import org.talentbench.core.InvalidInputException;

/**
 * Whether more of a criterion is better ({@link #BENEFIT}, e.g. citations) or worse ({@link #COST}, e.g. years to
 * degree). Each constant has a stable {@link #code()}; {@link #fromCode(String)} also accepts the command line's
 * {@code max}/{@code min}.
 */
public enum CriterionType {
    /** Larger is better. */
    BENEFIT("benefit", "max"),
    /** Smaller is better. */
    COST("cost", "min");

    private final String code;
    private final String alias;

    CriterionType(String code, String alias) {
        this.code = code;
        this.alias = alias;
    }

    /** The stable identifier stored with results. */
    public String code() {
        return code;
    }

    /**
     * The type named by its {@link #code()} or by {@code max} (benefit) / {@code min} (cost), case-insensitive.
     *
     * @throws InvalidInputException {@code mcda.unknownCriterionType} (text)
     */
    public static CriterionType fromCode(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.code.equals(wanted) || type.alias.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("mcda.unknownCriterionType", text));
    }
}
