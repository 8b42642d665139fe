package org.talentbench.exchange.scholarly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Lenient date reading for scholarly sources, where dates are often partial. Never throws. */
final class Dates {
    private Dates() {
    }

    /**
     * A date from year, month and day texts: a missing or impossible month or day becomes 1; null when the year is
     * missing or not a year between 1 and 9999.
     */
    static LocalDate partial(String year, String month, String day) {
        Integer y = parse(year);
        if (y == null || y < 1 || y > 9999) {
            return null;
        }
        Integer m = parse(month);
        if (m == null || m < 1 || m > 12) {
            m = 1;
            day = null;
        }
        Integer d = parse(day);
        LocalDate firstOfMonth = LocalDate.of(y, m, 1);
        if (d == null || d < 1 || d > firstOfMonth.lengthOfMonth()) {
            return firstOfMonth;
        }
        return LocalDate.of(y, m, d);
    }

    /** The date part of an ISO date or date-time text ({@code 2025-06-11T00:03:37.532706}); null if none. */
    static LocalDate isoDatePart(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The UTC date of an epoch-millisecond instant; null when absent or out of range. */
    static LocalDate epochMillis(Long millis) {
        if (millis == null) {
            return null;
        }
        try {
            LocalDate d = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
            return d.getYear() >= 1 && d.getYear() <= 9999 ? d : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
