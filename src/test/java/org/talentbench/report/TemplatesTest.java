package org.talentbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.FileNames;
import org.talentbench.i18n.Language;

/** The document frame: page counters from translated patterns, well-formed output, tables and bookmarks. */
class TemplatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "第 {0} 页，共 {1} 页|`\"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\"`",
        "Page {0} of {1}|`\"Page \" counter(page) \" of \" counter(pages)`",
        "{0}/{1}|`counter(page) \"/\" counter(pages)`",
        "{1} pages, this is {0}|`counter(pages) \" pages, this is \" counter(page)`",
    })
    void pageCounterBecomesCssContent(String pattern, String css) {
        assertEquals(css, Templates.pageCounter(pattern));
    }

    @Test
    void documentIsWellFormedXhtmlWithMetadataAndBookmarks() {
        String xhtml = ReportFixtures.sheet(Language.ZH).toXhtml();
        var dom = PdfRenderer.parse(xhtml);
        assertEquals("html", dom.getDocumentElement().getLocalName());
        assertEquals("zh-CN", dom.getDocumentElement().getAttribute("lang"));
        assertTrue(xhtml.contains("<title>科研人员数据核对表 — 王晓明</title>"));
        assertTrue(xhtml.contains("<meta name=\"author\" content=\"江苏省先进技术研究院\"/>"));
        assertTrue(xhtml.contains("<bookmark name=\"基本信息\" href=\"#s1\"/>"));
        assertTrue(xhtml.contains("<h2 id=\"s1\">基本信息</h2>"));
    }

    @Test
    void tableRowsAndNumericColumnsAreWritten() {
        Xhtml x = new Xhtml();
        Templates.table(x, List.of("a", "b"), new int[] {30, 70}, List.of(List.of("1\n2", "3")), java.util.Set.of(1));
        assertEquals("<table class=\"tb-table\"><thead><tr><th style=\"width: 30%\">a</th>"
                + "<th style=\"width: 70%\" class=\"tb-num\">b</th></tr></thead><tbody><tr><td>1<br/>2</td>"
                + "<td class=\"tb-num\">3</td></tr></tbody></table>", x.toString());
    }

    @Test
    void malformedXhtmlIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PdfRenderer.parse("<html><body></html>"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PdfRenderer.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><html>&e;</html>"));
    }

    @Test
    void fileNamesAreSafe() {
        assertEquals("verification-E1001", FileNames.safe("verification-E1001"));
        assertEquals("summary-E_10_01", FileNames.safe("summary-E/10:01"));
        assertEquals("document", FileNames.safe("../"));
    }
}
