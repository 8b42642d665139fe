package org.talentbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.round.ListFlag;
import org.talentbench.core.round.Participation;
import org.talentbench.core.round.RoundStage;
import org.talentbench.core.scheme.LintFinding;
import org.talentbench.core.scheme.LintSeverity;
import org.talentbench.i18n.Language;

/**
 * The ranked list, round report and publicity list with hand-made data: a long name, an empty cohort, many rows,
 * every section of the round report filled in; each is PDF/A-2b, has its Chinese headings and names as text, and a
 * page one that is not blank. Page one is written to target/report-png for a person to look at.
 */
class RoundDocumentsTest {
    static final String LONG_NAME = "阿卜杜热依木·艾合买提江·买买提明·阿不都克力木";
    private static PdfRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new PdfRenderer();
    }

    static RankedListReport rankedList(Language language) {
        List<RankedListReport.Row> rows = new ArrayList<>();
        rows.add(new RankedListReport.Row(1, ReportFixtures.NAME, "E1001", 88.5, 90.0, 71.25, 84.3,
                List.of(ListFlag.RANK_NOT_ROBUST), AppraisalGrade.EXCELLENT, AppraisalGrade.EXCELLENT));
        rows.add(new RankedListReport.Row(2, LONG_NAME, "E1002", 80.0, 70.0, 60.0, 72.0,
                List.of(ListFlag.MISSING_DATA, ListFlag.UNVERIFIED), AppraisalGrade.QUALIFIED, null));
        for (int i = 3; i <= 60; i++) {
            rows.add(new RankedListReport.Row(i, "李明" + i, "E" + (1000 + i), 60.0, 50.0, 40.0, 70.0 - i / 2.0,
                    List.of(), AppraisalGrade.QUALIFIED, AppraisalGrade.QUALIFIED));
        }
        rows.add(new RankedListReport.Row(null, "张未排", "E2000", null, null, null, null,
                List.of(ListFlag.CHECK_IN_ONLY), null, null));
        return new RankedListReport(ReportFixtures.letterhead(), "2025年度科研人员评价", "第 3 次评分",
                List.of(new RankedListReport.Cohort("应用研究与技术开发", ResearchCategory.APPLIED, rows),
                        new RankedListReport.Cohort("社会公益研究", ResearchCategory.PUBLIC_WELFARE, List.of())),
                language, ReportFixtures.ISSUED);
    }

    static RoundReport roundReport(Language language) {
        List<Double> totals = List.of(45.0, 52.5, 61.0, 63.0, 70.2, 71.0, 88.0, 95.5);
        RoundReport.Data data = new RoundReport.Data("2025年度科研人员评价", LocalDate.of(2025, 12, 31),
                RoundStage.CALIBRATION, "第 3 次评分",
                Map.of(Participation.DUE_FULL, 8, Participation.CHECK_IN_ONLY, 3, Participation.EXCLUDED, 1),
                Map.of(CycleStatus.DUE_FULL, 9, CycleStatus.CHECK_IN_ONLY, 3),
                List.of(new RoundReport.Distribution("应用研究与技术开发", totals),
                        new RoundReport.Distribution("基础研究", List.of())),
                List.of(new RoundReport.Distribution("人工智能研究所", totals.subList(0, 4)),
                        new RoundReport.Distribution("新材料研究所", totals.subList(4, 8))),
                List.of(new RoundReport.Quota("应用组评审组", AppraisalGrade.EXCELLENT, 8, 1, 2, true)),
                2,
                List.of(new RoundReport.OverrideLine(RoundReport.OverrideKind.PARTICIPATION, LONG_NAME + " (E1002)",
                                "虽已到期但不参加评价", "援疆任职，经院务会同意"),
                        new RoundReport.OverrideLine(RoundReport.OverrideKind.QUOTA, "应用组评审组", "优秀",
                                "两人并列，经投票保留")),
                List.of(new RoundReport.SchemeLint("应用研究与技术开发 · 默认方案",
                        List.of(new LintFinding(LintSeverity.ERROR, "CONTRIBUTION/title", "lint.titleAsPoints",
                                "人社部发〔2023〕6号", List.of("职称得分")))),
                        new RoundReport.SchemeLint("基础研究 · 默认方案", List.of())));
        return new RoundReport(ReportFixtures.letterhead(), data, language, ReportFixtures.ISSUED);
    }

    static PublicityList publicity(Language language, boolean published) {
        List<PublicityList.Line> lines = List.of(
                new PublicityList.Line("应用研究与技术开发", ReportFixtures.NAME, "E1001", "人工智能研究所",
                        AppraisalGrade.EXCELLENT),
                new PublicityList.Line("应用研究与技术开发", LONG_NAME, "E1002", "新材料研究所", null));
        return new PublicityList(ReportFixtures.letterhead(), "2025年度科研人员评价",
                published ? LocalDate.of(2026, 1, 5) : null, published ? LocalDate.of(2026, 1, 9) : null,
                published ? 5 : 0, lines, "", language, ReportFixtures.ISSUED);
    }

    private static String check(ReportDocument doc, String png) throws Exception {
        RenderedPdf pdf = renderer.render(doc);
        assertEquals(List.of(), pdf.missingGlyphs());
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(pdf.bytes()));
        BufferedImage page = PdfChecks.pageOne(pdf.bytes(), 50, Path.of("target", "report-png", png + ".png"));
        assertTrue(PdfChecks.inkedPixels(page) > 2000, "page one is not blank");
        Files.write(Path.of("target", "report-png", png + ".pdf"), pdf.bytes());
        return PdfChecks.text(pdf.bytes()).replaceAll("[ \\t]+", " ");
    }

    @Test
    void rankedListShowsLongNamesUnrankedPeopleAndAnEmptyCohort() throws Exception {
        RankedListReport doc = rankedList(Language.ZH);
        String text = check(doc, "ranked-list-zh");
        assertTrue(text.contains("评审委员会排序名单") && text.contains(ReportFixtures.NAME), text);
        assertTrue(text.replaceAll("\\s", "").contains(LONG_NAME.replaceAll("\\s", "")), "long name wraps, whole");
        assertTrue(text.contains("本评价组名单为空"), "the empty cohort is said to be empty");
        assertTrue(text.contains("评审委员会委员") && text.contains("尚未确定"), text);
        byte[] bytes = renderer.render(doc).bytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "60 rows run over two pages, the empty cohort has its own");
            for (int p = 1; p <= pages; p++) {
                String page = PdfTestSupport.text(pdf, p);
                assertTrue(page.contains("第 " + p + " 页，共 " + pages + " 页"), page);
            }
            String second = PdfTestSupport.text(pdf, 2);
            assertTrue(second.contains("工号") && second.contains("建议等次"), "header row repeated: " + second);
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem i : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(i.getTitle());
            }
            assertEquals(List.of("评价组：应用研究与技术开发", "评价组：社会公益研究"), bookmarks);
        }
    }

    @Test
    void rankedListInEnglish() throws Exception {
        String text = check(rankedList(Language.EN), "ranked-list-en").replaceAll("\\s+", " ");
        assertTrue(text.contains("Ranked list of the evaluation committee") && text.contains("Proposed grade"), text);
        assertTrue(text.contains("Not verified") && text.contains("Excellent"), text);
    }

    @Test
    void roundReportHasEveryPartAsABookmarkAndItsFigures() throws Exception {
        RoundReport doc = roundReport(Language.ZH);
        String text = check(doc, "round-report-zh");
        for (String heading : List.of("参评情况与周期判定", "得分分布", "名额使用情况", "利益冲突与例外处理",
                "所用评价方案的政策检查")) {
            assertTrue(text.contains(heading), heading);
        }
        assertTrue(text.contains("本轮范围内共有科研人员 12 人，其中参加评分 8 人。"), text);
        assertTrue(text.contains("应参加全面评价：8 人。"), text);
        assertTrue(text.replace("\n", "").contains("超出名额，经主任决定保留") && text.contains("援疆任职"), text);
        assertTrue(text.contains("职称得分") && text.contains("本轮共申报利益冲突 2 项"), text);
        try (PDDocument pdf = Loader.loadPDF(renderer.render(doc).bytes())) {
            int n = 0;
            for (PDOutlineItem ignored : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                n++;
            }
            assertEquals(5, n);
        }
    }

    @Test
    void roundReportInEnglish() throws Exception {
        String text = check(roundReport(Language.EN), "round-report-en");
        assertTrue(text.contains("12 researchers are in the scope of the round; 8 of them are scored."), text);
    }

    @Test
    void publicityListStatesThePeriodAndHowToObject() throws Exception {
        String text = check(publicity(Language.ZH, true), "publicity-zh");
        assertTrue(text.contains("公示期：2026-01-05 至 2026-01-09（5 个工作日）"), text);
        assertTrue(text.contains("异议方式") && text.contains("人事处"), text);
        assertTrue(text.contains("优秀") && text.contains("尚未确定"), text);
        String blank = check(publicity(Language.EN, false), "publicity-en-unpublished");
        assertTrue(blank.contains("Period of publicity: from ____________ to ____________."), blank);
        assertTrue(blank.contains("How to object") && blank.contains("human resources office"), blank);
    }

    @Test
    void aConfiguredContactTextReplacesTheDefault() throws Exception {
        PublicityList p = publicity(Language.ZH, true);
        PublicityList custom = new PublicityList(p.letterhead(), p.roundName(), p.start(), p.end(), p.workingDays(),
                p.lines(), "请联系人事处 王老师，电话 025-12345678。", Language.ZH, p.issued());
        String text = PdfChecks.text(renderer.render(custom).bytes());
        assertTrue(text.contains("025-12345678") && !text.contains("匿名反映"), text);
    }

    @Test
    void aRareCharacterInANameIsDrawnByAFallbackFontOrNamedInAWarning() throws Exception {
        String rare = "吉\uD842\uDFB7祥";
        PublicityList p = publicity(Language.ZH, true);
        PublicityList doc = new PublicityList(p.letterhead(), p.roundName(), p.start(), p.end(), p.workingDays(),
                List.of(new PublicityList.Line("基础研究", rare, "E3001", "新材料研究所", AppraisalGrade.QUALIFIED)),
                "", Language.ZH, p.issued());
        RenderedPdf pdf = renderer.render(doc);
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(pdf.bytes()));
        String text = PdfChecks.text(pdf.bytes());
        if (pdf.fallbackFonts().isEmpty()) {
            assertEquals("U+20BB7", pdf.missingGlyphs().get(0).unicode());
            assertTrue(text.contains("[U+20BB7]"), "the PDF shows the code, never a box: " + text);
        } else {
            assertTrue(pdf.missingGlyphs().isEmpty());
            assertTrue(text.contains(rare), text);
        }
    }
}
