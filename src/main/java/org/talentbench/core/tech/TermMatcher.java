package org.talentbench.core.tech;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a matching term is found in a text, the same way everywhere (suggestions, the talent map, the candidate
 * finder), so that a person can predict it:
 * <ol>
 *   <li>Both texts are normalised: Unicode NFKC (full-width letters and digits become ASCII), lower case, hyphens,
 *       underscores, slashes and dashes become spaces, runs of spaces become one.</li>
 *   <li>A term containing any non-ASCII character (Chinese) matches wherever it occurs.</li>
 *   <li>An ASCII term matches only as whole words: the character before it and the one after it must not be an
 *       ASCII letter or digit, except that an English plural ending "s" or "es" may follow. So "SiC" does not
 *       match "basic", "GaN" not "organ", "ADC" matches "SAR ADCs", and "SiC" matches "碳化硅SiC器件".</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class TermMatcher {
    private TermMatcher() {
    }

    /** The normalised form of a text or term. */
    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = (plain(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean sep = Character.isWhitespace(c) || c == '-' || c == '_' || c == '/' || c == '\u2010'
                    || c == '\u2013' || c == '\u2014' || c == '\u00a0';
            if (sep) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(c);
                space = false;
            }
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }

    /** ASCII and CJK unified ideographs are unchanged by NFKC; most titles need no normalisation pass. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the normalised term is plain ASCII (matched as whole words). */
    public static boolean isAscii(String normalisedTerm) {
        for (int i = 0; i < normalisedTerm.length(); i++) {
            if (normalisedTerm.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code normalisedTerm} occurs in {@code normalisedText} by the rules above. */
    public static boolean contains(String normalisedText, String normalisedTerm) {
        return contains(normalisedText, normalisedTerm, isAscii(normalisedTerm));
    }

    static boolean contains(String text, String term, boolean ascii) {
        if (term.isEmpty() || text.length() < term.length()) {
            return false;
        }
        if (!ascii) {
            return text.contains(term);
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(term, from);
            if (at < 0) {
                return false;
            }
            if ((at == 0 || !alnum(text.charAt(at - 1))) && endsWord(text, at + term.length())) {
                return true;
            }
            from = at + 1;
        }
    }

    /** Whether the text between {@code start} and {@code end} stands as a whole word (plural ending allowed). */
    static boolean wordAt(String text, int start, int end) {
        return (start == 0 || !alnum(text.charAt(start - 1))) && endsWord(text, end);
    }

    private static boolean endsWord(String text, int end) {
        if (end >= text.length() || !alnum(text.charAt(end))) {
            return true;
        }
        if (text.charAt(end) == 's') {
            return end + 1 >= text.length() || !alnum(text.charAt(end + 1));
        }
        if (text.startsWith("es", end)) {
            return end + 2 >= text.length() || !alnum(text.charAt(end + 2));
        }
        return false;
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
}
