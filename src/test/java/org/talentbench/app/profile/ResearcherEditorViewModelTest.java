package org.talentbench.app.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ProfileFixtures;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ProfileEdit;
import org.talentbench.service.ProfileService;
import org.talentbench.service.ResearcherProfile;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/** The profile editor's validation, dirty tracking, saving, conflicts, duplicates and close guard, without a toolkit. */
class ResearcherEditorViewModelTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private Database db;
    private ProfileService service;
    private FakeDialogs dialogs;
    private ResearcherId stored;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseLocation.memory("editor-vm-" + COUNTER.incrementAndGet()));
        db.inTransaction(r -> {
            r.departments().save(new Department("AI", "人工智能研究所", "Institute of AI"));
            return null;
        });
        service = new ProfileService(db, CLOCK, () -> "hr01");
        dialogs = new FakeDialogs();
        Researcher fixture = ProfileFixtures.researcher();
        Researcher r = new Researcher(ResearcherId.NEW, fixture.employeeNo(), fixture.nameZh(), fixture.nameLatin(),
                fixture.gender(), fixture.birthDate(), fixture.degree(), fixture.degreeDate(), fixture.hireDate(), "AI",
                fixture.title(), fixture.discipline(), fixture.category(), fixture.talentTags(), fixture.orcid(),
                fixture.email(), fixture.phone(), fixture.techTags(), fixture.status(), fixture.breaks(), List.of(), 0);
        Output paper = ProfileFixtures.sample(OutputKind.JOURNAL_PAPER, new Contribution(ResearcherId.NEW, 1, true, 60))
                .withId(new OutputId(-1));
        stored = service.save(new ProfileEdit(r, null, List.of(paper), List.of(), null)).researcher().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ResearcherEditorViewModel editor(Language language, FakeDialogs d) {
        ResearcherEditorViewModel vm = new ResearcherEditorViewModel(Messages.of(language), service,
                TaskRunner.direct(), d);
        vm.load(stored);
        return vm;
    }

    private ResearcherEditorViewModel editor() {
        return editor(Language.EN, dialogs);
    }

    @Test
    void aLoadedProfileIsCleanAndCannotBeSavedUntilChanged() {
        ResearcherEditorViewModel vm = editor();
        assertEquals("王晓明", vm.nameZhProperty().get());
        assertFalse(vm.dirtyProperty().get());
        assertFalse(vm.canSaveProperty().get());
        assertEquals(List.of(), vm.problems());
        assertTrue(vm.windowTitleProperty().get().startsWith("王晓明 (JS2016001)"));
    }

    @Test
    void editingMakesTheProfileDirtyAndUndoingTheEditMakesItCleanAgain() {
        ResearcherEditorViewModel vm = editor();
        vm.nameZhProperty().set("王小明");
        assertTrue(vm.dirtyProperty().get());
        assertTrue(vm.canSaveProperty().get());
        assertTrue(vm.windowTitleProperty().get().startsWith("* "));
        vm.nameZhProperty().set("王晓明");
        assertFalse(vm.dirtyProperty().get());
        assertFalse(vm.canSaveProperty().get());
    }

    @Test
    void aWrongOrcidCheckDigitIsReportedAsYouTypeAndBlocksSaving() {
        ResearcherEditorViewModel vm = editor();
        vm.orcidProperty().set("0000-0002-1825-0098");
        FieldMessage m = vm.fieldMessages().get("orcid");
        assertNotNull(m);
        assertTrue(m.blocking());
        assertEquals("This ORCID iD has a wrong check character: it ends in 8, the first 15 digits require 7. Check"
                + " for a typing error.", m.text());
        assertTrue(vm.dirtyProperty().get());
        assertFalse(vm.canSaveProperty().get(), "save is disabled while invalid");

        vm.orcidProperty().set("https://orcid.org/0000-0002-1825-0097");
        assertNull(vm.fieldMessages().get("orcid"), "a pasted URL is tidied, not refused");
        assertFalse(vm.dirtyProperty().get());
    }

    @Test
    void messagesAreInTheUsersLanguage() {
        ResearcherEditorViewModel vm = editor(Language.ZH, dialogs);
        vm.birthDateProperty().set(LocalDate.of(2027, 1, 1));
        assertEquals("出生日期 2027-01-01 晚于今天。", vm.fieldMessages().get("birthDate").text());
        vm.birthDateProperty().set(LocalDate.of(2012, 1, 1));
        assertEquals("研究人员年龄至少 16 岁；按此出生日期为 14 岁。", vm.fieldMessages().get("birthDate").text());
        vm.birthDateProperty().set(null);
        assertEquals("请填写出生日期（青年人才规则需要）。", vm.fieldMessages().get("birthDate").text());
    }

    @Test
    void aDoctorateBeforeBirthAndABreakEndingBeforeItStartsAreShownOnTheirFields() {
        ResearcherEditorViewModel vm = editor();
        vm.degreeDateProperty().set(LocalDate.of(1980, 1, 1));
        assertEquals("profile.doctorateBeforeBirth", code(vm, vm.fieldMessages().get("degreeDate")));
        CareerBreakRowViewModel b = vm.addBreak();
        assertEquals("Give the first and last day of the break.", b.messages().get("start").text());
        b.startProperty().set(LocalDate.of(2024, 5, 1));
        b.endProperty().set(LocalDate.of(2024, 4, 1));
        assertEquals("The break ends before it starts.", b.messages().get("end").text());
        assertFalse(vm.canSaveProperty().get());
        b.endProperty().set(LocalDate.of(2024, 9, 1));
        assertNull(b.messages().get("end"));
    }

    private static String code(ResearcherEditorViewModel vm, FieldMessage m) {
        return m.text().equals(vm.messages().get("error.profile.doctorateBeforeBirth"))
                ? "profile.doctorateBeforeBirth" : m.text();
    }

    @Test
    void sharesOver100AndNegativeCitationsBlockTheSaveInline() {
        ResearcherEditorViewModel vm = editor();
        OutputRowViewModel row = vm.outputs().get(0);
        vm.selectedOutputProperty().set(row);
        OutputFormViewModel form = row.form();
        assertNotNull(form, "the form is created when the output is opened");
        assertFalse(form.dirtyProperty().get());

        form.contributors().get(0).shareProperty().set("150");
        assertEquals("A share is more than 0 and at most 100 (150).",
                form.contributors().get(0).messages().get("share").text());
        form.contributors().get(0).shareProperty().set("60");
        form.addContributor(new ResearcherId(424242), "JS0 某人", 50);
        assertEquals("The shares add up to 110%; they may add up to at most 100%.",
                form.messages().get("contributors").text());
        assertFalse(vm.canSaveProperty().get());
        assertEquals("problem", row.stateProperty().get());
        assertTrue(vm.problems().contains("1 output(s) have problems (marked in the outputs list)."));

        form.removeContributor(form.contributors().get(1));
        form.citationsProperty().set("-3");
        assertEquals("The citation count cannot be negative (-3).", form.messages().get("citations").text());
        form.citationsProperty().set("x");
        assertEquals("\"x\" is not a whole number.", form.messages().get("citations").text());
        form.citationsProperty().set("12");
        assertTrue(form.validProperty().get());
        assertTrue(vm.canSaveProperty().get());
    }

    @Test
    void negativeAmountsAreRefusedInTheTypeSpecificForm() {
        ResearcherEditorViewModel vm = editor();
        OutputRowViewModel row = vm.newOutput(OutputKind.TECH_TRANSFER);
        OutputFormViewModel form = row.form();
        assertEquals(List.of("amount", "partner"), form.attributes().stream().map(AttributeFieldViewModel::key)
                .toList());
        form.titleProperty().set("专利实施许可");
        form.attributes().get(0).textProperty().set("-5");
        form.attributes().get(1).textProperty().set("南京某公司");
        assertEquals("The amount cannot be negative (-5).", form.messages().get("attributes.amount").text());
        form.attributes().get(0).textProperty().set("500000");
        assertTrue(form.validProperty().get());

        form.kindProperty().set(form.kinds().get(OutputKind.PROJECT.ordinal()));
        assertEquals(List.of("funder", "level", "role", "amount", "endDate"), form.attributes().stream()
                .map(AttributeFieldViewModel::key).toList());
        assertEquals("500000", form.attributes().get(3).textProperty().get(), "a value of the same key is kept");
    }

    @Test
    void aNewResearcherWithAPaperAPatentAndRepresentativeWorksIsSavedInOneGo() {
        ResearcherEditorViewModel vm = new ResearcherEditorViewModel(Messages.of(Language.ZH), service,
                TaskRunner.direct(), dialogs);
        vm.startNew();
        assertFalse(vm.canSaveProperty().get());
        assertEquals("请填写工号。", vm.fieldMessages().get("employeeNo").text());
        vm.employeeNoProperty().set("JS2026001");
        vm.nameZhProperty().set("欧阳娜娜");
        vm.birthDateProperty().set(LocalDate.of(1995, 2, 3));
        vm.departmentProperty().set(vm.departments().get(0));
        OutputRowViewModel paper = vm.newOutput(OutputKind.JOURNAL_PAPER);
        paper.form().titleProperty().set("面向长文档的稀疏注意力");
        paper.form().venueProperty().set("中国科学：信息科学");
        paper.form().domesticProperty().set(true);
        OutputRowViewModel patent = vm.newOutput(OutputKind.PATENT);
        patent.form().titleProperty().set("一种稀疏注意力加速装置");
        patent.form().externalIdProperty().set("CN202610000001.X");
        patent.form().attributes().get(0).choiceProperty().set(patent.form().attributes().get(0).choices().get(0));
        patent.form().attributes().get(1).choiceProperty().set(patent.form().attributes().get(1).choices().get(0));
        vm.addWork(patent);
        vm.addWork(paper);
        assertEquals("请说明本人在该成果中的贡献。", vm.works().get(0).messages().get("contributionStatement").text());
        for (RepresentativeWorkRowViewModel w : vm.works()) {
            w.contributionProperty().set("提出方法并完成实验");
            w.relevanceProperty().set("本人主攻方向");
        }
        vm.moveWork(1, 0);
        assertEquals(List.of(1, 2), vm.works().stream().map(w -> w.ordinalProperty().get()).toList());
        assertEquals(List.of(), vm.problems());
        assertTrue(vm.canSaveProperty().get());

        vm.save();
        assertEquals(List.of(), dialogs.errors);
        assertFalse(vm.dirtyProperty().get());
        assertFalse(vm.researcherId().isNew());
        ResearcherProfile saved = service.load(vm.researcherId());
        assertEquals(2, saved.outputs().size());
        assertEquals(List.of("面向长文档的稀疏注意力", "一种稀疏注意力加速装置"), saved.works().stream()
                .map(w -> saved.outputs().stream().filter(o -> o.id().equals(w.outputId())).findFirst().orElseThrow()
                        .title()).toList());
        assertFalse(vm.history().isEmpty(), "the history tab shows the creation");
        assertEquals("hr01", vm.history().get(0).who());
    }

    @Test
    void theSecondOfTwoWindowsIsAskedAndKeepMineSavesOnTopOfTheStoredVersion() {
        ResearcherEditorViewModel a = editor();
        ResearcherEditorViewModel b = editor();
        a.nameZhProperty().set("王小明");
        a.save();
        b.phoneProperty().set("13912345678");
        dialogs.versionAnswer = DialogService.VersionChoice.KEEP_MINE;
        b.save();
        assertEquals(List.of(new DialogService.VersionRow("Name (Chinese) *", "王晓明", "王小明"),
                new DialogService.VersionRow("Phone", "13912345678", "025-8888 1234")), dialogs.lastVersionRows,
                "the rows show where the versions differ");
        Researcher now = service.load(stored).researcher();
        assertEquals("13912345678", now.phone());
        assertEquals("王晓明", now.nameZh(), "keeping mine keeps my whole version");
        assertEquals(3, now.version());
        assertFalse(b.dirtyProperty().get());
    }

    @Test
    void takingTheirVersionDropsMyEditAndNothingIsOverwritten() {
        ResearcherEditorViewModel a = editor();
        ResearcherEditorViewModel b = editor();
        a.nameZhProperty().set("王小明");
        a.save();
        b.phoneProperty().set("13912345678");
        dialogs.versionAnswer = DialogService.VersionChoice.TAKE_THEIRS;
        b.save();
        assertEquals("王小明", b.nameZhProperty().get());
        assertEquals("025-8888 1234", b.phoneProperty().get());
        assertFalse(b.dirtyProperty().get());
        assertEquals("025-8888 1234", service.load(stored).researcher().phone());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCanBeCancelled() {
        ResearcherEditorViewModel vm = editor();
        AtomicInteger closed = new AtomicInteger();
        vm.setCloser(closed::incrementAndGet);
        vm.requestClose();
        assertEquals(1, closed.get(), "nothing unsaved: closes at once");

        vm.emailProperty().set("new@example.org");
        dialogs.choices.push(2);
        vm.requestClose();
        assertEquals(1, closed.get(), "keep editing");
        dialogs.choices.push(0);
        vm.requestClose();
        assertEquals(2, closed.get(), "saved, then closed");
        assertEquals("new@example.org", service.load(stored).researcher().email());

        vm.emailProperty().set("other@example.org");
        dialogs.choices.push(1);
        vm.requestClose();
        assertEquals(3, closed.get(), "discarded");
        assertEquals("new@example.org", service.load(stored).researcher().email());
    }

    @Test
    void aDuplicateTypedAgainIsOfferedForMergingOnSave() {
        Output existing = service.load(stored).outputs().get(0);
        Researcher other = service.save(new ProfileEdit(new Researcher(ResearcherId.NEW, "JS2020002", "李华", "Li Hua",
                null, LocalDate.of(1990, 1, 1), null, null, null, "AI", "", "", ProfileFixtures.researcher().category(),
                null, "", "", "", null, null, List.of(), List.of(), 0), null, List.of(), List.of(), null)).researcher();
        ResearcherEditorViewModel vm = new ResearcherEditorViewModel(Messages.of(Language.EN), service,
                TaskRunner.direct(), dialogs);
        vm.load(other.id());
        OutputRowViewModel typed = vm.newOutput(OutputKind.CONFERENCE_PAPER);
        typed.form().titleProperty().set("A different title");
        typed.form().doiProperty().set("https://doi.org/" + existing.doi().toUpperCase());
        typed.form().contributors().get(0).shareProperty().set("30");
        vm.checkDuplicates(typed);
        assertTrue(typed.form().duplicateTextProperty().get().contains(existing.title()));

        dialogs.choices.push(0);
        vm.save();
        assertEquals(List.of(), dialogs.errors);
        ResearcherProfile saved = service.load(other.id());
        assertEquals(1, saved.outputs().size());
        assertEquals(existing.id(), saved.outputs().get(0).id(), "merged into the stored output");
        assertEquals(List.of(60.0, 30.0), saved.outputs().get(0).contributors().stream()
                .map(Contribution::sharePercent).toList());
        assertEquals(1, (int) db.read(r -> r.outputs().count()), "no second copy was stored");
    }

    @Test
    void aLowDomesticShareOfRepresentativePapersWarnsButDoesNotBlock() {
        ResearcherEditorViewModel vm = editor();
        OutputRowViewModel foreign = vm.newOutput(OutputKind.JOURNAL_PAPER);
        foreign.form().titleProperty().set("Attention in the wild");
        foreign.form().domesticProperty().set(false);
        vm.selectedOutputProperty().set(vm.outputs().get(1));
        vm.outputs().get(1).form().domesticProperty().set(false);
        vm.addWork(vm.outputs().get(1));
        vm.addWork(foreign);
        vm.works().forEach(w -> {
            w.contributionProperty().set("c");
            w.relevanceProperty().set("r");
        });
        assertEquals(1, vm.worksProblems().size());
        FieldMessage warning = vm.worksProblems().get(0);
        assertFalse(warning.blocking());
        assertTrue(warning.text().startsWith("Only 0 of the 2 representative papers are in domestic journals"));
        assertTrue(vm.canSaveProperty().get());
        assertEquals("2 of at most 5 works chosen; 0 of the 2 representative papers are in domestic journals.",
                vm.worksSummaryProperty().get());
    }

    @Test
    void aCategoryChangeAsksForItsDateAndIsSavedAsDatedHistory() {
        ResearcherEditorViewModel vm = editor();
        Choice applied = vm.categories().stream().filter(c -> c.value().equals("APPLIED")).findFirst().orElseThrow();
        vm.categoryProperty().set(applied);
        assertTrue(vm.categoryChangedProperty().get());
        assertEquals(LocalDate.of(2026, 3, 5), vm.changesFromProperty().get(), "defaults to today");
        vm.changesFromProperty().set(LocalDate.of(2025, 9, 1));
        vm.save();
        assertEquals(2, service.load(stored).researcher().history().size());
        assertEquals(2, vm.assignments().size());
        assertTrue(vm.assignments().get(1).startsWith("From 2025-09-01: Applied research"));
    }

    @Test
    void attributesTheFormDoesNotShowAreKeptOnSave() {
        Output o = service.load(stored).outputs().get(0);
        java.util.Map<String, String> attrs = new java.util.HashMap<>(o.attributes());
        attrs.put("importedFrom", "openalex:W123");
        db.inTransaction(r -> r.outputs().update(new Output(o.id(), o.kind(), o.title(), o.date(), o.venue(), o.doi(),
                o.externalId(), o.domesticJournal(), o.citations(), o.citationSource(), o.citationAsOf(),
                o.fieldNormalisedImpact(), attrs, o.contributors(), o.version())));
        ResearcherEditorViewModel vm = editor();
        OutputRowViewModel row = vm.outputs().get(0);
        vm.selectedOutputProperty().set(row);
        assertFalse(row.form().dirtyProperty().get(), "opening an output does not change it");
        row.form().titleProperty().set("Retitled");
        vm.save();
        Output saved = service.load(stored).outputs().get(0);
        assertEquals("Retitled", saved.title());
        assertEquals("openalex:W123", saved.attribute("importedFrom"));
    }
}
