package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.tech.DefaultTechnologies;
import org.talentbench.core.tech.GapFlag;
import org.talentbench.core.tech.OutputTag;
import org.talentbench.core.tech.PendingSuggestion;
import org.talentbench.core.tech.TagSource;
import org.talentbench.core.tech.TalentMap;
import org.talentbench.core.tech.TalentMapOptions;
import org.talentbench.core.tech.TechEvent;
import org.talentbench.core.tech.TechStatus;
import org.talentbench.core.tech.Technology;
import org.talentbench.core.tech.TechnologyList;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/** The key-technology use cases on a fresh in-memory database with two people and three outputs. */
class TechnologyServiceTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private Database db;
    private TechnologyService service;
    private ResearcherId wang;
    private ResearcherId li;
    private List<Output> outputs;

    @BeforeEach
    void setUp() {
        db = Database.open(DatabaseLocation.memory("tech-service-" + COUNTER.incrementAndGet()));
        service = new TechnologyService(db, "tester",
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), StandingsSource.none());
        db.inTransaction(r -> {
            r.departments().save(new Department("IC", "集成电路研究所", "Institute of Integrated Circuits"));
            wang = r.researchers().insert(person("E1", "王芯", 1975, "研究员", "ic-design")).id();
            li = r.researchers().insert(person("E2", "李青", 1993, "助理研究员")).id();
            outputs = r.outputs().insertAll(List.of(
                    paper("一种碳化硅MOSFET栅氧可靠性测试方法", LocalDate.of(2025, 3, 1), wang, li),
                    paper("SiC MOSFET短路可靠性", LocalDate.of(2025, 9, 1), li),
                    paper("低功耗锁相环设计", LocalDate.of(2024, 5, 1), wang)));
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Researcher person(String no, String name, int born, String title, String... techs) {
        return new Researcher(ResearcherId.NEW, no, name, "", Gender.FEMALE, LocalDate.of(born, 3, 1),
                Degree.DOCTORATE, LocalDate.of(born + 28, 7, 1), LocalDate.of(2018, 1, 1), "IC", title, "电子与通信技术",
                ResearchCategory.APPLIED, Set.of(), "", "", "", Set.of(techs), EmploymentStatus.ACTIVE, List.of(),
                List.of(new Assignment(LocalDate.of(2018, 1, 1), ResearchCategory.APPLIED, "IC")), 0);
    }

    private static Output paper(String title, LocalDate date, ResearcherId... authors) {
        List<Contribution> c = new java.util.ArrayList<>();
        for (int i = 0; i < authors.length; i++) {
            c.add(new Contribution(authors[i], i + 1, i == 0, 100.0 / authors.length));
        }
        return new Output(OutputId.NEW, OutputKind.JOURNAL_PAPER, title, date, "电子学报", "", "", true, null, null,
                null, null, Map.of(), c, 0);
    }

    @Test
    void theFirstReadStoresTheDefaultListOnce() {
        TechnologyList first = service.list();
        assertEquals(DefaultTechnologies.entries().size(), first.version());
        assertEquals(first.version(), service.list().version());
        assertEquals(DefaultTechnologies.groups().size(), first.groups().size());
        assertEquals(List.of("碳化硅", "功率器件", "IGBT"), first.terms("power-semiconductors").subList(1, 4));
    }

    @Test
    void aRecordedRetirementIsStoredAndTheOldListStillShowsTheTechnology() {
        service.record(TechEvent.retire("lithography", LocalDate.of(2026, 1, 1), "合并入半导体材料专项"));
        TechnologyList reread = new TechnologyService(db).list();
        assertEquals(DefaultTechnologies.entries().size() + 1, reread.version());
        Technology before = reread.asOf(LocalDate.of(2025, 12, 31)).find("lithography").orElseThrow();
        assertEquals(TechStatus.ACTIVE, before.status());
        assertEquals(TechStatus.RETIRED, reread.asOf(TODAY).find("lithography").orElseThrow().status());
        assertEquals("tester", reread.history("lithography").get(1).actor());
        assertEquals("合并入半导体材料专项", reread.history("lithography").get(1).note());
    }

    @Test
    void aChangeThatBreaksTheHistoryIsRefusedAndNothingIsStored() {
        service.list();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.record(TechEvent.merge("lithography", TODAY, "lithography", "")));
        assertEquals("tech.merge.self", e.code());
        assertEquals(DefaultTechnologies.entries().size(), service.list().version());
    }

    @Test
    void aNewTechnologyStartsWithItsNamesAsTerms() {
        service.record(TechEvent.add("chiplet-interconnect", TODAY, "芯粒互连", "Chiplet interconnect",
                "integrated-circuits", ""));
        assertEquals(List.of("芯粒互连", "Chiplet interconnect"), service.list().terms("chiplet-interconnect"));
        service.setTerms("chiplet-interconnect", List.of("芯粒互连", " UCIe ", "", "UCIe"));
        assertEquals(List.of("芯粒互连", "UCIe"), service.list().terms("chiplet-interconnect"));
    }

    @Test
    void anAcceptedSuggestionBecomesATagAndLeavesThePendingList() {
        List<PendingSuggestion> pending = service.pendingOutputSuggestions("power-semiconductors", 10);
        assertEquals(2, pending.size());
        PendingSuggestion first = pending.get(0);
        service.accept(first);
        assertEquals(List.of(new OutputTag(first.output().id(), "power-semiconductors", TagSource.SUGGESTION)),
                service.outputTags(first.output().id()));
        assertEquals(1, service.pendingOutputSuggestions("power-semiconductors", 10).size());
        TalentMap map = service.map(TODAY, TalentMapOptions.defaults());
        assertEquals(1, map.entry("power-semiconductors").orElseThrow().recentConfirmed());
    }

    @Test
    void theMapCountsYoungTalentByTheRuleConfiguredInSettings() {
        assertEquals(org.talentbench.core.cycle.CycleRules.defaults(),
                service.map(TODAY, TalentMapOptions.defaults()).options().cycleRules());
        db.inTransaction(r -> {
            r.settings().put(org.talentbench.core.cycle.CycleSettings.YOUNG_AGE, "30");
            return null;
        });
        org.talentbench.core.cycle.CycleRules configured = service.map(TODAY, TalentMapOptions.defaults()).options()
                .cycleRules();
        assertEquals(org.talentbench.core.cycle.CycleSettings.rules(
                java.util.Map.of(org.talentbench.core.cycle.CycleSettings.YOUNG_AGE, "30")), configured);
        // 李青 (born 1993) is under 40 but not under 30 on 1 January 2026
        assertTrue(!configured.youngTalent().isYoung(db.read(r -> r.researchers().findById(li)).orElseThrow(), 2026,
                configured.breaks()));
    }

    @Test
    void aRejectedSuggestionIsNotOfferedAgainAndNoLongerCountsOnTheMap() {
        for (PendingSuggestion p : service.pendingOutputSuggestions("power-semiconductors", 10)) {
            service.reject(p);
        }
        assertEquals(List.of(), service.pendingOutputSuggestions("power-semiconductors", 10));
        TalentMap map = service.map(TODAY, TalentMapOptions.defaults());
        assertTrue(map.entry("power-semiconductors").orElseThrow().has(GapFlag.NO_RECENT_OUTPUT));
    }

    @Test
    void aProfileSuggestionAcceptedAddsTheTechnologyToTheProfile() {
        List<PendingSuggestion> pending = service.pendingResearcherSuggestions("power-semiconductors", 10);
        assertEquals(List.of(li), pending.stream().map(PendingSuggestion::researcherId).toList());
        service.accept(pending.get(0));
        TalentMap map = service.map(TODAY, TalentMapOptions.defaults());
        assertEquals(List.of("E2"), map.entry("power-semiconductors").orElseThrow().people().stream()
                .map(p -> p.employeeNo()).toList());
        assertEquals(List.of(), service.pendingResearcherSuggestions("power-semiconductors", 10));
    }

    @Test
    void handTagsNeedATechnologyOnTheListToday() {
        service.record(TechEvent.retire("lithography", LocalDate.of(2026, 1, 1), ""));
        OutputId o = outputs.get(2).id();
        service.tagOutput(o, "ic-design");
        assertEquals(List.of(new OutputTag(o, "ic-design", TagSource.MANUAL)), service.outputTags(o));
        assertEquals("tech.notActive", assertThrows(InvalidInputException.class,
                () -> service.tagOutput(o, "lithography")).code());
        assertEquals("tech.unknown", assertThrows(InvalidInputException.class,
                () -> service.tagResearcher(li, "no-such-thing")).code());
        service.untagOutput(o, "ic-design");
        assertEquals(List.of(), service.outputTags(o));
        assertEquals(Set.of("ic-design", "eda-tools"), service.tagResearcher(wang, "eda-tools").techTags());
        assertEquals(Set.of("eda-tools"), service.untagResearcher(wang, "ic-design").techTags());
    }
}
