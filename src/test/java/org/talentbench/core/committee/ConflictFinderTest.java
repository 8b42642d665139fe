package org.talentbench.core.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.core.Fixtures.d;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbench.core.Fixtures;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

class ConflictFinderTest {
    private static final long ROUND = 7;
    /** The default window of 3 years before 2026-12-31 starts on 2023-12-31. */
    private static final java.time.LocalDate REF = d("2026-12-31");

    private static Researcher person(long id, String department) {
        Researcher r = Fixtures.researcher(id, Gender.FEMALE, d("1985-01-01"), d("2012-01-01"), ResearchCategory.BASIC);
        return new Researcher(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender(), r.birthDate(),
                r.degree(), r.degreeDate(), r.hireDate(), department, r.title(), r.discipline(), r.category(),
                r.talentTags(), r.orcid(), r.email(), r.phone(), r.techTags(), r.status(), r.breaks(), r.history(), 1);
    }

    private static Output output(long id, OutputKind kind, String date, long... authors) {
        Contribution[] cs = new Contribution[authors.length];
        for (int i = 0; i < authors.length; i++) {
            cs[i] = new Contribution(new ResearcherId(authors[i]), i + 1, false, 100.0 / authors.length);
        }
        return Fixtures.output(id, kind, d(date), Map.of(), cs);
    }

    private static Reviewer internal(long account, long researcher, String department) {
        return new Reviewer(new AccountId(account), new ResearcherId(researcher), department);
    }

    private static ConflictSet find(List<Reviewer> reviewers, List<Researcher> people, List<Output> outputs,
                                    List<ConflictDeclaration> declarations, List<ConflictOverride> overrides,
                                    ConflictRules rules) {
        return ConflictFinder.find(ROUND, reviewers, people, outputs, declarations, overrides, REF, rules);
    }

    @Test
    void coAuthorshipWithinTheWindowConflictsAndNamesTheSharedPapers() {
        // reviewer 100 is researcher 9; papers 1 (2024) and 2 (2025) are shared with person 1, paper 3 (2019) too old
        List<Output> outputs = List.of(output(1, OutputKind.JOURNAL_PAPER, "2024-03-01", 9, 1),
                output(2, OutputKind.CONFERENCE_PAPER, "2025-06-01", 1, 5, 9),
                output(3, OutputKind.JOURNAL_PAPER, "2019-01-01", 9, 2));
        ConflictSet set = find(List.of(internal(100, 9, "X")), List.of(person(1, "A"), person(2, "A")), outputs,
                List.of(), List.of(), ConflictRules.defaults());

        Conflict c = set.find(new AccountId(100), new ResearcherId(1)).orElseThrow();
        assertTrue(c.barring());
        assertEquals(List.of(new ConflictReason(ConflictKind.CO_AUTHORSHIP,
                List.of(new OutputId(2), new OutputId(1)), "")), c.reasons());
        assertFalse(set.barred(new AccountId(100), new ResearcherId(2)), "the 2019 paper is outside 3 years");
    }

    @Test
    void aLongerWindowReachesOlderCoAuthorship() {
        List<Output> outputs = List.of(output(3, OutputKind.JOURNAL_PAPER, "2019-01-01", 9, 2));
        ConflictSet set = find(List.of(internal(100, 9, "X")), List.of(person(2, "A")), outputs, List.of(),
                List.of(), new ConflictRules(true, 8, 3));
        assertTrue(set.barred(new AccountId(100), new ResearcherId(2)));
    }

    @Test
    void aSharedProjectIsItsOwnReason() {
        ConflictSet set = find(List.of(internal(100, 9, "X")), List.of(person(1, "A")),
                List.of(output(4, OutputKind.PROJECT, "2025-01-01", 1, 9)), List.of(), List.of(),
                ConflictRules.defaults());
        assertTrue(set.find(new AccountId(100), new ResearcherId(1)).orElseThrow().has(ConflictKind.SHARED_PROJECT));
    }

    @Test
    void sameDepartmentConflictsOnlyWhileTheRuleIsOn() {
        List<Reviewer> reviewers = List.of(internal(100, 9, "A"), new Reviewer(new AccountId(101), null, ""));
        List<Researcher> people = List.of(person(1, "A"), person(2, "B"));
        ConflictSet on = find(reviewers, people, List.of(), List.of(), List.of(), ConflictRules.defaults());
        assertTrue(on.barred(new AccountId(100), new ResearcherId(1)));
        assertFalse(on.barred(new AccountId(100), new ResearcherId(2)));
        assertFalse(on.barred(new AccountId(101), new ResearcherId(1)), "external experts have no department");

        ConflictSet off = find(reviewers, people, List.of(), List.of(), List.of(), new ConflictRules(false, 3, 3));
        assertFalse(off.barred(new AccountId(100), new ResearcherId(1)));
    }

    @Test
    void declarationsConflictAndStandingOnesHoldInEveryRound() {
        AccountId external = new AccountId(101);
        List<ConflictDeclaration> declarations = List.of(
                new ConflictDeclaration(0, external, new ResearcherId(1), DeclarationKind.ADVISOR_STUDENT, "博士导师"),
                new ConflictDeclaration(0, external, new ResearcherId(2), DeclarationKind.FAMILY, ""),
                new ConflictDeclaration(ROUND, external, new ResearcherId(3), DeclarationKind.EXCLUSION_REQUEST, ""),
                new ConflictDeclaration(ROUND + 1, external, new ResearcherId(4), DeclarationKind.REVIEWER_DECLARED,
                        "another round"));
        ConflictSet set = find(List.of(new Reviewer(external, null, "")),
                List.of(person(1, "A"), person(2, "A"), person(3, "A"), person(4, "A")), List.of(), declarations,
                List.of(), ConflictRules.defaults());
        assertTrue(set.find(external, new ResearcherId(1)).orElseThrow().has(ConflictKind.ADVISOR_STUDENT));
        assertTrue(set.find(external, new ResearcherId(2)).orElseThrow().has(ConflictKind.FAMILY));
        assertTrue(set.find(external, new ResearcherId(3)).orElseThrow().has(ConflictKind.EXCLUSION_REQUEST));
        assertFalse(set.barred(external, new ResearcherId(4)), "declared for another round only");
    }

    @Test
    void anOverrideKeepsTheConflictOnRecordButLiftsTheBar() {
        ConflictOverride override = new ConflictOverride(ROUND, new AccountId(100), new ResearcherId(1),
                "different laboratory", new AccountId(1), Instant.parse("2026-11-01T09:00:00Z"));
        ConflictSet set = find(List.of(internal(100, 9, "A")), List.of(person(1, "A")), List.of(), List.of(),
                List.of(override), ConflictRules.defaults());
        Conflict c = set.find(new AccountId(100), new ResearcherId(1)).orElseThrow();
        assertEquals(override, c.override());
        assertFalse(set.barred(new AccountId(100), new ResearcherId(1)));
    }

    @Test
    void nobodyJudgesThemselvesWhateverTheOverride() {
        ConflictOverride override = new ConflictOverride(ROUND, new AccountId(100), new ResearcherId(9), "no",
                new AccountId(1), Instant.parse("2026-11-01T09:00:00Z"));
        ConflictSet set = find(List.of(internal(100, 9, "A")), List.of(person(9, "A")), List.of(), List.of(),
                List.of(override), ConflictRules.defaults());
        assertTrue(set.barred(new AccountId(100), new ResearcherId(9)));
        assertTrue(set.find(new AccountId(100), new ResearcherId(9)).orElseThrow().has(ConflictKind.SELF));
    }

    @Test
    void anOverrideWithoutAReasonIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ConflictOverride(ROUND,
                new AccountId(100), new ResearcherId(1), "  ", new AccountId(1), Instant.EPOCH));
        assertEquals("committee.override.reasonRequired", e.code());
    }

    @Test
    void aFourthExclusionRequestIsRefused() {
        List<ConflictDeclaration> four = List.of(1L, 2L, 3L, 4L).stream()
                .map(a -> new ConflictDeclaration(ROUND, new AccountId(a), new ResearcherId(1),
                        DeclarationKind.EXCLUSION_REQUEST, "")).toList();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ConflictFinder.checkExclusionRequests(ROUND, four, ConflictRules.defaults()));
        assertEquals("committee.exclusion.tooMany", e.code());
        ConflictFinder.checkExclusionRequests(ROUND, four.subList(0, 3), ConflictRules.defaults());
    }
}
