package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.service.ImportFixtures.counts;
import static org.talentbench.service.ImportFixtures.institute;
import static org.talentbench.service.ImportFixtures.outputsXlsx;
import static org.talentbench.service.ImportFixtures.paper;
import static org.talentbench.service.ImportFixtures.patent;
import static org.talentbench.service.ImportFixtures.researcher;
import static org.talentbench.service.ImportFixtures.researchersXlsx;
import static org.talentbench.service.ImportFixtures.row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportFormat;
import org.talentbench.store.Database;

/** Preview and commit of spreadsheets against a database: validation first, matches, one transaction. */
class ImportServiceTest {
    @TempDir
    Path dir;
    private Database db;
    private ImportService service;

    @BeforeEach
    void open() {
        db = ImportFixtures.freshDatabase();
        service = new ImportService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Map<String, Researcher> researchersByNo() {
        return db.read(r -> r.researchers().findAll()).stream()
                .collect(Collectors.toMap(Researcher::employeeNo, x -> x));
    }

    @Test
    void researchersAndOutputsFromTemplateWorkbooksAreAddedTogether() throws IOException {
        Path researchers = researchersXlsx(dir.resolve("人员.xlsx"), institute());
        Path outputs = outputsXlsx(dir.resolve("成果.xlsx"), List.of(
                row(paper("镁合金的强化机理", "10.1000/a1", 2022), "E1001", "E1002"),
                row(paper("稀土薄膜", "10.1000/a2", 2023), "E1002"),
                row(patent("一种传感器", "CN202310000001.1"), "E1003")));

        // outputs first on purpose: the researchers they credit are read first anyway
        ImportPlan plan = service.preview(List.of(outputs, researchers), ImportOptions.defaults());

        assertFalse(plan.hasErrors(), plan.issues()::toString);
        assertEquals(ImportFormat.XLSX, plan.files().get(0).format());
        assertEquals(List.of(SheetKind.OUTPUTS), plan.files().get(0).sheets());
        assertEquals(List.of(SheetKind.RESEARCHERS), plan.files().get(1).sheets());
        ImportPlan.Summary summary = plan.summary(ImportDecisions.proposed());
        assertEquals(new ImportCounts(3, 0, 0, 0), summary.researchers());
        assertEquals(new ImportCounts(3, 0, 0, 0), summary.outputs());
        assertEquals(List.of(0, 0, 0, 0, 0, 0), counts(db), "a preview writes nothing");

        ImportReport report = service.commit(plan, ImportDecisions.proposed());

        assertEquals(new ImportCounts(3, 0, 0, 0), report.researchers());
        int stored = db.read(r -> r.researchers().count());
        assertEquals(3, stored);
        Map<String, Researcher> byNo = researchersByNo();
        Output first = db.read(r -> r.outputs().findAll()).stream().filter(o -> o.doi().equals("10.1000/a1"))
                .findFirst().orElseThrow();
        assertEquals(Set.of(new Contribution(byNo.get("E1001").id(), 1, true, 60),
                new Contribution(byNo.get("E1002").id(), 2, false, 20)), Set.copyOf(first.contributors()));
    }

    @Test
    void anyErrorBlocksTheCommitAndNothingIsWritten() throws IOException {
        ImportFixtures.store(db, List.of(researcher("E1001", "张伟", "ZHANG Wei", "")));
        List<Integer> before = counts(db);
        Path good = researchersXlsx(dir.resolve("good.xlsx"), List.of(researcher("E2001", "赵敏", "ZHAO Min", "")));
        Path bad = ImportFixtures.text(dir.resolve("bad.csv"), """
                成果类型,题名,日期,DOI,本所作者工号,贡献份额(%)
                期刊论文,好的一篇,2023-01-05,10.1000/ok,E1001,50
                期刊论文,日期写错,2023年13月40日,10.1000/x,E1001,50
                期刊论文,DOI 写错,2023-01-05,doi:11.2/x,E1001,50
                """);

        ImportPlan plan = service.preview(List.of(good, bad), ImportOptions.defaults());

        assertTrue(plan.hasErrors());
        ImportIssue date = plan.errors().stream().filter(i -> i.code().equals(ImportCodes.CELL_DATE)).findFirst()
                .orElseThrow();
        assertEquals("bad.csv", date.file());
        assertEquals("", date.sheet(), "a CSV file has no sheet name");
        assertEquals(3, date.row());
        assertEquals("日期", date.column());
        assertEquals(List.of("2023年13月40日"), date.args());
        ImportIssue doi = plan.errors().stream().filter(i -> i.code().equals(ImportCodes.CELL_DOI)).findFirst()
                .orElseThrow();
        assertEquals(4, doi.row());
        ImportException refused = assertThrows(ImportException.class,
                () -> service.commit(plan, ImportDecisions.proposed()));
        assertEquals(plan.errors().size(), refused.problems().size());
        assertEquals(before, counts(db));
    }

    @Test
    void storedResearchersMatchByEmployeeNumberOrOrcidAndTheDecisionIsApplied() throws IOException {
        ImportFixtures.store(db, institute());
        Researcher promoted = researcher("E1001", "张伟", "ZHANG Wei", ImportFixtures.FIXTURE_ORCID);
        promoted = new Researcher(promoted.id(), promoted.employeeNo(), promoted.nameZh(), promoted.nameLatin(),
                promoted.gender(), promoted.birthDate(), promoted.degree(), promoted.degreeDate(), promoted.hireDate(),
                "D02", "首席研究员", promoted.discipline(), promoted.category(), promoted.talentTags(), promoted.orcid(),
                promoted.email(), promoted.phone(), promoted.techTags(), promoted.status(), List.of(), List.of(), 0);
        Researcher same = institute().get(1);
        Researcher renumbered = researcher("E9003", "王芳", "WANG Fang", "0000-0002-1825-0097");
        Path file = researchersXlsx(dir.resolve("r.xlsx"), List.of(promoted, same, renumbered));

        ImportPlan plan = service.preview(List.of(file), ImportOptions.defaults());

        assertFalse(plan.hasErrors(), plan.issues()::toString);
        Map<String, ImportMatch> byKey = plan.matches().stream().collect(Collectors.toMap(ImportMatch::key, m -> m));
        assertEquals(ImportMatch.Basis.EMPLOYEE_NO, byKey.get("E1001").basis());
        assertEquals(ImportAction.UPDATE, byKey.get("E1001").proposed());
        assertEquals(ImportAction.SKIP, byKey.get("E1002").proposed());
        assertTrue(byKey.get("E1002").identical());
        assertEquals(ImportMatch.Basis.ORCID, byKey.get("0000-0002-1825-0097").basis());
        assertEquals("研究人员!4", byKey.get("0000-0002-1825-0097").location());

        ImportDecisions decisions = ImportDecisions.proposed().with(byKey.get("0000-0002-1825-0097").id(),
                ImportAction.SKIP);
        assertEquals(new ImportCounts(0, 1, 0, 2), plan.summary(decisions).researchers());
        service.commit(plan, decisions);

        Map<String, Researcher> byNo = researchersByNo();
        assertEquals(Set.of("E1001", "E1002", "E1003"), byNo.keySet(), "skipped: E1003 keeps its number");
        assertEquals("首席研究员", byNo.get("E1001").title());
        assertEquals("D02", byNo.get("E1001").departmentCode());
        assertEquals(2, byNo.get("E1001").version());
        assertEquals(1, byNo.get("E1002").version(), "identical rows are not written");
    }

    @Test
    void updatesAreLoggedFieldByFieldAndAdditionsInOneLine() throws IOException {
        List<Researcher> stored = ImportFixtures.store(db, List.of(institute().get(0)));
        Researcher promoted = institute().get(0);
        promoted = new Researcher(promoted.id(), promoted.employeeNo(), promoted.nameZh(), promoted.nameLatin(),
                promoted.gender(), promoted.birthDate(), promoted.degree(), promoted.degreeDate(), promoted.hireDate(),
                promoted.departmentCode(), "首席研究员", promoted.discipline(), promoted.category(),
                promoted.talentTags(), promoted.orcid(), promoted.email(), promoted.phone(), promoted.techTags(),
                promoted.status(), List.of(), List.of(), 0);
        Path file = researchersXlsx(dir.resolve("r.xlsx"), List.of(promoted, institute().get(1)));
        ImportService logged = new ImportService(db, java.time.Clock.systemUTC(), () -> "hr-office");

        logged.commit(logged.preview(List.of(file), ImportOptions.defaults()), ImportDecisions.proposed());

        List<org.talentbench.core.audit.ChangeLogEntry> log = db.read(r -> r.changeLog().findAll());
        org.talentbench.core.audit.ChangeLogEntry title = log.stream().filter(e -> e.field().equals("title"))
                .findFirst().orElseThrow();
        assertEquals("researcher", title.entity());
        assertEquals(stored.get(0).id().value(), title.entityId());
        assertEquals("研究员", title.oldValue());
        assertEquals("首席研究员", title.newValue());
        assertEquals("hr-office", title.actor());
        List<org.talentbench.core.audit.ChangeLogEntry> added = log.stream()
                .filter(e -> e.entity().equals(ImportService.IMPORT_ENTITY)).toList();
        assertEquals(1, added.size());
        assertTrue(added.get(0).newValue().startsWith("r.xlsx; researchers +1 (ids "), added.get(0).newValue());
        assertTrue(added.get(0).newValue().endsWith("; outputs +0"), added.get(0).newValue());
    }

    @Test
    void rowsBreakingTheProfileRulesAreErrorsAtTheirCell() throws IOException {
        Researcher future = new Researcher(org.talentbench.core.researcher.ResearcherId.NEW, "E9001", "未来", "",
                null, java.time.LocalDate.of(2999, 1, 1), null, null, null, "D01", "", "",
                org.talentbench.core.researcher.ResearchCategory.BASIC, Set.of(), "", "not-an-email", "", Set.of(),
                null, List.of(), List.of(), 0);
        Path file = researchersXlsx(dir.resolve("r.xlsx"), List.of(future));

        ImportPlan plan = service.preview(List.of(file), ImportOptions.defaults());

        assertEquals(List.of("profile.birthInFuture 研究人员!2:出生日期", "profile.emailInvalid 研究人员!2:电子邮箱"),
                plan.errors().stream().map(i -> i.code() + " " + i.location()).toList());
        assertEquals(List.of(java.time.LocalDate.of(2999, 1, 1)), plan.errors().get(0).args());
    }

    @Test
    void mergeFillsBlanksAndKeepsWhatIsStored() throws IOException {
        Researcher sparse = new Researcher(org.talentbench.core.researcher.ResearcherId.NEW, "E1002", "李娜", "",
                null, null, null, null, null, "D03", "", "", org.talentbench.core.researcher.ResearchCategory.APPLIED,
                Set.of("a"), "", "", "", Set.of(), null, List.of(), List.of(), 0);
        ImportFixtures.store(db, List.of(sparse));
        Path file = researchersXlsx(dir.resolve("r.xlsx"), List.of(institute().get(1)));
        ImportPlan plan = service.preview(List.of(file), ImportOptions.defaults());

        service.commit(plan, ImportDecisions.all(ImportAction.MERGE));

        Researcher merged = researchersByNo().get("E1002");
        assertEquals("D03", merged.departmentCode(), "stored value kept");
        assertEquals(org.talentbench.core.researcher.ResearchCategory.APPLIED, merged.category());
        assertEquals("LI Na", merged.nameLatin(), "blank filled");
        assertEquals("研究员", merged.title());
        assertEquals(Set.of("a", "leading-talent"), merged.talentTags(), "tags united");
    }

    @Test
    void outputsMatchByDoiOrPatentNumberAndSheetRowsReplaceTheStoredContributors() throws IOException {
        List<Researcher> stored = ImportFixtures.store(db, institute());
        Output storedPaper = paper("镁合金的强化机理", "10.1000/a1", 2022)
                .withContributors(List.of(ImportFixtures.credit(stored.get(0).id(), 50)));
        Output storedPatent = patent("一种传感器", "CN202310000001.1")
                .withContributors(List.of(ImportFixtures.credit(stored.get(2).id(), 100)));
        ImportFixtures.storeOutputs(db, List.of(storedPaper, storedPatent));
        Path file = outputsXlsx(dir.resolve("o.xlsx"), List.of(
                row(paper("镁合金的强化机理（修订）", "https://doi.org/10.1000/A1", 2022), "E1002"),
                row(patent("一种传感器", "cn 2023 10000001.1"), "E1003"),
                row(paper("新论文", "10.1000/new", 2024), "E1001")));

        ImportPlan plan = service.preview(List.of(file), ImportOptions.defaults());

        assertFalse(plan.hasErrors(), plan.issues()::toString);
        Map<ImportMatch.Basis, ImportMatch> byBasis = plan.matches().stream()
                .collect(Collectors.toMap(ImportMatch::basis, m -> m));
        assertEquals("10.1000/a1", byBasis.get(ImportMatch.Basis.DOI).key());
        assertEquals(ImportAction.UPDATE, byBasis.get(ImportMatch.Basis.DOI).proposed());
        assertEquals("cn 2023 10000001.1", byBasis.get(ImportMatch.Basis.NUMBER).key());
        assertEquals(new ImportCounts(1, 2, 0, 0), plan.summary(ImportDecisions.proposed()).outputs());

        service.commit(plan, ImportDecisions.proposed());

        List<Output> all = db.read(r -> r.outputs().findAll());
        assertEquals(3, all.size());
        Output updated = all.stream().filter(o -> o.doi().equals("10.1000/a1")).findFirst().orElseThrow();
        assertEquals("镁合金的强化机理（修订）", updated.title());
        assertEquals(List.of(stored.get(1).id()), updated.contributors().stream().map(Contribution::researcherId)
                .toList());
    }

    @Test
    void theSameRecordInTwoFilesIsAnError() throws IOException {
        Path a = researchersXlsx(dir.resolve("a.xlsx"), List.of(institute().get(0)));
        Path b = researchersXlsx(dir.resolve("b.xlsx"), List.of(institute().get(0), institute().get(1)));

        ImportPlan plan = service.preview(List.of(a, b), ImportOptions.defaults());

        ImportIssue dup = plan.errors().stream().filter(i -> i.code().equals(ImportCodes.PLAN_DUPLICATE)).findFirst()
                .orElseThrow();
        assertEquals("b.xlsx", dup.file());
        assertEquals("研究人员", dup.sheet());
        assertEquals(2, dup.row());
        assertEquals("工号", dup.column());
        assertEquals(List.of("E1001", "a.xlsx"), dup.args());
    }

    @Test
    void contributorsMustBeResearchersOfTheDatabaseOrOfTheImport() throws IOException {
        ImportFixtures.store(db, List.of(institute().get(0)));
        Path outputs = outputsXlsx(dir.resolve("o.xlsx"), List.of(row(paper("甲", "10.1000/a", 2022), "E1001", "E7777"),
                row(paper("乙", "10.1000/b", 2022), "E2002")));
        Path researchers = researchersXlsx(dir.resolve("r.xlsx"), List.of(researcher("E2002", "孙丽", "SUN Li", "")));

        ImportPlan plan = service.preview(List.of(outputs, researchers), ImportOptions.defaults());

        assertEquals(List.of(ImportCodes.ROW_UNKNOWN_RESEARCHER), plan.errors().stream().map(ImportIssue::code)
                .toList());
        assertEquals(List.of("E7777"), plan.errors().get(0).args());
    }

    @Test
    void aPlanIsRefusedWhenTheDatabaseChangedSinceThePreview() throws IOException {
        Path file = researchersXlsx(dir.resolve("r.xlsx"), institute());
        ImportPlan plan = service.preview(List.of(file), ImportOptions.defaults());
        ImportFixtures.store(db, List.of(institute().get(2)));
        List<Integer> before = counts(db);

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> service.commit(plan, ImportDecisions.proposed()));

        assertEquals("import.error.stale", e.key());
        assertEquals(before, counts(db));
    }

    @Test
    void aFailureInsideTheCommitRollsEverythingBack() throws IOException {
        List<Researcher> stored = ImportFixtures.store(db, List.of(institute().get(0)));
        Output storedPaper = ImportFixtures.storeOutputs(db, List.of(paper("甲", "10.1000/a", 2022)
                .withContributors(List.of(ImportFixtures.credit(stored.get(0).id(), 50))))).get(0);
        Path researchers = researchersXlsx(dir.resolve("r.xlsx"), List.of(institute().get(1)));
        Path outputs = outputsXlsx(dir.resolve("o.xlsx"), List.of(row(paper("甲（修订）", "10.1000/a", 2022), "E1002"),
                row(paper("乙", "10.1000/b", 2023), "E1002")));
        ImportPlan plan = service.preview(List.of(researchers, outputs), ImportOptions.defaults());
        assertFalse(plan.hasErrors(), plan.issues()::toString);
        // someone edits the stored paper after the preview: its update fails after E1002 was inserted
        db.inTransaction(r -> r.outputs().update(storedPaper));
        List<Integer> before = counts(db);

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> service.commit(plan, ImportDecisions.proposed()));

        assertEquals("import.error.stale", e.key());
        assertEquals(before, counts(db));
        assertEquals(Set.of("E1001"), researchersByNo().keySet());
    }

    @Test
    void cancellingTheCommitWritesNothing() throws IOException {
        Path file = researchersXlsx(dir.resolve("r.xlsx"), institute());
        ImportPlan plan = service.preview(List.of(file), ImportOptions.defaults());

        assertThrows(java.util.concurrent.CancellationException.class, () -> service.commit(plan,
                ImportDecisions.proposed(), new ImportService.Progress() {
                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                }));

        assertEquals(List.of(0, 0, 0, 0, 0, 0), counts(db));
    }

    @Test
    void unreadableFilesAreReportedPerFile() throws IOException {
        Path missing = dir.resolve("nowhere.xlsx");
        Path empty = ImportFixtures.text(dir.resolve("empty.csv"), "");
        Path json = ImportFixtures.text(dir.resolve("shape.json"), "{\"hello\": [1, 2]}");

        ImportPlan plan = service.preview(List.of(missing, empty, json), ImportOptions.defaults());

        assertEquals(List.of(ImportCodes.FILE_UNREADABLE, ImportCodes.FILE_EMPTY, ImportCodes.FORMAT_UNKNOWN),
                plan.errors().stream().map(ImportIssue::code).toList());
        assertEquals(List.of("nowhere.xlsx", "empty.csv", "shape.json"),
                plan.files().stream().map(ImportPlan.PlannedFile::name).toList());
        assertNotNull(plan.files().get(2).format());
    }

    @Test
    void kindOfSheetIsToldFromItsHeadersWhenTheSheetNameSaysNothing() throws IOException {
        Path csv = ImportFixtures.text(dir.resolve("list.csv"), """
                Employee no.,Name,Category,Birth date,Department code
                E3001,周杰,基础研究,1990-03-04,D01
                """);

        ImportPlan plan = service.preview(List.of(csv), ImportOptions.defaults());

        assertFalse(plan.hasErrors(), plan.issues()::toString);
        assertEquals(List.of(SheetKind.RESEARCHERS), plan.files().get(0).sheets());
        assertEquals(new ImportCounts(1, 0, 0, 0), plan.summary(ImportDecisions.proposed()).researchers());
    }
}
