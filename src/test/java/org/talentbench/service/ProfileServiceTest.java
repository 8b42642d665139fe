package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbench.core.audit.ChangeLogEntry;
import org.talentbench.core.repo.StaleRecordException;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKeys;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ProfileFixtures;
import org.talentbench.core.researcher.ProfileValidationException;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.researcher.Violation;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

class ProfileServiceTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** 2026-03-05 10:00 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private Database db;
    private ProfileService service;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseLocation.memory("profile-service-" + COUNTER.incrementAndGet()));
        db.inTransaction(r -> {
            r.departments().save(new Department("AI", "人工智能研究所", "Institute of AI"));
            r.departments().save(new Department("IC", "集成电路研究所", "Institute of Integrated Circuits"));
            return null;
        });
        service = new ProfileService(db, CLOCK, () -> "hr01");
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Researcher newResearcher(String employeeNo, String orcid) {
        Researcher r = ProfileFixtures.researcher(LocalDate.of(1988, 1, 2), LocalDate.of(2015, 6, 20), orcid, List.of());
        return new Researcher(ResearcherId.NEW, employeeNo, r.nameZh(), r.nameLatin(), r.gender(), r.birthDate(),
                r.degree(), r.degreeDate(), r.hireDate(), r.departmentCode(), r.title(), r.discipline(), r.category(),
                r.talentTags(), r.orcid(), r.email(), r.phone(), r.techTags(), r.status(), r.breaks(), List.of(), 0);
    }

    static Researcher withCategory(Researcher r, ResearchCategory category, String department) {
        return new Researcher(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender(), r.birthDate(), r.degree(),
                r.degreeDate(), r.hireDate(), department, r.title(), r.discipline(), category, r.talentTags(),
                r.orcid(), r.email(), r.phone(), r.techTags(), r.status(), r.breaks(), r.history(), r.version());
    }

    static Researcher renamed(Researcher r, String name) {
        return new Researcher(r.id(), r.employeeNo(), name, r.nameLatin(), r.gender(), r.birthDate(), r.degree(),
                r.degreeDate(), r.hireDate(), r.departmentCode(), r.title(), r.discipline(), r.category(),
                r.talentTags(), r.orcid(), r.email(), r.phone(), r.techTags(), r.status(), r.breaks(), r.history(),
                r.version());
    }

    private static Contribution newMine(double share) {
        return new Contribution(ResearcherId.NEW, 1, true, share);
    }

    private static List<RepresentativeWork> works(long... placeholders) {
        List<RepresentativeWork> list = new java.util.ArrayList<>();
        for (int i = 0; i < placeholders.length; i++) {
            list.add(new RepresentativeWork(0, ResearcherId.NEW, new OutputId(placeholders[i]), i + 1,
                    "本人提出核心方法并完成主要实验", "与本轮评价的研究方向一致"));
        }
        return list;
    }

    private ResearcherProfile createWithPaperAndPatent() {
        Output paper = ProfileFixtures.sample(OutputKind.JOURNAL_PAPER, newMine(60)).withId(new OutputId(-1));
        Output patent = ProfileFixtures.sample(OutputKind.PATENT, newMine(50)).withId(new OutputId(-2));
        return service.save(new ProfileEdit(newResearcher("JS2016001", "0000-0002-1825-0097"), null,
                List.of(paper, patent), List.of(), works(-2, -1)));
    }

    @Test
    void aNewResearcherWithOutputsAndRepresentativeWorksIsSavedTogetherAndLogged() {
        ResearcherProfile saved = createWithPaperAndPatent();
        ResearcherId id = saved.researcher().id();
        assertEquals(1, saved.researcher().version());
        assertEquals(List.of(new Assignment(LocalDate.of(2016, 7, 1), ResearchCategory.BASIC, "AI")),
                saved.researcher().history(), "history starts at the hire date");
        assertEquals(2, saved.outputs().size());
        assertTrue(saved.outputs().stream().allMatch(o -> o.contributors().get(0).researcherId().equals(id)));
        assertEquals(List.of(OutputKind.PATENT, OutputKind.JOURNAL_PAPER), saved.works().stream()
                .map(w -> saved.outputs().stream().filter(o -> o.id().equals(w.outputId())).findFirst().orElseThrow()
                        .kind()).toList());
        assertEquals(List.of(1, 2), saved.works().stream().map(RepresentativeWork::ordinal).toList());

        List<ChangeLogEntry> history = service.history(id);
        assertTrue(history.stream().allMatch(e -> e.actor().equals("hr01")));
        assertTrue(history.stream().anyMatch(e -> e.entity().equals("researcher") && e.field().equals("orcid")
                && e.oldValue() == null && e.newValue().equals("0000-0002-1825-0097")));
        assertTrue(history.stream().anyMatch(e -> e.entity().equals("output") && e.field().equals("kind")
                && e.newValue().equals("PATENT")));
        assertTrue(history.stream().anyMatch(e -> e.entity().equals("representative_work")
                && e.field().equals("works[1].output") && e.newValue().endsWith("patent 成果")));
        assertEquals(LocalDate.of(2026, 3, 5).atTime(2, 0), history.get(0).changedAt(), "logged in UTC");
        assertTrue(history.stream().allMatch(ChangeLogEntry::hashMatches));
    }

    @Test
    void aWrongOrcidCheckDigitBlocksTheSaveAndWritesNothing() {
        ProfileValidationException e = assertThrows(ProfileValidationException.class, () -> service.save(
                new ProfileEdit(newResearcher("JS2016001", "0000-0002-1825-0098"), null, List.of(), List.of(),
                        null)));
        assertEquals("profile.orcidCheckDigit", e.code());
        assertEquals(List.of("8", "7"), e.args());
        assertEquals(0, (int) db.read(r -> r.researchers().count()));
        assertEquals(List.of(), db.read(r -> r.changeLog().findAll()));
    }

    @Test
    void outputProblemsAreReportedUnderTheirOutputAndNothingIsWritten() {
        Output paper = ProfileFixtures.sample(OutputKind.JOURNAL_PAPER, newMine(60),
                new Contribution(new ResearcherId(12345), 2, false, 50)).withId(new OutputId(-1));
        ProfileValidationException e = assertThrows(ProfileValidationException.class, () -> service.save(
                new ProfileEdit(newResearcher("JS2016001", ""), null, List.of(paper), List.of(), null)));
        assertEquals(List.of("outputs[0].contributors"), e.violations().stream().map(Violation::field).toList());
        assertEquals("output.sharesOver100", e.code());
        assertEquals(0, (int) db.read(r -> r.outputs().count()));
    }

    @Test
    void anEmployeeNumberInUseIsRefused() {
        createWithPaperAndPatent();
        ProfileValidationException e = assertThrows(ProfileValidationException.class, () -> service.save(
                new ProfileEdit(newResearcher("JS2016001", ""), null, List.of(), List.of(), null)));
        assertEquals("profile.employeeNoTaken", e.code());
        assertEquals(List.of("JS2016001", "王晓明"), e.args());
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndNothingOfItIsWritten() {
        ResearcherId id = createWithPaperAndPatent().researcher().id();
        ResearcherProfile windowA = service.load(id);
        ResearcherProfile windowB = service.load(id);
        service.save(new ProfileEdit(renamed(windowA.researcher(), "王小明"), null, List.of(), List.of(), null));
        int logged = service.history(id).size();

        Output editedPaper = windowB.outputs().get(0);
        editedPaper = new Output(editedPaper.id(), editedPaper.kind(), "B 改的题目", editedPaper.date(),
                editedPaper.venue(), editedPaper.doi(), "", editedPaper.domesticJournal(), editedPaper.citations(),
                editedPaper.citationSource(), editedPaper.citationAsOf(), editedPaper.fieldNormalisedImpact(),
                editedPaper.attributes(), editedPaper.contributors(), editedPaper.version());
        ProfileEdit second = new ProfileEdit(renamed(windowB.researcher(), "王晓明（B）"), null, List.of(editedPaper),
                List.of(), null);
        StaleRecordException stale = assertThrows(StaleRecordException.class, () -> service.save(second));
        assertEquals("researcher", stale.entity());

        ResearcherProfile now = service.load(id);
        assertEquals("王小明", now.researcher().nameZh());
        assertEquals(windowB.outputs().get(0).title(), now.outputs().get(0).title(), "the output edit rolled back");
        assertEquals(logged, service.history(id).size());

        // keep mine: the same edit on top of the stored versions goes through
        ProfileEdit rebased = new ProfileEdit(second.researcher().withVersion(now.researcher().version()), null,
                List.of(editedPaper.withVersion(now.outputs().get(0).version())), List.of(), null);
        assertEquals("王晓明（B）", service.save(rebased).researcher().nameZh());
    }

    @Test
    void aCategoryOrDepartmentChangeIsKeptAsDatedHistory() {
        ResearcherProfile saved = createWithPaperAndPatent();
        Researcher moved = withCategory(saved.researcher(), ResearchCategory.APPLIED, "IC");
        ResearcherProfile after = service.save(new ProfileEdit(moved, LocalDate.of(2025, 9, 1), List.of(), List.of(),
                null));
        assertEquals(List.of(new Assignment(LocalDate.of(2016, 7, 1), ResearchCategory.BASIC, "AI"),
                new Assignment(LocalDate.of(2025, 9, 1), ResearchCategory.APPLIED, "IC")), after.researcher().history());
        assertTrue(service.history(saved.researcher().id()).stream().anyMatch(e -> e.field().equals("category")
                && "BASIC".equals(e.oldValue()) && "APPLIED".equals(e.newValue())));
    }

    @Test
    void anUnknownDepartmentIsRefused() {
        Researcher r = withCategory(newResearcher("JS9", ""), ResearchCategory.BASIC, "NOPE");
        ProfileValidationException e = assertThrows(ProfileValidationException.class,
                () -> service.save(new ProfileEdit(r, null, List.of(), List.of(), null)));
        assertEquals("profile.departmentUnknown", e.code());
    }

    @Test
    void aDuplicateIsOfferedAndMergingAddsTheSecondResearchersShare() {
        ResearcherProfile first = createWithPaperAndPatent();
        Output stored = first.outputs().stream().filter(o -> o.kind() == OutputKind.JOURNAL_PAPER).findFirst()
                .orElseThrow();
        ResearcherProfile second = service.save(new ProfileEdit(newResearcher("JS2016002", ""), null, List.of(),
                List.of(), null));

        Output typedAgain = ProfileFixtures.sample(OutputKind.CONFERENCE_PAPER,
                new Contribution(second.researcher().id(), 2, false, 40));
        typedAgain = new Output(OutputId.NEW, typedAgain.kind(), typedAgain.title(), typedAgain.date(), "",
                "https://doi.org/" + stored.doi().toUpperCase(), "", false, null, "", null, null, Map.of(),
                typedAgain.contributors(), 0);
        List<DuplicateOutput> dups = service.findDuplicates(typedAgain);
        assertEquals(1, dups.size());
        assertEquals(stored.id(), dups.get(0).output().id());
        assertEquals(OutputKeys.Match.DOI, dups.get(0).reason());
        assertEquals(List.of("JS2016001"), dups.get(0).credited().stream().map(Colleague::employeeNo).toList());

        List<Contribution> both = new java.util.ArrayList<>(stored.contributors());
        both.add(typedAgain.contributors().get(0));
        ResearcherProfile merged = service.save(new ProfileEdit(second.researcher(), null,
                List.of(stored.withContributors(both)), List.of(), null));
        assertEquals(1, merged.outputs().size());
        assertEquals(stored.id(), merged.outputs().get(0).id());
        assertEquals(2, merged.outputs().get(0).contributors().size());
        assertEquals(1, db.read(r -> r.outputs().count()) - 1, "no new output was created");
    }

    @Test
    void mergingCannotPushTheSharesOver100() {
        ResearcherProfile first = createWithPaperAndPatent();
        Output stored = first.outputs().stream().filter(o -> o.kind() == OutputKind.JOURNAL_PAPER).findFirst()
                .orElseThrow();
        ResearcherProfile second = service.save(new ProfileEdit(newResearcher("JS2016002", ""), null, List.of(),
                List.of(), null));
        List<Contribution> both = new java.util.ArrayList<>(stored.contributors());
        both.add(new Contribution(second.researcher().id(), 2, false, 41));
        ProfileValidationException e = assertThrows(ProfileValidationException.class, () -> service.save(
                new ProfileEdit(second.researcher(), null, List.of(stored.withContributors(both)), List.of(), null)));
        assertEquals("output.sharesOver100", e.code());
        assertEquals(List.of(101.0), e.args());
    }

    @Test
    void detachingAnOutputDeletesItWhenNobodyElseIsCredited() {
        ResearcherProfile saved = createWithPaperAndPatent();
        Output patent = saved.outputs().stream().filter(o -> o.kind() == OutputKind.PATENT).findFirst().orElseThrow();
        List<RepresentativeWork> onlyPaper = saved.works().stream()
                .filter(w -> !w.outputId().equals(patent.id())).toList();
        ResearcherProfile after = service.save(new ProfileEdit(saved.researcher(), null, List.of(),
                List.of(patent.id()), onlyPaper));
        assertEquals(1, after.outputs().size());
        assertEquals(1, after.works().size());
        assertTrue(service.output(patent.id()).isEmpty());
        assertTrue(service.history(saved.researcher().id()).stream().anyMatch(e -> e.field().equals("works[2].output")
                && e.newValue() == null));
    }

    @Test
    void representativeWorksOverTheLimitBlockTheSave() {
        ResearcherProfile saved = createWithPaperAndPatent();
        service.saveSettings(new org.talentbench.core.researcher.ProfileSettings(
                saved.settings().titleLadder(), saved.settings().disciplines(), saved.settings().categories(),
                Map.of(), saved.settings().talentTags(), 16, Map.of(ResearchCategory.BASIC, 1), 1.0 / 3.0,
                Set.of(ResearchCategory.BASIC), Violation.Severity.WARNING));
        ProfileValidationException e = assertThrows(ProfileValidationException.class, () -> service.save(
                new ProfileEdit(renamed(saved.researcher(), "王晓明"), null, List.of(), List.of(),
                        List.of(saved.works().get(1), saved.works().get(0)))));
        assertEquals("repWork.tooMany", e.code());
        assertEquals(List.of(2, 1), e.args());
    }
}
