package org.talentbench.demo;

/**
 * Check-digit arithmetic for the identifiers the demo writes, so that a demo patent number or ISBN passes the same
 * validation a real one would. Stateless; thread-safe.
 */
final class Identifiers {
    private Identifiers() {
    }

    private static final int[] CN_PATENT_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    /**
     * The check character of a 12-digit Chinese patent application number (since 2003: filing year, type digit,
     * 7-digit serial): the digits weighted 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5, summed, modulo 11; 10 is written X.
     */
    static char cnPatentCheck(String twelveDigits) {
        if (twelveDigits.length() != 12) {
            throw new IllegalArgumentException("expected 12 digits: " + twelveDigits);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * CN_PATENT_WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /**
     * A patent application number as printed, {@code CN202310123456.7}.
     *
     * @param typeDigit 1 invention, 2 utility model, 3 design, 8 PCT invention entering the national phase
     */
    static String cnPatentNumber(int year, int typeDigit, long serial) {
        String digits = String.format("%04d%d%07d", year, typeDigit, serial % 10_000_000L);
        return "CN" + digits + '.' + cnPatentCheck(digits);
    }

    /** The ISBN-13 check digit of the first twelve digits (weights 1 and 3 alternating, modulo 10). */
    static int isbn13Check(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * An ISBN-13 written with hyphens: {@code 978-<registrant>-<title>-<check>}, where {@code registrant} is the
     * group and publisher part ({@code 7-03} for 科学出版社) and {@code title} is padded to fill nine digits.
     */
    static String isbn13(String registrant, long title) {
        int titleDigits = 9 - registrant.replace("-", "").length();
        String titlePart = String.format("%0" + titleDigits + "d", title % pow10(titleDigits));
        String digits = "978" + registrant.replace("-", "") + titlePart;
        return "978-" + registrant + "-" + titlePart + "-" + isbn13Check(digits);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
