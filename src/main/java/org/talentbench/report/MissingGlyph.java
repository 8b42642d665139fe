package org.talentbench.report;

import java.util.Objects;
import org.talentbench.i18n.Messages;

/**
 * A character of a document that neither the bundled Noto Sans SC nor any installed font can show (a rare character
 * in a name, such as 𠮷 U+20BB7, on a machine without an extension-B font). The PDF is still written, with a visible
 * {@code [U+XXXX]} in the character's place; the caller must show this warning to the person exporting.
 *
 * @param codePoint the Unicode code point
 * @param unicode   the code point written as {@code U+20BB7}
 * @param where     a short piece of the text the character appears in, so that the person can find it
 */
public record MissingGlyph(int codePoint, String unicode, String where) {
    public MissingGlyph {
        Objects.requireNonNull(unicode, "unicode");
        where = where == null ? "" : where;
    }

    public MissingGlyph(int codePoint, String where) {
        this(codePoint, Xhtml.unicodeName(codePoint), where);
    }

    /** The character itself. */
    public String character() {
        return new String(Character.toChars(codePoint));
    }

    /** The warning in the user's language: which character, its code, where it is and what the PDF shows. */
    public String message(Messages messages) {
        return messages.get("report.warning.missingGlyph", character(), unicode, where);
    }
}
