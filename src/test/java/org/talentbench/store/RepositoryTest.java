package org.talentbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbench.core.repo.StaleRecordException;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/** The repositories on a fresh in-memory H2; {@link PostgresRepositoryTest} runs the same cases on PostgreSQL. */
class RepositoryTest {
    private Database db;

    /** The database this suite runs against. */
    StoreUnderTest store() {
        return StoreUnderTest.H2;
    }

    @BeforeEach
    void open() {
        db = store().open();
    }

    @AfterEach
    void close() {
        store().dispose(db);
    }

    @Test
    void researcherRoundTripsWithTagsBreaksAndHistory() {
        Researcher original = StoreFixtures.researcher("JS2016001", "王晓明");
        Researcher stored = db.inTransaction(r -> r.researchers().insert(original));
        Researcher loaded = db.read(r -> r.researchers().findById(stored.id())).orElseThrow();

        assertEquals(1, loaded.version());
        assertEquals(original.withId(stored.id()).withVersion(1).withBreaksAndHistory(loaded.breaks(),
                loaded.history()), loaded);
        assertEquals(1, loaded.breaks().size());
        assertEquals(original.breaks().get(0).start(), loaded.breaks().get(0).start());
        assertEquals(original.history(), loaded.history());
        assertEquals(loaded, db.read(r -> r.researchers().findByEmployeeNo("JS2016001")).orElseThrow());
    }

    @Test
    void duplicateEmployeeNumberIsRefusedAndNothingIsWritten() {
        db.inTransaction(r -> r.researchers().insert(StoreFixtures.researcher("JS1", "甲")));
        assertThrows(RuntimeException.class, () -> db.inTransaction(r -> {
            r.researchers().insert(StoreFixtures.researcher("JS2", "乙"));
            return r.researchers().insert(StoreFixtures.researcher("JS1", "丙"));
        }));
        assertEquals(1, (int) db.read(r -> r.researchers().count()));
    }

    @Test
    void secondSaveOfTheSameVersionIsRefused() {
        Researcher stored = db.inTransaction(r -> r.researchers().insert(StoreFixtures.researcher("JS1", "甲")));
        Researcher first = new Researcher(stored.id(), stored.employeeNo(), "甲一", stored.nameLatin(), stored.gender(),
                stored.birthDate(), stored.degree(), stored.degreeDate(), stored.hireDate(), stored.departmentCode(),
                stored.title(), stored.discipline(), ResearchCategory.APPLIED, stored.talentTags(), stored.orcid(),
                stored.email(), stored.phone(), stored.techTags(), stored.status(), stored.breaks(), stored.history(),
                stored.version());
        Researcher saved = db.inTransaction(r -> r.researchers().update(first));
        assertEquals(2, saved.version());
        assertEquals("甲一", saved.nameZh());

        StaleRecordException stale = assertThrows(StaleRecordException.class,
                () -> db.inTransaction(r -> r.researchers().update(stored)));
        assertEquals(stored.id().value(), stale.id());
        assertEquals("甲一", db.read(r -> r.researchers().findById(stored.id())).orElseThrow().nameZh());
    }

    @Test
    void outputsRoundTripWithAttributesAndContributors() {
        ResearcherId owner = db.inTransaction(r -> r.researchers().insert(StoreFixtures.researcher("JS1", "甲"))).id();
        List<Output> stored = db.inTransaction(r -> r.outputs().insertAll(
                List.of(StoreFixtures.patent(owner), StoreFixtures.paper(owner))));
        List<Output> loaded = db.read(r -> r.outputs().findByResearcher(owner));
        assertEquals(stored, loaded);
        assertEquals("GRANTED", loaded.get(0).attribute("patentStatus"));
        assertEquals(Map.of(owner, 2), db.read(r -> r.outputs().countByResearcher()));

        Output edited = db.inTransaction(r -> r.outputs().update(loaded.get(1)));
        assertEquals(2, edited.version());
        assertThrows(StaleRecordException.class, () -> db.inTransaction(r -> r.outputs().update(loaded.get(1))));
    }

    @Test
    void representativeWorksKeepTheirOrderAndStatements() {
        ResearcherId owner = db.inTransaction(r -> r.researchers().insert(StoreFixtures.researcher("JS1", "甲"))).id();
        List<Output> stored = db.inTransaction(r -> r.outputs().insertAll(
                List.of(StoreFixtures.patent(owner), StoreFixtures.paper(owner))));
        List<RepresentativeWork> works = List.of(
                new RepresentativeWork(0, owner, stored.get(1).id(), 1, "第一作者，提出方法", "与本次评价相关"),
                new RepresentativeWork(0, owner, stored.get(0).id(), 2, "主要发明人", "转化应用"));
        db.inTransaction(r -> {
            r.representativeWorks().replace(owner, 0, works);
            return null;
        });
        assertEquals(works, db.read(r -> r.representativeWorks().find(owner, 0)));
        db.inTransaction(r -> {
            r.representativeWorks().replace(owner, 0, works.subList(0, 1));
            return null;
        });
        assertEquals(List.of(works.get(0)), db.read(r -> r.representativeWorks().find(owner, 0)));
        assertTrue(db.read(r -> r.outputs().findById(new OutputId(999_999))).isEmpty());
    }

    @Test
    void departmentsAndSettingsUpsert() {
        db.inTransaction(r -> {
            r.departments().save(new Department("AI", "人工智能研究所", "Artificial Intelligence"));
            r.departments().save(new Department("AI", "人工智能研究院", "AI Institute"));
            r.settings().put("institute.name", "江苏省产业技术研究院");
            r.settings().put("institute.name", "江苏省某研究院");
            return null;
        });
        assertEquals(List.of(new Department("AI", "人工智能研究院", "AI Institute")),
                db.read(r -> r.departments().findAll()));
        assertEquals("江苏省某研究院", db.read(r -> r.settings().get("institute.name")).orElseThrow());
    }
}
