package org.talentbench.core.researcher;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ORCID iD rules: the canonical form is sixteen characters in four dash-separated groups
 * ({@code 0000-0002-1825-0097}), the last being an ISO 7064 MOD 11-2 check character (a digit or {@code X}).
 * A researcher's {@code orcid} field holds this canonical form or is empty.
 *
 * <p>Stateless and thread-safe; no I/O.
 */
public final class Orcid {
    private static final Pattern CANONICAL = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    private static final Pattern PREFIX = Pattern.compile("^(?:https?://)?(?:www\\.|sandbox\\.)?orcid\\.org/",
            Pattern.CASE_INSENSITIVE);

    private Orcid() {
    }

    /**
     * The MOD 11-2 check character for the fifteen base digits (dashes are ignored).
     *
     * @throws IllegalArgumentException when {@code baseDigits} does not hold exactly fifteen digits
     */
    public static char checkDigit(String baseDigits) {
        String digits = baseDigits.replace("-", "");
        if (digits.length() != 15 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("fifteen digits expected: " + baseDigits);
        }
        int total = 0;
        for (int i = 0; i < digits.length(); i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }

    /** True when {@code value} is in canonical form and its check character is right. */
    public static boolean isValid(String value) {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            return false;
        }
        return checkDigit(value.substring(0, 18)) == value.charAt(18);
    }

    /**
     * The canonical form of an iD written as a bare iD, with a lower-case {@code x}, without dashes, or as an
     * {@code https://orcid.org/…} URI; empty when the text is not a valid ORCID iD.
     */
    public static Optional<String> normalise(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = PREFIX.matcher(value.strip()).replaceFirst("").toUpperCase(Locale.ROOT).replace("-", "");
        if (s.length() != 16) {
            return Optional.empty();
        }
        String canonical = s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-"
                + s.substring(12);
        return isValid(canonical) ? Optional.of(canonical) : Optional.empty();
    }
}
