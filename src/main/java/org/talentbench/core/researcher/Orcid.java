package org.talentbench.core.researcher;

/**
 * ORCID iD checks: the 16-character identifier written as four hyphen-separated groups ({@code 0000-0002-1825-0097})
 * whose last character is the ISO 7064 MOD 11-2 check character of the first fifteen digits ({@code X} stands
 * for ten).
 *
 * <p>An ORCID iD is what links a profile to outside bibliographic records, so a mistyped one must be caught when it is
 * entered rather than when an import silently fetches somebody else's works. Stateless and thread-safe.
 */
public final class Orcid {
    private Orcid() {
    }

    /**
     * Whether {@code value} is an ORCID iD in the stored form {@code dddd-dddd-dddd-dddC} with a correct check
     * character. Leading/trailing blanks, a missing hyphen, a URL prefix or a lower-case {@code x} make it invalid:
     * the stored form is canonical so that equal iDs compare equal.
     */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 19) {
            return false;
        }
        StringBuilder digits = new StringBuilder(15);
        for (int i = 0; i < 19; i++) {
            char c = value.charAt(i);
            if (i == 4 || i == 9 || i == 14) {
                if (c != '-') {
                    return false;
                }
            } else if (i < 18) {
                if (c < '0' || c > '9') {
                    return false;
                }
                digits.append(c);
            }
        }
        char last = value.charAt(18);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return false;
        }
        return checkDigit(digits.toString()) == last;
    }

    /**
     * The ISO 7064 MOD 11-2 check character of the first fifteen digits of an iD ({@code '0'}–{@code '9'} or
     * {@code 'X'}).
     *
     * @param first15 exactly fifteen ASCII digits, without hyphens
     * @throws IllegalArgumentException when {@code first15} is not fifteen digits: this method builds iDs in code;
     *                                  user input goes through {@link #isValid(String)}
     */
    public static char checkDigit(String first15) {
        if (first15 == null || first15.length() != 15) {
            throw new IllegalArgumentException("expected 15 digits: " + first15);
        }
        int total = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("expected 15 digits: " + first15);
            }
            total = (total + (c - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }

    /** Formats fifteen digits and their check character as {@code dddd-dddd-dddd-dddC}. */
    public static String format(String first15) {
        char check = checkDigit(first15);
        return first15.substring(0, 4) + '-' + first15.substring(4, 8) + '-' + first15.substring(8, 12) + '-'
                + first15.substring(12, 15) + check;
    }
}
