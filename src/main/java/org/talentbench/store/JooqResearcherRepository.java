package org.talentbench.store;

import static org.talentbench.store.generated.Tables.ASSIGNMENT;
import static org.talentbench.store.generated.Tables.CAREER_BREAK;
import static org.talentbench.store.generated.Tables.RESEARCHER;
import static org.talentbench.store.generated.Tables.RESEARCHER_TAG;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.talentbench.core.repo.ResearcherRepository;
import org.talentbench.core.repo.StaleRecordException;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.CareerBreakKind;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.store.generated.tables.records.ResearcherRecord;

/** Researchers with their tags, career breaks and dated category/department history. */
final class JooqResearcherRepository implements ResearcherRepository {
    private static final String TALENT = "TALENT";
    private static final String TECH = "TECH";

    private final DSLContext dsl;

    JooqResearcherRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Researcher> findAll() {
        return load(DSL.noCondition());
    }

    @Override
    public Optional<Researcher> findById(ResearcherId id) {
        return load(RESEARCHER.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Optional<Researcher> findByEmployeeNo(String employeeNo) {
        return load(RESEARCHER.EMPLOYEE_NO.eq(employeeNo)).stream().findFirst();
    }

    @Override
    public List<Researcher> findByIds(Collection<ResearcherId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load(RESEARCHER.ID.in(ids.stream().map(ResearcherId::value).toList()));
    }

    @Override
    public int count() {
        return dsl.fetchCount(RESEARCHER);
    }

    private List<Researcher> load(Condition where) {
        List<ResearcherRecord> rows = dsl.selectFrom(RESEARCHER).where(where).orderBy(RESEARCHER.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        // children of a few rows by id; of many rows (findAll) without a condition, which is cheaper than a long IN
        List<Long> ids = rows.size() <= 1000 ? rows.stream().map(ResearcherRecord::getId).toList() : null;

        Map<Long, Set<String>> talent = new HashMap<>();
        Map<Long, Set<String>> tech = new HashMap<>();
        dsl.selectFrom(RESEARCHER_TAG)
                .where(ids == null ? DSL.noCondition() : RESEARCHER_TAG.RESEARCHER_ID.in(ids))
                .forEach(t -> (TALENT.equals(t.getTagKind()) ? talent : tech)
                        .computeIfAbsent(t.getResearcherId(), k -> new TreeSet<>()).add(t.getTag()));
        Map<Long, List<CareerBreak>> breaks = new HashMap<>();
        dsl.selectFrom(CAREER_BREAK)
                .where(ids == null ? DSL.noCondition() : CAREER_BREAK.RESEARCHER_ID.in(ids))
                .orderBy(CAREER_BREAK.START_DATE, CAREER_BREAK.ID)
                .forEach(b -> breaks.computeIfAbsent(b.getResearcherId(), k -> new ArrayList<>()).add(
                        new CareerBreak(b.getId(), CareerBreakKind.valueOf(b.getKind()), b.getStartDate(),
                                b.getEndDate(), b.getNote())));
        Map<Long, List<Assignment>> history = new HashMap<>();
        dsl.selectFrom(ASSIGNMENT)
                .where(ids == null ? DSL.noCondition() : ASSIGNMENT.RESEARCHER_ID.in(ids))
                .orderBy(ASSIGNMENT.VALID_FROM)
                .forEach(a -> history.computeIfAbsent(a.getResearcherId(), k -> new ArrayList<>()).add(
                        new Assignment(a.getValidFrom(), ResearchCategory.valueOf(a.getCategory()),
                                a.getDepartmentCode())));

        List<Researcher> result = new ArrayList<>(rows.size());
        for (ResearcherRecord r : rows) {
            long id = r.getId();
            result.add(new Researcher(new ResearcherId(id), r.getEmployeeNo(), r.getNameZh(), r.getNameLatin(),
                    Gender.valueOf(r.getGender()), r.getBirthDate(), Degree.valueOf(r.getDegree()), r.getDegreeDate(),
                    r.getHireDate(), r.getDepartmentCode(), r.getTitle(), r.getDiscipline(),
                    ResearchCategory.valueOf(r.getCategory()), talent.getOrDefault(id, Set.of()), r.getOrcid(),
                    r.getEmail(), r.getPhone(), tech.getOrDefault(id, Set.of()), EmploymentStatus.valueOf(r.getStatus()),
                    breaks.getOrDefault(id, List.of()), history.getOrDefault(id, List.of()), r.getVersion()));
        }
        return result;
    }

    @Override
    public Researcher insert(Researcher researcher) {
        return insertAll(List.of(researcher)).get(0);
    }

    @Override
    public List<Researcher> insertAll(List<Researcher> researchers) {
        if (researchers.isEmpty()) {
            return List.of();
        }
        var insert = dsl.insertInto(RESEARCHER, RESEARCHER.EMPLOYEE_NO, RESEARCHER.NAME_ZH, RESEARCHER.NAME_LATIN,
                RESEARCHER.GENDER, RESEARCHER.BIRTH_DATE, RESEARCHER.DEGREE, RESEARCHER.DEGREE_DATE,
                RESEARCHER.HIRE_DATE, RESEARCHER.DEPARTMENT_CODE, RESEARCHER.TITLE, RESEARCHER.DISCIPLINE,
                RESEARCHER.CATEGORY, RESEARCHER.ORCID, RESEARCHER.EMAIL, RESEARCHER.PHONE, RESEARCHER.STATUS,
                RESEARCHER.VERSION);
        for (Researcher r : researchers) {
            insert = insert.values(r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender().name(), r.birthDate(),
                    r.degree().name(), r.degreeDate(), r.hireDate(), r.departmentCode(), r.title(), r.discipline(),
                    r.category().name(), r.orcid(), r.email(), r.phone(), r.status().name(), 1L);
        }
        List<Long> ids = insert.returningResult(RESEARCHER.ID).fetch(RESEARCHER.ID);
        List<Researcher> stored = new ArrayList<>(researchers.size());
        for (int i = 0; i < researchers.size(); i++) {
            stored.add(researchers.get(i).withId(new ResearcherId(ids.get(i))).withVersion(1));
        }
        writeChildren(stored);
        return stored;
    }

    @Override
    public Researcher update(Researcher r) {
        int updated = dsl.update(RESEARCHER)
                .set(RESEARCHER.EMPLOYEE_NO, r.employeeNo())
                .set(RESEARCHER.NAME_ZH, r.nameZh())
                .set(RESEARCHER.NAME_LATIN, r.nameLatin())
                .set(RESEARCHER.GENDER, r.gender().name())
                .set(RESEARCHER.BIRTH_DATE, r.birthDate())
                .set(RESEARCHER.DEGREE, r.degree().name())
                .set(RESEARCHER.DEGREE_DATE, r.degreeDate())
                .set(RESEARCHER.HIRE_DATE, r.hireDate())
                .set(RESEARCHER.DEPARTMENT_CODE, r.departmentCode())
                .set(RESEARCHER.TITLE, r.title())
                .set(RESEARCHER.DISCIPLINE, r.discipline())
                .set(RESEARCHER.CATEGORY, r.category().name())
                .set(RESEARCHER.ORCID, r.orcid())
                .set(RESEARCHER.EMAIL, r.email())
                .set(RESEARCHER.PHONE, r.phone())
                .set(RESEARCHER.STATUS, r.status().name())
                .set(RESEARCHER.VERSION, r.version() + 1)
                .where(RESEARCHER.ID.eq(r.id().value()))
                .and(RESEARCHER.VERSION.eq(r.version()))
                .execute();
        if (updated == 0) {
            throw new StaleRecordException("researcher", r.id().value());
        }
        long id = r.id().value();
        dsl.deleteFrom(RESEARCHER_TAG).where(RESEARCHER_TAG.RESEARCHER_ID.eq(id)).execute();
        dsl.deleteFrom(CAREER_BREAK).where(CAREER_BREAK.RESEARCHER_ID.eq(id)).execute();
        dsl.deleteFrom(ASSIGNMENT).where(ASSIGNMENT.RESEARCHER_ID.eq(id)).execute();
        Researcher stored = r.withVersion(r.version() + 1);
        writeChildren(List.of(stored));
        return findById(stored.id()).orElseThrow();
    }

    private void writeChildren(List<Researcher> stored) {
        var tags = dsl.insertInto(RESEARCHER_TAG, RESEARCHER_TAG.RESEARCHER_ID, RESEARCHER_TAG.TAG_KIND, RESEARCHER_TAG.TAG);
        var breaks = dsl.insertInto(CAREER_BREAK, CAREER_BREAK.RESEARCHER_ID, CAREER_BREAK.KIND, CAREER_BREAK.START_DATE,
                CAREER_BREAK.END_DATE, CAREER_BREAK.NOTE);
        var history = dsl.insertInto(ASSIGNMENT, ASSIGNMENT.RESEARCHER_ID, ASSIGNMENT.VALID_FROM, ASSIGNMENT.CATEGORY,
                ASSIGNMENT.DEPARTMENT_CODE);
        int nTags = 0;
        int nBreaks = 0;
        int nHistory = 0;
        for (Researcher r : stored) {
            long id = r.id().value();
            for (String t : new TreeSet<>(r.talentTags())) {
                tags = tags.values(id, TALENT, t);
                nTags++;
            }
            for (String t : new TreeSet<>(r.techTags())) {
                tags = tags.values(id, TECH, t);
                nTags++;
            }
            for (CareerBreak b : r.breaks()) {
                breaks = breaks.values(id, b.kind().name(), b.start(), b.end(), b.note());
                nBreaks++;
            }
            for (Assignment a : r.history()) {
                history = history.values(id, a.validFrom(), a.category().name(), a.departmentCode());
                nHistory++;
            }
        }
        if (nTags > 0) {
            tags.execute();
        }
        if (nBreaks > 0) {
            breaks.execute();
        }
        if (nHistory > 0) {
            history.execute();
        }
    }
}
