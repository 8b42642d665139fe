package org.talentbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentbench.core.tech.CandidateFilter;
import org.talentbench.core.tech.CandidateFinder;
import org.talentbench.core.tech.Challenge;
import org.talentbench.core.tech.DefaultTechnologies;
import org.talentbench.core.tech.FinderOptions;
import org.talentbench.core.tech.Shortlist;
import org.talentbench.core.tech.Standings;
import org.talentbench.core.tech.TalentMap;
import org.talentbench.core.tech.TalentMapBuilder;
import org.talentbench.core.tech.TalentMapOptions;
import org.talentbench.core.tech.TechInput;
import org.talentbench.core.tech.TechnologyList;
import org.talentbench.demo.DemoInstitute;
import org.talentbench.demo.DemoInstituteGenerator;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;

/**
 * The talent map and the open-call shortlist of the standard demo institute as PDF/A-2b documents in both
 * languages: veraPDF's verdict, landscape pages, extractable text, and page one written under target/report-png for
 * a person to look at.
 */
class KeyTechReportsTest {
    private static final Path PNG_DIR = Path.of("target", "report-png");
    private static final Letterhead LETTERHEAD = new Letterhead("江苏省先进技术研究院（示范）",
            "Jiangsu Institute of Advanced Technology (demo)", null);
    private static final LocalDate ISSUED = LocalDate.of(2026, 7, 1);
    private static final Map<Language, RenderedPdf> MAPS = new EnumMap<>(Language.class);
    private static final Map<Language, RenderedPdf> SHORTLISTS = new EnumMap<>(Language.class);

    @BeforeAll
    static void renderOnce() throws IOException {
        DemoInstitute demo = DemoInstituteGenerator.generateInMemory(DemoSpec.standard());
        TechnologyList list = DefaultTechnologies.list();
        TechInput in = new TechInput(list, DemoSpec.STANDARD_REFERENCE_DATE, demo.researchers(), demo.outputs(),
                demo.representativeWorks(), demo.departments(), Map.of(), Map.of(), Standings.none());
        TalentMap map = TalentMapBuilder.build(in, TalentMapOptions.defaults());
        Challenge open = new Challenge("车规级碳化硅功率器件", "面向新能源汽车的碳化硅 MOSFET 栅氧可靠性与封装散热",
                Set.of("power-semiconductors"), "", Set.of());
        String top = CandidateFinder.find(in, open, CandidateFilter.none(), FinderOptions.defaults(),
                TalentMapOptions.defaults()).candidates().get(0).employeeNo();
        // the strongest candidate sits on the panel: the document must say so
        Challenge withPanel = new Challenge(open.title(), open.text(), open.technologies(), "", Set.of(top));
        Shortlist shortlist = CandidateFinder.find(in, withPanel, CandidateFilter.none(),
                FinderOptions.defaults().withLimit(10), TalentMapOptions.defaults());
        PdfRenderer renderer = new PdfRenderer();
        for (Language l : Language.values()) {
            MAPS.put(l, renderer.render(new TalentMapReport(LETTERHEAD, map, l, ISSUED)));
            SHORTLISTS.put(l, renderer.render(new ShortlistReport(LETTERHEAD, shortlist,
                    list.asOf(DemoSpec.STANDARD_REFERENCE_DATE).all(), demo.departments(), l, ISSUED)));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void talentMapConformsToPdfA2b(Language language) throws Exception {
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(MAPS.get(language).bytes()));
        assertEquals(List.of(), MAPS.get(language).missingGlyphs());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void shortlistConformsToPdfA2b(Language language) throws Exception {
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(SHORTLISTS.get(language).bytes()));
    }

    @Test
    void theMapIsLandscapeAndNamesTechnologiesGapsAndDepartments() throws IOException {
        byte[] pdf = MAPS.get(Language.ZH).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight());
        }
        String text = squeeze(PdfChecks.text(pdf));
        for (String expected : List.of("关键核心技术人才地图", "集成电路设计", "量子通信", "光刻技术", "无人承担", "缺少领军人才",
                "部门×技术热力图", "集成电路研究所", "量子科技研究所", "江苏省先进技术研究院")) {
            assertTrue(text.contains(squeeze(expected)), "missing \"" + expected + "\"");
        }
        BufferedImage page = PdfChecks.pageOne(pdf, 60, PNG_DIR.resolve("talent-map-zh.png"));
        assertTrue(PdfChecks.inkedPixels(page) > 5_000);
        PdfChecks.pageOne(MAPS.get(Language.EN).bytes(), 60, PNG_DIR.resolve("talent-map-en.png"));
    }

    @Test
    void theShortlistShowsTheChallengeTheRankedPeopleTheirEvidenceAndConflicts() throws IOException {
        byte[] pdf = SHORTLISTS.get(Language.ZH).bytes();
        String text = squeeze(PdfChecks.text(pdf));
        for (String expected : List.of("揭榜挂帅候选人短名单", "车规级碳化硅功率器件", "功率半导体", "排序方法", "候选人依据",
                "碳化硅MOSFET", "本人为评审组成员", "评审组组长签字")) {
            assertTrue(text.contains(squeeze(expected)), "missing \"" + expected + "\"");
        }
        String en = squeeze(PdfChecks.text(SHORTLISTS.get(Language.EN).bytes()));
        assertTrue(en.contains(squeeze("candidate shortlist")), en);
        PdfChecks.pageOne(pdf, 60, PNG_DIR.resolve("shortlist-zh.png"));
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
