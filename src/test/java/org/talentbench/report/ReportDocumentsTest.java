package org.talentbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.i18n.Language;

/**
 * The exported documents as an archive and a reader meet them: veraPDF's PDF/A-2b verdict, text that PDFBox can
 * extract (Chinese names and headings), metadata and bookmarks, page furniture, and page one rendered to an image
 * that is not blank (written under target/report-png for a person to look at).
 */
class ReportDocumentsTest {
    private static final Path PNG_DIR = Path.of("target", "report-png");
    private static PdfRenderer renderer;
    private static final Map<Language, RenderedPdf> SHEETS = new EnumMap<>(Language.class);
    private static final Map<Language, RenderedPdf> SUMMARIES = new EnumMap<>(Language.class);

    @BeforeAll
    static void renderOnce() throws IOException {
        renderer = new PdfRenderer();
        for (Language l : Language.values()) {
            SHEETS.put(l, renderer.render(ReportFixtures.sheet(l)));
            SUMMARIES.put(l, renderer.render(ReportFixtures.summary(l)));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void verificationSheetConformsToPdfA2b(Language language) throws Exception {
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(SHEETS.get(language).bytes()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void individualSummaryConformsToPdfA2b(Language language) throws Exception {
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(SUMMARIES.get(language).bytes()));
    }

    @Test
    void chineseSheetTextCanBeExtractedWithNameAndHeadings() throws IOException {
        String text = PdfChecks.text(SHEETS.get(Language.ZH).bytes());
        for (String expected : List.of("王晓明", "江苏省先进技术研究院", "科研人员数据核对表", "基本信息", "计入评价的成果",
                "期刊论文", "基于深度学习的高分辨率遥感影像语义分割方法", "ZL202310123456.7", "代表作", "个人贡献说明",
                "本人确认", "本人签字", "人工智能研究所", "应用研究与技术开发")) {
            assertTrue(squeeze(text).contains(expected), "missing \"" + expected + "\" in:\n" + text);
        }
    }

    @Test
    void englishSheetKeepsChineseDataWithEnglishLabels() throws IOException {
        String text = squeeze(PdfChecks.text(SHEETS.get(Language.EN).bytes()));
        for (String expected : List.of("王晓明", "Data verification sheet", "Outputs to be scored", "Journal papers",
                "Representative works", "Signature of the researcher", "JiangsuInstituteofAdvancedTechnology")) {
            assertTrue(text.contains(squeeze(expected)), "missing \"" + expected + "\" in:\n" + text);
        }
    }

    @Test
    void summaryTextHasDimensionsScoresAndGrade() throws IOException {
        String text = squeeze(PdfChecks.text(SUMMARIES.get(Language.ZH).bytes()));
        for (String expected : List.of("个人评价结果摘要", "王晓明", "创新能力", "质量", "贡献", "79.0", "62.5", "+16.5",
                "指标明细", "成果转化合同金额", "评价等级", "优秀", "评价委员会主任委员签字")) {
            assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
        }
    }

    @Test
    void metadataNamesTitleAuthorSubjectAndDate() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SHEETS.get(Language.ZH).bytes())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("科研人员数据核对表 — 王晓明", info.getTitle());
            assertEquals("江苏省先进技术研究院", info.getAuthor());
            assertTrue(info.getSubject().contains("莱顿宣言"), info.getSubject());
            assertNotNull(info.getCreationDate());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("科研人员数据核对表 — 王晓明"), xmp);
            assertTrue(xmp.contains("pdfaid:part") || xmp.contains("<pdfaid:part>2"), xmp);
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
        }
        try (PDDocument doc = Loader.loadPDF(SUMMARIES.get(Language.EN).bytes())) {
            assertEquals("Individual evaluation summary — 王晓明", doc.getDocumentInformation().getTitle());
            assertEquals("Jiangsu Institute of Advanced Technology", doc.getDocumentInformation().getAuthor());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void sectionsBecomeBookmarks() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SHEETS.get(Language.ZH).bytes())) {
            assertEquals(List.of("基本信息", "计入评价的成果", "代表作", "本人确认"), bookmarks(doc));
        }
        try (PDDocument doc = Loader.loadPDF(SUMMARIES.get(Language.EN).bytes())) {
            assertEquals(List.of("Identity", "Scores on the three dimensions", "Indicators", "Representative works",
                    "Conclusion"), bookmarks(doc));
        }
    }

    @Test
    void everyPageShowsInstituteAndPageXOfY() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SHEETS.get(Language.ZH).bytes())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "fixture sheet should run over two pages, has " + pages);
            for (int p = 1; p <= pages; p++) {
                String text = squeeze(pageText(doc, p));
                assertTrue(text.contains("江苏省先进技术研究院"), "no header on page " + p);
                assertTrue(text.contains("第" + p + "页，共" + pages + "页"), "no page counter on page " + p + ":\n"
                        + text);
            }
        }
        try (PDDocument doc = Loader.loadPDF(SUMMARIES.get(Language.EN).bytes())) {
            String text = pageText(doc, 1);
            assertTrue(text.contains("Page 1 of " + doc.getNumberOfPages()), text);
        }
    }

    @Test
    void tableHeaderIsRepeatedOnEveryPageItRunsOver() throws Exception {
        List<Output> many = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            many.add(new Output(new OutputId(i), OutputKind.JOURNAL_PAPER, "论文题名第 " + i + " 篇：面向复杂场景的鲁棒感知方法",
                    LocalDate.of(2024, 1, 1).plusDays(i), "测试学报", "", "", false, null, "", null, null, null,
                    List.of(new Contribution(ReportFixtures.ID, 1, false, 50)), 1));
        }
        VerificationSheet sheet = new VerificationSheet(ReportFixtures.letterhead(), ReportFixtures.researcher(),
                "人工智能研究所", many, List.of(), Language.ZH, ReportFixtures.ISSUED);
        RenderedPdf pdf = renderer.render(sheet);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            assertTrue(doc.getNumberOfPages() >= 3, "70 rows should take several pages");
            for (int p = 2; p <= doc.getNumberOfPages() - 1; p++) {
                String text = squeeze(pageText(doc, p));
                assertTrue(text.contains("序号题名日期"), "no table header on page " + p + ":\n" + text);
            }
        }
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(pdf.bytes()));
    }

    @Test
    void pageOneOfEveryDocumentIsDrawnNotBlank() throws IOException {
        for (Language l : Language.values()) {
            assertInked(SHEETS.get(l), "verification-" + l.code());
            assertInked(SUMMARIES.get(l), "summary-" + l.code());
        }
    }

    @Test
    void longNameAndNoOutputsStillMakeAValidSheet() throws Exception {
        String longName = "阿卜杜热合曼·买买提依明·艾力江·吐尔逊巴依·阿不都克热木";
        String longLatin = "Abdurehman Memetimin Eliyan Tursunbay Abdukerim Muhemmed Abdulla";
        VerificationSheet sheet = new VerificationSheet(ReportFixtures.letterhead(),
                ReportFixtures.researcher(longName, longLatin), "人工智能研究所遥感智能解译与空间信息应用联合实验室",
                List.of(), List.of(), Language.ZH, ReportFixtures.ISSUED);
        RenderedPdf pdf = renderer.render(sheet);
        assertEquals(List.of(), pdf.missingGlyphs());
        String text = squeeze(PdfChecks.text(pdf.bytes()));
        assertTrue(text.contains(squeeze(longName)), text);
        assertTrue(text.contains(squeeze(longLatin)), text);
        assertTrue(text.contains("本次评价没有登记任何成果"), text);
        assertTrue(text.contains("尚未提交代表作"), text);
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(pdf.bytes()));
        assertInked(pdf, "verification-long-name");

        SummaryData empty = new SummaryData("E9", longName, longLatin, "", "", ReportFixtures.summaryData("x")
                .category(), "", "", new SummaryData.DimensionScores(Double.NaN, 0, 100),
                new SummaryData.DimensionScores(50, 50, 50), List.of(), List.of(), "", "");
        RenderedPdf summary = renderer.render(new IndividualSummary(ReportFixtures.letterhead(), empty, Language.EN,
                ReportFixtures.ISSUED));
        String summaryText = squeeze(PdfChecks.text(summary.bytes()));
        assertTrue(summaryText.contains(squeeze(longName)), summaryText);
        assertTrue(summaryText.contains("notyetdecided"), summaryText);
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(summary.bytes()));
        assertInked(summary, "summary-empty");
    }

    @Test
    void markupInDataIsPrintedAsTextNotInterpreted() throws IOException {
        String name = "<b>王</b> & \"晓明\" <script>x</script>";
        RenderedPdf pdf = renderer.render(new VerificationSheet(ReportFixtures.letterhead(),
                ReportFixtures.researcher(name, ""), "", List.of(), List.of(), Language.ZH, ReportFixtures.ISSUED));
        assertTrue(squeeze(PdfChecks.text(pdf.bytes())).contains(squeeze(name)));
    }

    @Test
    void renderToWritesTheFileAndReturnsTheWarnings(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub").resolve("sheet.pdf");
        List<MissingGlyph> warnings = renderer.renderTo(ReportFixtures.sheet(Language.ZH), file);
        assertEquals(List.of(), warnings);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void logoIsDrawnInTheHeaderOfEveryPageAndStaysPdfA() throws Exception {
        BufferedImage logo = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = logo.createGraphics();
        g.setColor(new java.awt.Color(31, 78, 121, 255));
        g.fillOval(10, 10, 100, 100);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(logo, "png", png);
        Letterhead letterhead = new Letterhead(ReportFixtures.INSTITUTE, ReportFixtures.INSTITUTE_EN, png.toByteArray());
        RenderedPdf pdf = renderer.render(new IndividualSummary(letterhead, ReportFixtures.summaryData("王晓明"),
                Language.ZH, ReportFixtures.ISSUED));
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            for (var page : doc.getPages()) {
                int images = 0;
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
                assertEquals(1, images, "one logo per page");
            }
        }
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(pdf.bytes()));
        assertInked(pdf, "summary-with-logo");
    }

    private static void assertInked(RenderedPdf pdf, String name) throws IOException {
        BufferedImage page = PdfChecks.pageOne(pdf.bytes(), 80, PNG_DIR.resolve(name + "-page1.png"));
        Files.write(PNG_DIR.resolve(name + ".pdf"), pdf.bytes());
        long inked = PdfChecks.inkedPixels(page);
        assertTrue(inked > 5_000, name + ": page one looks blank (" + inked + " inked pixels)");
    }

    private static List<String> bookmarks(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    /** Text without whitespace, so that line breaks a layout chooses do not matter. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
