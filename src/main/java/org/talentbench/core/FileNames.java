package org.talentbench.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names made from people's, rounds' and challenges' names, for every document and export the app proposes: one
 * rule, so that the same name gives the same file from the CLI, the Reports screen and the batch export. Chinese and
 * other letters are kept; what Windows, macOS or Linux refuse or treat specially is replaced. Pure and thread-safe.
 */
public final class FileNames {
    /** How long a proposed name may be, in code points, before the extension. */
    public static final int MAX_LENGTH = 100;
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final Pattern RESERVED = Pattern.compile("(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");

    private FileNames() {
    }

    /**
     * {@code text} as a file name without extension: control characters, white space and {@code <>:"/\|?*} become
     * one {@code _} per run; leading dots and underscores (hidden files, {@code ..}) and trailing dots and spaces
     * (which Windows drops) are removed; at most {@link #MAX_LENGTH} code points; a Windows device name (CON, NUL,
     * COM1 …) gets a leading {@code _}; nothing left gives {@code document}.
     */
    public static String safe(String text) {
        StringBuilder sb = new StringBuilder();
        boolean replaced = false;
        for (int i = 0; text != null && i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20 || cp == 0x7f || FORBIDDEN.indexOf(cp) >= 0 || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)) {
                if (!replaced) {
                    sb.append('_');
                }
                replaced = true;
            } else {
                sb.appendCodePoint(cp);
                replaced = false;
            }
        }
        String s = sb.toString().replaceAll("^[._]+", "");
        if (s.codePointCount(0, s.length()) > MAX_LENGTH) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH));
        }
        s = s.replaceAll("[. ]+$", "");
        if (RESERVED.matcher(s.toUpperCase(Locale.ROOT)).matches()) {
            s = "_" + s;
        }
        return s.isEmpty() ? "document" : s;
    }
}
