package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentbench.core.InvalidInputException;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.report.PdfTestSupport;
import org.talentbench.report.RenderedPdf;
import org.talentbench.report.ReportDocument;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/** The round documents and the batch export on a small demo institute (40 researchers, three rounds). */
class ReportServiceTest {
    /** The open round of the demo history (see DemoRounds). */
    static final String ROUND = "2026年度科研人员评价";
    @TempDir
    static Path dir;
    static Database db;
    static ReportService service;

    @BeforeAll
    static void demo() {
        Path file = dir.resolve("reports");
        DemoService.create(file, DemoSpec.standard().withResearchers(40), f -> { }, () -> false);
        db = Database.open(DatabaseLocation.parse(file.toString()), false);
        service = new ReportService(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String firstName() {
        return service.people(ROUND).get(0).name();
    }

    @ParameterizedTest
    @CsvSource({
        "RANKED_LIST, zh, 评审委员会排序名单, 评审委员会主任",
        "RANKED_LIST, en, Ranked list of the evaluation committee, Chair of the committee",
        "ROUND_REPORT, zh, 评价工作总结报告, 所用评价方案的政策检查",
        "ROUND_REPORT, en, Evaluation round report, Policy lint of the schemes used",
        "PUBLICITY, zh, 评价结果公示名单, 异议方式",
        "PUBLICITY, en, Publicity list of evaluation results, How to object",
    })
    void roundDocumentsAreValidPdfAWithTheirHeadingsAndAChineseName(ReportService.Kind kind, String lang,
                                                                     String title, String heading) throws Exception {
        Language language = Language.parse(lang);
        ReportDocument doc = service.document(kind, ROUND, null, language);
        RenderedPdf pdf = service.render(doc);
        String text = PdfTestSupport.text(pdf.bytes()).replaceAll("\\s+", " ");
        assertTrue(text.contains(title), text);
        assertTrue(text.contains(heading), text);
        if (kind != ReportService.Kind.ROUND_REPORT) {
            assertTrue(text.contains(firstName()), "a Chinese name from the list: " + firstName());
        }
        assertEquals(List.of(), PdfTestSupport.pdfA2bFailures(pdf.bytes()));
        BufferedImage page = PdfTestSupport.pageOne(pdf.bytes(), 40,
                Path.of("target", "report-png", "round-" + kind + "-" + lang + ".png"));
        assertTrue(PdfTestSupport.inkedPixels(page) > 2000, "page one is not blank");
        Files.write(Path.of("target", "report-png", "round-" + kind + "-" + lang + ".pdf"), pdf.bytes());
    }

    @Test
    void rankedListHasPageXOfYAndTheHeaderOnEveryPage() throws Exception {
        RenderedPdf pdf = service.render(service.rankedList(ROUND, Language.EN));
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "one page per cohort at least");
            for (int p = 1; p <= pages; p++) {
                String text = PdfTestSupport.text(doc, p);
                assertTrue(text.contains("Page " + p + " of " + pages), text);
                if (text.contains("Committee member") && !text.contains("Employee no.")) {
                    continue; // a page holding only the signature lines of a cohort
                }
                assertTrue(text.contains("Employee no."), "header row on page " + p + ": " + text);
            }
        }
    }

    @Test
    void individualSummaryOfOnePersonNamesThemAndIsValid() throws Exception {
        ReportService.Person p = service.people(ROUND).get(0);
        RenderedPdf pdf = service.render(service.individual(ROUND, p.employeeNo(), Language.ZH));
        String text = PdfTestSupport.text(pdf.bytes());
        assertTrue(text.contains(p.name()) && text.contains("个人评价结果摘要"), text);
        assertEquals(List.of(), PdfTestSupport.pdfA2bFailures(pdf.bytes()));
    }

    @Test
    void verificationSheetOfOnePersonIsValidPdfA() throws Exception {
        ReportService.Person p = service.people(ROUND).get(1);
        RenderedPdf pdf = service.render(service.document(ReportService.Kind.VERIFICATION, ROUND, p.employeeNo(),
                Language.ZH));
        String text = PdfTestSupport.text(pdf.bytes());
        assertTrue(text.contains(p.name()) && text.contains(p.employeeNo()), text);
        assertEquals(List.of(), PdfTestSupport.pdfA2bFailures(pdf.bytes()));
    }

    @Test
    void anUnknownEmployeeNumberIsBadInputNamingIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.individual(ROUND, "NOPE-1", Language.ZH));
        assertEquals("reports.unknownEmployee", e.code());
        assertThrows(InvalidInputException.class, () -> service.rankedList("no such round", Language.ZH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "E1001|王晓明|E1001_王晓明.pdf",
        "E1002|Anna Maria O'Neil|E1002_Anna_Maria_O'Neil.pdf",
        "E/3|a:b*c?d|E_3_a_b_c_d.pdf",
        "CON|x|CON_x.pdf",
        "NUL|.|NUL_.pdf",
        "E9|阿卜杜热依木·艾合买提.|E9_阿卜杜热依木·艾合买提.pdf",
    })
    void fileNamesAreSafeOnWindows(String employeeNo, String name, String expected) {
        assertEquals(expected, ReportService.fileName(employeeNo, name));
    }

    @Test
    void batchToAFolderWritesOneFilePerScoredPersonWithProgress(@TempDir Path out) throws Exception {
        List<Double> progress = new ArrayList<>();
        ReportService.BatchResult result = service.exportAll(ROUND, Language.ZH, out, false,
                (f, stage) -> progress.add(f), () -> false);
        assertFalse(result.cancelled());
        assertEquals(List.of(), result.failures());
        assertTrue(result.written().size() >= 5, "scored people of 40: " + result.written().size());
        for (Path f : result.written()) {
            assertTrue(Files.size(f) > 10_000, f.toString());
            String name = f.getFileName().toString();
            assertTrue(name.matches("[^\\\\/:*?\"<>|]+_[^\\\\/:*?\"<>|]+\\.pdf"), name);
        }
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress grows");
        }
    }

    @Test
    void cancellingStopsTheBatchBetweenDocuments(@TempDir Path out) {
        AtomicInteger asked = new AtomicInteger();
        ReportService.BatchResult result = service.exportAll(ROUND, Language.ZH, out, false,
                ProgressListenerNone.NONE, () -> asked.incrementAndGet() > 2);
        assertTrue(result.cancelled());
        assertEquals(2, result.written().size());
    }

    @Test
    void mergedBatchIsOnePdfAWithABookmarkPerPerson(@TempDir Path out) throws Exception {
        Path file = out.resolve("all.pdf");
        ReportService.BatchResult result = service.exportAll(ROUND, Language.ZH, file, true,
                ProgressListenerNone.NONE, () -> false);
        assertEquals(List.of(file), result.written());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of(), PdfTestSupport.pdfA2bFailures(bytes));
        long scored = service.people(ROUND).size();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(i.getTitle());
            }
            ReportService.Person first = service.people(ROUND).get(0);
            assertTrue(titles.contains(first.employeeNo() + " " + first.name()), titles.toString());
            assertTrue(titles.size() == scored && titles.size() >= 5, titles.size() + " of " + scored);
        }
    }

    @Test
    void aFailingDocumentIsReportedAndTheOthersAreWritten(@TempDir Path out) throws Exception {
        ReportService.Person first = service.people(ROUND).get(0);
        // a folder where the first person's file should go makes that one write fail
        Path blocker = Files.createDirectories(out.resolve(ReportService.fileName(first.employeeNo(), first.name())));
        Files.writeString(blocker.resolve("keep.txt"), "a non-empty folder cannot be replaced by a file");
        ReportService.BatchResult result = service.exportAll(ROUND, Language.ZH, out, false,
                ProgressListenerNone.NONE, () -> false);
        assertEquals(1, result.failures().size(), result.failures().toString());
        assertEquals(first.employeeNo(), result.failures().get(0).employeeNo());
        assertFalse(result.failures().get(0).reason().isBlank());
        assertEquals(service.people(ROUND).size() - 1, result.written().size());
    }

    /** The no-op listener, named for readability. */
    private static final class ProgressListenerNone {
        static final org.talentbench.core.ProgressListener NONE = org.talentbench.core.ProgressListener.NONE;
    }
}
