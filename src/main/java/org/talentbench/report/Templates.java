package org.talentbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

/**
 * The common frame of every TalentBench PDF and the building blocks documents are made of: the XHTML head (title,
 * author, subject, bookmarks, stylesheet), the page layout (A4, header with the institute's logo and name on every
 * page, "page x of y" in the footer), headings that become bookmarks, label–value grids, tables whose header row is
 * repeated on each page, and signature lines. Everything goes through {@link Xhtml}, so all data is escaped.
 *
 * <p>The stylesheet names no font: {@link PdfRenderer} sets the font family (the bundled Noto Sans SC and any
 * fallbacks) for the whole document, so nothing can fall back to an unembedded PDF base font. Stateless and
 * thread-safe, except {@link Outline}, which belongs to one document being built.
 */
public final class Templates {
    /** Margin boxes of CSS paged media; the renderer gives each the document's fonts. */
    static final List<String> MARGIN_BOXES = List.of("top-left-corner", "top-left", "top-center", "top-right",
            "top-right-corner", "right-top", "right-middle", "right-bottom", "bottom-right-corner", "bottom-right",
            "bottom-center", "bottom-left", "bottom-left-corner", "left-bottom", "left-middle", "left-top");

    private Templates() {
    }

    /**
     * What goes into the PDF's metadata and frame.
     *
     * @param title    document title: PDF title, bookmark root and page header
     * @param subject  PDF subject (one line on what the document is for)
     * @param keywords PDF keywords, may be empty
     * @param issued   the date printed as the export date
     */
    public record DocumentInfo(String title, String subject, String keywords, Language language, PageLayout layout,
                               LocalDate issued) {
        public DocumentInfo {
            Objects.requireNonNull(title, "title");
            subject = subject == null ? "" : subject;
            keywords = keywords == null ? "" : keywords;
            Objects.requireNonNull(language, "language");
            layout = layout == null ? PageLayout.A4_PORTRAIT : layout;
            Objects.requireNonNull(issued, "issued");
        }
    }

    /** One entry of the PDF's bookmarks (outline), pointing at the element with {@code anchorId}. */
    public record Bookmark(String title, String anchorId) {
    }

    /** The bookmarks of one document, collected while its sections are written. Not thread-safe. */
    public static final class Outline {
        private final List<Bookmark> bookmarks = new ArrayList<>();
        private final String prefix;
        private int next = 1;

        public Outline() {
            this("s");
        }

        /** An outline whose anchors start with {@code prefix}, so that several can share one document. */
        public Outline(String prefix) {
            this.prefix = prefix;
        }

        /** Writes a section heading with a fresh anchor and records it as a bookmark. */
        public Outline section(Xhtml body, String heading) {
            String id = prefix + next++;
            body.element("h2", heading, "id", id);
            bookmarks.add(new Bookmark(heading, id));
            return this;
        }

        /** As {@link #section(Xhtml, String)}, with a CSS class on the heading (e.g. to start a new page). */
        public Outline section(Xhtml body, String heading, String cssClass) {
            String id = prefix + next++;
            body.element("h2", heading, "id", id, "class", cssClass);
            bookmarks.add(new Bookmark(heading, id));
            return this;
        }

        public List<Bookmark> bookmarks() {
            return List.copyOf(bookmarks);
        }
    }

    /**
     * The whole document: head with metadata, stylesheet and bookmarks, then the running header and footer, then
     * {@code body}.
     */
    public static String document(DocumentInfo info, Letterhead letterhead, List<Bookmark> bookmarks, Xhtml body) {
        return document(info, letterhead, bookmarks, body, "");
    }

    /** As {@link #document(DocumentInfo, Letterhead, List, Xhtml)}, with a document's own CSS after the common sheet. */
    public static String document(DocumentInfo info, Letterhead letterhead, List<Bookmark> bookmarks, Xhtml body,
                                  String extraCss) {
        Messages m = Messages.of(info.language());
        String institute = letterhead.name(info.language());
        Xhtml x = new Xhtml();
        x.open("html", "xmlns", Xhtml.XHTML_NS, "lang", info.language() == Language.ZH ? "zh-CN" : "en");
        x.open("head");
        x.element("title", info.title());
        x.empty("meta", "name", "author", "content", institute);
        x.empty("meta", "name", "subject", "content", info.subject());
        if (!info.keywords().isBlank()) {
            x.empty("meta", "name", "keywords", "content", info.keywords());
        }
        x.element("style", stylesheet(info.layout(), m) + (extraCss == null ? "" : extraCss));
        if (!bookmarks.isEmpty()) {
            x.open("bookmarks");
            for (Bookmark b : bookmarks) {
                x.empty("bookmark", "name", b.title(), "href", "#" + b.anchorId());
            }
            x.close("bookmarks");
        }
        x.close("head");
        x.open("body");
        runningHeader(x, info, letterhead);
        x.open("div", "class", "tb-running-footer");
        x.text(m.get("report.footer", info.issued().toString()));
        x.close("div");
        x.fragment(body);
        x.close("body");
        x.close("html");
        return x.toString();
    }

    private static void runningHeader(Xhtml x, DocumentInfo info, Letterhead letterhead) {
        x.open("div", "class", "tb-running-header");
        x.open("table", "class", "tb-header-table");
        x.open("tr");
        x.open("td", "class", "tb-header-institute");
        String logo = letterhead.logoDataUri();
        if (logo != null) {
            x.empty("img", "class", "tb-logo", "src", logo, "alt", "");
        }
        x.element("span", letterhead.name(info.language()));
        x.close("td");
        x.element("td", info.title(), "class", "tb-header-title");
        x.close("tr");
        x.close("table");
        x.close("div");
    }

    /** The document title block: heading, and under it one line of smaller text (may be empty). */
    public static void title(Xhtml body, String title, String subtitle) {
        body.element("h1", title);
        if (subtitle != null && !subtitle.isBlank()) {
            body.element("p", subtitle, "class", "tb-subtitle");
        }
    }

    /** A paragraph of explanatory text. */
    public static void note(Xhtml body, String text) {
        body.element("p", text, "class", "tb-note");
    }

    /**
     * A grid of label–value pairs, {@code pairsPerRow} pairs to a row; a value may hold line breaks. Empty values
     * show as a dash so that a blank is visibly blank rather than forgotten.
     */
    public static void fields(Xhtml body, List<String[]> pairs, int pairsPerRow) {
        body.open("table", "class", "tb-fields");
        for (int i = 0; i < pairs.size(); i += pairsPerRow) {
            body.open("tr");
            for (int j = i; j < i + pairsPerRow; j++) {
                if (j < pairs.size()) {
                    body.element("th", pairs.get(j)[0]);
                    body.open("td");
                    multiline(body, orDash(pairs.get(j)[1]));
                    body.close("td");
                } else {
                    body.element("th", "");
                    body.element("td", "");
                }
            }
            body.close("tr");
        }
        body.close("table");
    }

    /**
     * A table with a header row that is repeated on every page it runs over; rows are not split across pages.
     *
     * @param widths column widths in percent (same count as headers), or null to let the layout decide
     * @param rows   cell texts; a newline in a cell starts a new line
     */
    public static void table(Xhtml body, List<String> headers, int[] widths, List<List<String>> rows) {
        table(body, headers, widths, rows, Set.of());
    }

    /** As {@link #table(Xhtml, List, int[], List)}, with the columns of {@code numeric} (0-based) right-aligned. */
    public static void table(Xhtml body, List<String> headers, int[] widths, List<List<String>> rows,
                             Set<Integer> numeric) {
        if (widths != null && widths.length != headers.size()) {
            throw new IllegalArgumentException(widths.length + " widths for " + headers.size() + " columns");
        }
        body.open("table", "class", "tb-table");
        body.open("thead");
        body.open("tr");
        for (int i = 0; i < headers.size(); i++) {
            String style = widths == null ? null : "width: " + widths[i] + "%";
            body.element("th", headers.get(i), "style", style, "class", numeric.contains(i) ? "tb-num" : null);
        }
        body.close("tr");
        body.close("thead");
        body.open("tbody");
        for (List<String> row : rows) {
            body.open("tr");
            for (int i = 0; i < row.size(); i++) {
                body.open("td", "class", numeric.contains(i) ? "tb-num" : null);
                multiline(body, row.get(i));
                body.close("td");
            }
            body.close("tr");
        }
        body.close("tbody");
        body.close("table");
    }

    /** Lines for handwritten signatures and dates, one row per label pair, kept together on one page. */
    public static void signatures(Xhtml body, List<String> signatureLabels, String dateLabel) {
        body.open("table", "class", "tb-signatures");
        for (String label : signatureLabels) {
            body.open("tr");
            body.element("th", label);
            body.element("td", "", "class", "tb-line");
            body.element("th", dateLabel, "class", "tb-date-label");
            body.element("td", "", "class", "tb-line tb-date-line");
            body.close("tr");
        }
        body.close("table");
    }

    /** Writes {@code text}, turning newlines into line breaks. */
    public static void multiline(Xhtml body, String text) {
        if (text == null) {
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                body.empty("br");
            }
            body.text(lines[i]);
        }
    }

    /** The parts that are not blank, separated by " · ". */
    public static String joinNonBlank(String... parts) {
        return String.join(" · ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    /** CSS {@code content} for "page x of y" from a message with {0} (page) and {1} (pages). */
    static String pageCounter(String pattern) {
        StringBuilder css = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            int p0 = pattern.indexOf("{0}", i);
            int p1 = pattern.indexOf("{1}", i);
            int next = p0 < 0 ? p1 : (p1 < 0 ? p0 : Math.min(p0, p1));
            if (next < 0) {
                appendCssString(css, pattern.substring(i));
                break;
            }
            appendCssString(css, pattern.substring(i, next));
            css.append(next == p0 ? " counter(page)" : " counter(pages)");
            i = next + 3;
        }
        return css.toString().strip();
    }

    private static void appendCssString(StringBuilder css, String text) {
        if (!text.isEmpty()) {
            css.append(' ').append(Xhtml.cssString(text));
        }
    }

    static String stylesheet(PageLayout layout, Messages m) {
        return """
                @page {
                  size: %s;
                  margin: 26mm 18mm 20mm 18mm;
                  @top-center { content: element(tbHeader); vertical-align: bottom; padding-bottom: 3mm; }
                  @bottom-left { content: element(tbFooter); vertical-align: top; padding-top: 3mm; }
                  @bottom-right { content: %s; vertical-align: top; padding-top: 3mm;
                                  font-size: 8pt; color: #555555; }
                }
                html { font-size: 10pt; color: #1a1a1a; }
                body { margin: 0; line-height: 1.45; }
                .tb-running-header { position: running(tbHeader); width: 100%%; }
                .tb-running-footer { position: running(tbFooter); font-size: 8pt; color: #555555; }
                .tb-header-table { width: 100%%; border-collapse: collapse; border-bottom: 0.6pt solid #1f4e79; }
                .tb-header-table td { padding: 0 0 1.5mm 0; vertical-align: middle; font-size: 9pt; }
                .tb-header-institute { color: #1f4e79; font-weight: bold; }
                .tb-header-title { text-align: right; color: #555555; }
                .tb-logo { height: 9mm; margin-right: 2mm; vertical-align: middle; }
                h1 { font-size: 16pt; font-weight: bold; color: #1f4e79; margin: 0 0 1mm 0; }
                .tb-subtitle { margin: 0 0 4mm 0; color: #555555; }
                h2 { font-size: 12pt; font-weight: bold; color: #1f4e79; margin: 6mm 0 2mm 0;
                     padding-bottom: 1mm; border-bottom: 0.5pt solid #9db3cc; page-break-after: avoid; }
                h3 { font-size: 10.5pt; font-weight: bold; margin: 4mm 0 1.5mm 0; page-break-after: avoid; }
                p { margin: 0 0 2mm 0; }
                .tb-note { color: #333333; }
                .tb-muted { color: #666666; }
                table { border-collapse: collapse; width: 100%%; }
                .tb-fields, .tb-signatures, .tb-header-table { table-layout: fixed; }
                td, th { word-wrap: break-word; }
                .tb-fields th { text-align: left; font-weight: normal; color: #555555; width: 17%%;
                                padding: 1.2mm 2mm 1.2mm 0; vertical-align: top; }
                .tb-fields td { padding: 1.2mm 4mm 1.2mm 0; vertical-align: top; width: 33%%; }
                .tb-table { -fs-table-paginate: paginate; table-layout: fixed; margin-bottom: 3mm; font-size: 8.5pt; }
                .tb-table thead { display: table-header-group; }
                .tb-table tr { page-break-inside: avoid; }
                .tb-table th { background-color: #e8eef5; color: #1a1a1a; font-weight: bold; text-align: left;
                               border: 0.5pt solid #b7c4d3; padding: 1.2mm 1.5mm; vertical-align: bottom; }
                .tb-table td { border: 0.5pt solid #c8d1dc; padding: 1.2mm 1.5mm; vertical-align: top; }
                .tb-table th.tb-num, .tb-table td.tb-num { text-align: right; }
                .tb-work { page-break-inside: avoid; border: 0.5pt solid #c8d1dc; padding: 2mm 3mm;
                           margin-bottom: 3mm; }
                .tb-work-title { font-weight: bold; }
                .tb-work-meta { color: #555555; font-size: 8.5pt; margin-bottom: 1.5mm; }
                .tb-work-label { font-weight: bold; font-size: 9pt; margin: 1.5mm 0 0.5mm 0; }
                .tb-confirm { page-break-inside: avoid; margin-top: 4mm; }
                .tb-correction-box { border: 0.7pt solid #8a97a8; height: 24mm; margin: 1mm 0 4mm 0; }
                .tb-signatures { margin-top: 8mm; page-break-inside: avoid; }
                .tb-signatures th { text-align: left; font-weight: normal; width: 28%%; padding: 7mm 2mm 0 0;
                                    vertical-align: bottom; }
                .tb-signatures th.tb-date-label { width: 12%%; padding-left: 5mm; }
                .tb-signatures td { padding: 7mm 0 0 0; }
                .tb-line { border-bottom: 0.6pt solid #1a1a1a; width: 36%%; }
                .tb-date-line { width: 24%%; }
                .tb-missing-glyph { color: #b00020; font-size: 0.8em; }
                .tb-chart { width: 100%%; page-break-inside: avoid; }
                .tb-chart td { text-align: center; vertical-align: middle; padding: 0; }
                .tb-chart-label { font-size: 9pt; }
                .tb-chart-label b { color: #1f4e79; }
                .tb-legend { font-size: 8pt; color: #555555; text-align: center; margin-top: 1mm; }
                .tb-swatch { display: inline-block; width: 4mm; height: 2.5mm; margin: 0 1mm 0 3mm;
                             vertical-align: middle; }
                .tb-swatch-score { background-color: #1f4e79; }
                .tb-swatch-median { border-top: 0.8pt dashed #c0504d; height: 0; }
                .tb-scores { width: 100%%; }
                .tb-scores > tbody > tr > td { vertical-align: top; }
                .tb-grade-line { margin: 1mm 0 3mm 0; }
                .tb-grade-label { color: #555555; margin-right: 4mm; }
                .tb-grade { font-size: 14pt; font-weight: bold; color: #1f4e79; }
                """.formatted(layout.cssSize(), pageCounter(m.get("report.page")));
    }
}
