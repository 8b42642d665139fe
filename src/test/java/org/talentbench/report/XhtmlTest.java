package org.talentbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The XHTML writer escapes all data and refuses markup that would not be well-formed. */
class XhtmlTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "王晓明|王晓明",
        "<b>x</b>|&lt;b&gt;x&lt;/b&gt;",
        "a & b|a &amp; b",
        "`say \"hi\"`|say &quot;hi&quot;",
        "`tab\there`|tab here",
        "`bell\u0007`|bell[U+0007]",
        "𠮷|𠮷",
    })
    void escapesTextForElementsAndAttributes(String raw, String escaped) {
        assertEquals(escaped, Xhtml.escape(raw));
    }

    @Test
    void textKeepsQuotesAndNewlinesButEscapesMarkup() {
        String out = new Xhtml().element("p", "\"<i>\"\nline").toString();
        assertEquals("<p>\"&lt;i&gt;\"\nline</p>", out);
    }

    @Test
    void attributesAreEscapedAndNullOnesLeftOut() {
        String out = new Xhtml().empty("img", "alt", "a\"b<c>", "title", null).toString();
        assertEquals("<img alt=\"a&quot;b&lt;c&gt;\"/>", out);
    }

    @Test
    void loneSurrogateBecomesAVisibleCode() {
        assertEquals("x[U+D800]y", Xhtml.escape("x\uD800y"));
    }

    @Test
    void mismatchedOrUnclosedElementsAreRefused() {
        assertThrows(IllegalStateException.class, () -> new Xhtml().open("div").close("span"));
        assertThrows(IllegalStateException.class, () -> new Xhtml().open("div").toString());
        assertThrows(IllegalStateException.class, () -> new Xhtml().fragment(new Xhtml().open("p")));
    }

    @Test
    void namesMustBePlainNames() {
        assertThrows(IllegalArgumentException.class, () -> new Xhtml().open("div onclick=x"));
        assertThrows(IllegalArgumentException.class, () -> new Xhtml().open("div", "on click", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Xhtml().open("div", "class"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "abc|`\"abc\"`",
        "`a\"b`|`\"a\\\"b\"`",
        "`a\\b`|`\"a\\\\b\"`",
        "第 页|`\"第 页\"`",
    })
    void cssStringsAreQuotedAndEscaped(String raw, String css) {
        assertEquals(css, Xhtml.cssString(raw));
    }
}
