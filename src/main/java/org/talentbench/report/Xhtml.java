package org.talentbench.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tiny writer of well-formed XHTML (and inline SVG) for the report templates: every text and attribute value is
 * escaped, element and attribute names must be plain names written in code, and closing tags are checked against
 * the open ones, so no data from a profile can break the markup or inject any. Characters that XML 1.0 forbids
 * (control characters, lone surrogates) are written as a visible {@code [U+XXXX]} instead of being dropped.
 *
 * <p>Not thread-safe: one writer builds one document on one thread.
 */
public final class Xhtml {
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:-]*");

    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out. */
    public Xhtml open(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element, which must be {@code tag}. */
    public Xhtml close(String tag) {
        String top = open.poll();
        if (!tag.equals(top)) {
            throw new IllegalStateException("closing <" + tag + "> but <" + top + "> is open");
        }
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only {@code text}. */
    public Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element with no content, written as {@code <tag/>}. */
    public Xhtml empty(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append("/>");
        return this;
    }

    /** Escaped text; null writes nothing. */
    public Xhtml text(String text) {
        if (text != null) {
            escapeInto(text, out, false);
        }
        return this;
    }

    /** Appends a fragment built by another writer, which must be complete (all its elements closed). */
    public Xhtml fragment(Xhtml other) {
        if (!other.open.isEmpty()) {
            throw new IllegalStateException("fragment still has <" + other.open.peek() + "> open");
        }
        out.append(other.out);
        return this;
    }

    /** The markup; every element must be closed. */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("<" + open.peek() + "> is still open");
        }
        return out.toString();
    }

    /** {@code text} escaped for XML element content and attribute values. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        escapeInto(text, sb, true);
        return sb.toString();
    }

    /** {@code text} as a CSS string literal in double quotes. */
    public static String cssString(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp < 0x20 || cp == 0x7F) {
                sb.append('\\').append(Integer.toHexString(cp)).append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }

    /** {@code U+20BB7} for a code point. */
    public static String unicodeName(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    private void startTag(String tag, String[] attributes) {
        checkName(tag);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            checkName(attributes[i]);
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escapeInto(attributes[i + 1], out, true);
            out.append('"');
        }
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain element or attribute name: " + name);
        }
    }

    private static void escapeInto(String text, StringBuilder sb, boolean attribute) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> sb.append(attribute ? " " : String.valueOf((char) cp));
                default -> {
                    if (isXmlChar(cp)) {
                        sb.appendCodePoint(cp);
                    } else {
                        sb.append('[').append(unicodeName(cp)).append(']');
                    }
                }
            }
        }
    }

    private static boolean isXmlChar(int cp) {
        return (cp >= 0x20 && cp <= 0xD7FF && cp != 0x7F) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
    }
}
