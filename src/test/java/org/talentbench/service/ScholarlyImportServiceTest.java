package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.service.ImportFixtures.fixture;
import static org.talentbench.service.ImportFixtures.researcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.store.Database;

/**
 * Scholarly records through the import service: authors matched to researchers (ORCID first, then names), fundings
 * as projects, de-duplication by DOI and source key, within an import and against the database.
 */
class ScholarlyImportServiceTest {
    private static final ImportOptions OPTIONS = ImportOptions.defaults().withImportDate(LocalDate.of(2026, 1, 1));
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

    private Map<String, Researcher> store(Researcher... researchers) {
        return ImportFixtures.store(db, List.of(researchers)).stream()
                .collect(Collectors.toMap(Researcher::employeeNo, r -> r));
    }

    private List<Output> outputs() {
        return db.read(r -> r.outputs().findAll());
    }

    @Test
    void anOrcidRecordCreditsItsPersonOnEveryWorkAndImportsFundingsAsProjects() throws IOException {
        Map<String, Researcher> r = store(researcher("E1001", "张伟", "ZHANG Wei", ImportFixtures.FIXTURE_ORCID));
        // record-3.0.xml: one work (put-code 0) and one funding (put-code 0), both titled "common:title"
        ImportPlan plan = service.preview(List.of(fixture(dir, "orcid/record-3.0.xml")), OPTIONS);

        assertFalse(plan.hasErrors(), plan.issues()::toString);
        assertEquals(List.of(ImportCodes.WORK_KIND_GUESSED), plan.warnings().stream().map(ImportIssue::code).toList());
        assertEquals(List.of(AuthorshipMatch.Method.RECORD_OWNER, AuthorshipMatch.Method.RECORD_OWNER),
                plan.authorships().stream().map(AuthorshipMatch::method).toList());
        service.commit(plan, ImportDecisions.proposed());

        List<Output> stored = outputs();
        assertEquals(Set.of(OutputKind.JOURNAL_PAPER, OutputKind.PROJECT),
                stored.stream().map(Output::kind).collect(Collectors.toSet()));
        assertEquals(Set.of("orcid:work/0", "orcid:funding/0"),
                stored.stream().map(o -> o.attribute(OutputAttribute.SOURCE)).collect(Collectors.toSet()));
        for (Output o : stored) {
            assertEquals(List.of(new Contribution(r.get("E1001").id(), 0, false, 100.0)), o.contributors());
        }
    }

    @Test
    void importingTheSameRecordAgainFindsItsWorksAndChangesNothing() throws IOException {
        store(researcher("E1001", "张伟", "ZHANG Wei", ImportFixtures.FIXTURE_ORCID));
        Path file = fixture(dir, "orcid/works-3.0.xml");
        service.commit(service.preview(List.of(file), OPTIONS), ImportDecisions.proposed());
        List<Output> first = outputs();
        assertEquals(3, first.size(), "works-3.0.xml holds put-codes 3356, 3357 and 3358");

        ImportPlan again = service.preview(List.of(file), OPTIONS);

        assertEquals(3, again.matches().size());
        assertTrue(again.matches().stream().allMatch(m -> m.basis() == ImportMatch.Basis.SOURCE && m.identical()
                && m.proposed() == ImportAction.SKIP), again.matches()::toString);
        service.commit(again, ImportDecisions.proposed());
        assertEquals(first, outputs());
    }

    @Test
    void aRecordOfSomebodyOutsideTheInstituteIsAnError() throws IOException {
        store(researcher("E1001", "张伟", "ZHANG Wei", ""));

        ImportPlan plan = service.preview(List.of(fixture(dir, "orcid/record-3.0.xml")), OPTIONS);

        assertEquals(List.of(ImportCodes.PERSON_UNKNOWN), plan.errors().stream().map(ImportIssue::code).toList());
        assertEquals(List.of(ImportFixtures.FIXTURE_ORCID), plan.errors().get(0).args());
    }

    @Test
    void authorsAreMatchedByOrcidFirstThenByPinyinName() throws IOException {
        // W2755950973: Massimo Aria (1st, corresponding, ORCID 0000-0002-8517-9411), Corrado Cuccurullo (2nd)
        Map<String, Researcher> r = store(
                researcher("E2001", "阿里亚", "ARIA Massimo", ""),
                researcher("E2002", "库库鲁洛", "Cuccurullo Corrado", ImportFixtures.CUCCURULLO_ORCID));
        Path file = fixture(dir, "openalex/works-list-page1_W2755950973_W2741809807.json");

        ImportPlan plan = service.preview(List.of(file), OPTIONS);

        assertFalse(plan.hasErrors(), plan.issues()::toString);
        Map<String, AuthorshipMatch> byNo = plan.authorships().stream()
                .collect(Collectors.toMap(AuthorshipMatch::employeeNo, a -> a));
        assertEquals(AuthorshipMatch.Method.NAME, byNo.get("E2001").method());
        assertEquals("Massimo Aria", byNo.get("E2001").author());
        assertEquals(AuthorshipMatch.Method.ORCID, byNo.get("E2002").method());
        assertTrue(plan.warnings().stream().anyMatch(i -> i.code().equals(ImportCodes.WORK_NO_INSTITUTE_AUTHOR)
                && i.args().get(0).toString().startsWith("The state of OA")), "W2741809807 has no institute author");
        service.commit(plan, ImportDecisions.proposed());

        List<Output> stored = outputs();
        assertEquals(1, stored.size());
        Output bibliometrix = stored.get(0);
        assertEquals("10.1016/j.joi.2017.08.007", bibliometrix.doi());
        assertEquals("openalex:W2755950973", bibliometrix.attribute(OutputAttribute.SOURCE));
        // two authors on the byline: each researcher found gets an equal half
        assertEquals(Set.of(new Contribution(r.get("E2001").id(), 1, true, 50.0),
                new Contribution(r.get("E2002").id(), 2, false, 50.0)), Set.copyOf(bibliometrix.contributors()));
    }

    @Test
    void aNameThatFitsTwoResearchersMatchesNeither() throws IOException {
        store(researcher("E3001", "尼米宁", "NIEMINEN Kaisa", ""), researcher("E3002", "尼米宁", "Kaisa Nieminen", ""),
                researcher("E3003", "桑卡", "SANKAR Martial", ""));

        ImportPlan plan = service.preview(List.of(fixture(dir, "crossref/work-10.7554_elife.01567.json")), OPTIONS);

        ImportIssue ambiguous = plan.warnings().stream().filter(i -> i.code().equals(ImportCodes.AUTHOR_AMBIGUOUS))
                .findFirst().orElseThrow();
        assertEquals(List.of("Kaisa Nieminen", "E3001, E3002"), ambiguous.args());
        assertEquals(List.of("E3003"), plan.authorships().stream()
                .filter(a -> a.method() != AuthorshipMatch.Method.AMBIGUOUS).map(AuthorshipMatch::employeeNo)
                .toList());
    }

    @Test
    void aWorkInTwoFilesIsImportedOnceAndAStoredDoiIsMerged() throws IOException {
        Map<String, Researcher> r = store(researcher("E2001", "阿里亚", "ARIA Massimo", ""),
                researcher("E2002", "库库鲁洛", "Cuccurullo Corrado", ImportFixtures.CUCCURULLO_ORCID),
                researcher("E4001", "普里姆", "PRIEM Jason", "0000-0001-6187-6610"));
        // the OA paper is stored already, credited to nobody we import, without citations
        Output oa = new Output(org.talentbench.core.researcher.OutputId.NEW, OutputKind.JOURNAL_PAPER,
                "The state of OA", LocalDate.of(2018, 2, 13), "", "10.7717/peerj.4375", "", false, null, "", null,
                null, Map.of(), List.of(new Contribution(r.get("E2001").id(), 0, false, 90.0)), 0);
        ImportFixtures.storeOutputs(db, List.of(oa));
        Path list = fixture(dir, "openalex/works-list-page1_W2755950973_W2741809807.json");
        Path single = fixture(dir, "openalex/W2741809807.json");

        ImportPlan plan = service.preview(List.of(list, single), OPTIONS);

        assertFalse(plan.hasErrors(), plan.issues()::toString);
        assertTrue(plan.warnings().stream().anyMatch(i -> i.code().equals(ImportCodes.WORK_DUPLICATE)
                && i.file().equals("W2741809807.json")), plan.warnings()::toString);
        ImportMatch match = plan.matches().get(0);
        assertEquals(ImportMatch.Basis.DOI, match.basis());
        assertEquals(ImportAction.MERGE, match.proposed());
        service.commit(plan, ImportDecisions.proposed());

        Output merged = outputs().stream().filter(o -> o.doi().equals("10.7717/peerj.4375")).findFirst()
                .orElseThrow();
        assertEquals("The state of OA", merged.title(), "merge keeps the stored title");
        assertTrue(merged.citations() != null, "merge fills the citations");
        assertEquals("openalex:W2741809807", merged.attribute(OutputAttribute.SOURCE));
        double total = merged.contributors().stream().mapToDouble(Contribution::sharePercent).sum();
        assertTrue(total <= 100.0 + 1e-9, "shares never exceed 100: " + merged.contributors());
        assertTrue(merged.contributors().stream().anyMatch(c -> c.researcherId().equals(r.get("E4001").id())));
    }
}
