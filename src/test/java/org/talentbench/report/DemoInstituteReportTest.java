package org.talentbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.demo.DemoInstitute;
import org.talentbench.demo.DemoInstituteGenerator;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;

/**
 * The standard demo institute as realistic data: every character it uses is in the bundled font, and the
 * verification sheet of a researcher with some forty outputs (several pages) is still valid PDF/A.
 */
class DemoInstituteReportTest {
    /** Enough outputs for several pages; the busiest demo researchers have hundreds (45 pages, slow to check). */
    private static final long MANY = 40;
    private static DemoInstitute demo;

    @BeforeAll
    static void generate() {
        demo = DemoInstituteGenerator.generateInMemory(DemoSpec.standard());
    }

    @Test
    void everyCharacterOfTheDemoDataIsInTheBundledFont() {
        List<String> texts = new ArrayList<>();
        for (Department d : demo.departments()) {
            texts.add(d.nameZh());
            texts.add(d.nameEn());
        }
        for (Researcher r : demo.researchers()) {
            texts.addAll(List.of(r.nameZh(), r.nameLatin(), r.title(), r.discipline(), r.employeeNo(), r.orcid()));
        }
        for (Output o : demo.outputs()) {
            texts.addAll(List.of(o.title(), o.venue(), o.doi(), o.externalId()));
            texts.addAll(o.attributes().values());
        }
        for (RepresentativeWork w : demo.representativeWorks()) {
            texts.add(w.contributionStatement());
            texts.add(w.relevanceStatement());
        }
        GlyphCoverage coverage = new GlyphCoverage(List.of());
        TreeSet<String> missing = new TreeSet<>();
        for (String t : texts) {
            coverage.check(t, t).missing().forEach(m -> missing.add(m.unicode() + " in " + m.where()));
        }
        assertEquals(new TreeSet<String>(), missing);
    }

    @Test
    void aResearchersSheetWithManyOutputsIsValidPdfAOverSeveralPages() throws Exception {
        Map<Long, Long> outputsPerResearcher = demo.outputs().stream()
                .flatMap(o -> o.contributors().stream())
                .collect(Collectors.groupingBy(c -> c.researcherId().value(), Collectors.counting()));
        long chosen = outputsPerResearcher.entrySet().stream()
                .min(java.util.Comparator.comparingLong((Map.Entry<Long, Long> e) -> Math.abs(e.getValue() - MANY))
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
        Researcher r = demo.researchers().stream().filter(x -> x.id().value() == chosen).findFirst().orElseThrow();
        List<Output> outputs = demo.outputs().stream()
                .filter(o -> o.contributors().stream().anyMatch(c -> c.researcherId().equals(r.id())))
                .toList();
        List<RepresentativeWork> works = demo.representativeWorks().stream()
                .filter(w -> w.researcherId().equals(r.id())).toList();
        String department = demo.departments().stream()
                .collect(Collectors.toMap(Department::code, Function.identity()))
                .get(r.departmentCode()).nameZh();

        RenderedPdf pdf = new PdfRenderer().render(new VerificationSheet(new Letterhead(
                DemoInstituteGenerator.INSTITUTE_NAME_ZH, DemoInstituteGenerator.INSTITUTE_NAME_EN, null), r,
                department, outputs, works, Language.ZH, ReportFixtures.ISSUED));

        assertEquals(List.of(), pdf.missingGlyphs());
        Files.createDirectories(Path.of("target", "report-png"));
        Files.write(Path.of("target", "report-png", "demo-many-outputs.pdf"), pdf.bytes());
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            assertTrue(doc.getNumberOfPages() >= 3, outputs.size() + " outputs on " + doc.getNumberOfPages() + " pages");
        }
        String text = ReportDocumentsTest.squeeze(PdfChecks.text(pdf.bytes()));
        assertTrue(text.contains(ReportDocumentsTest.squeeze(r.nameZh())));
        assertTrue(text.contains(ReportDocumentsTest.squeeze(outputs.get(0).title())));
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(pdf.bytes()));
    }
}
