package org.talentbench.exchange.sheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of cell texts that spreadsheets from Chinese offices actually contain. Stateless and thread-safe.
 */
public final class CellValues {
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL_TEXT = Pattern.compile("\\d{5}(\\.0+)?");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}.*");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final long MAX_SERIAL = 2_958_465; // 9999-12-31

    private CellValues() {
    }

    /**
     * A date written as 2020-03-05, 2020/3/5, 2020.3.5, 2020年3月5日, 20200305, an ISO date-time (its date part),
     * or an Excel serial number of five digits (a CSV saved from Excel without date formatting).
     */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        int t = s.indexOf('T');
        if (t == 10 || (s.length() > 10 && s.charAt(10) == ' ' && TIME.matcher(s.substring(11)).matches())) {
            s = s.substring(0, 10);
        }
        Matcher m = YMD.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
            if (!m.matches()) {
                if (SERIAL_TEXT.matcher(s).matches()) {
                    return fromSerial(new BigDecimal(s), false);
                }
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The date of an Excel serial number; the time of day is dropped. In the 1900 system serial 1 is 1900-01-01 and
     * serial 60 is Excel's non-existent 1900-02-29 (refused); in the 1904 system serial 0 is 1904-01-01.
     */
    public static Optional<LocalDate> fromSerial(BigDecimal serial, boolean date1904) {
        if (serial == null || serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(MAX_SERIAL)) > 0) {
            return Optional.empty();
        }
        long days = serial.longValue();
        if (date1904) {
            return Optional.of(EPOCH_1904.plusDays(days));
        }
        if (days < 1 || days == 60) {
            return Optional.empty();
        }
        return Optional.of(days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days));
    }

    /** 是/否, yes/no, y/n, true/false, 1/0, √/×, 对/错; empty when none. */
    public static Optional<Boolean> parseBoolean(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip()
                .toLowerCase(Locale.ROOT);
        return switch (s) {
            case "是", "yes", "y", "true", "1", "√", "对", "有" -> Optional.of(Boolean.TRUE);
            case "否", "no", "n", "false", "0", "×", "x", "错", "无" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** A decimal number; thousands separators and full-width digits accepted. */
    public static Optional<BigDecimal> parseNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (isPlainDecimal(text)) {
            return Optional.of(new BigDecimal(text));
        }
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code s} is ASCII {@code [+-]?digits[.digits]} (or {@code [+-]?.digits}): the common case, which needs
     * neither normalisation nor the patterns (and which they accept unchanged).
     */
    private static boolean isPlainDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (ch == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0 && digits <= 30;
    }

    /** The plain text of a number: no exponent, no trailing zeros ({@code 60.0} → {@code 60}). */
    public static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** The plain text of a double that reads back to the same double. */
    public static String plain(double d) {
        return plain(BigDecimal.valueOf(d));
    }
}
