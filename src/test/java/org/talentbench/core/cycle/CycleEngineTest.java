package org.talentbench.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.core.Fixtures.assignment;
import static org.talentbench.core.Fixtures.careerBreak;
import static org.talentbench.core.Fixtures.d;
import static org.talentbench.core.Fixtures.researcher;
import static org.talentbench.core.Fixtures.withStatus;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.researcher.CareerBreakKind;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;

class CycleEngineTest {
    private static final CycleRules RULES = CycleRules.defaults();

    /** Born 1970: never young talent in the years tested. */
    private static Researcher senior(String hire, ResearchCategory category) {
        return researcher(1, Gender.MALE, d("1970-05-05"), d(hire), category);
    }

    @ParameterizedTest(name = "reference {0}: {1}, window {2}..{3}, next due {4}")
    @CsvSource({
            // hired 2010-01-01, basic research, 5-year cycles: 2010-14, 2015-19, 2020-24, 2025-29
            "2024-12-31, DUE_FULL, 2020-01-01, 2024-12-31, 2029-12-31",
            "2026-12-31, NOT_DUE,  2025-01-01, 2029-12-31, 2029-12-31",
            "2028-06-30, NOT_DUE,  2025-01-01, 2029-12-31, 2029-12-31",
            // due in the year the cycle ends, even when the round closes before the last day
            "2029-06-30, DUE_FULL, 2025-01-01, 2029-12-31, 2034-12-31",
    })
    void basicResearchIsDueEveryFiveYearsFromTheHireDate(String ref, CycleStatus status, String start, String end,
                                                          String next) {
        CycleDecision dec = CycleEngine.decide(senior("2010-01-01", ResearchCategory.BASIC), d(ref), RULES);
        assertEquals(status, dec.status());
        assertEquals(new DateWindow(d(start), d(end)), dec.window());
        assertEquals(d(next), dec.nextDueDate());
        assertFalse(dec.youngTalent());
        assertTrue(dec.reasons().contains(Reason.of("cycle.reason.categoryCycle", "BASIC", 5)));
    }

    @Test
    void notDueDecisionGivesTheNextDueDate() {
        CycleDecision dec = CycleEngine.decide(senior("2010-01-01", ResearchCategory.BASIC), d("2026-12-31"),
                RULES);
        assertEquals(CycleStatus.NOT_DUE, dec.status());
        assertEquals(d("2029-12-31"), dec.nextDueDate());
        assertTrue(dec.reasons().contains(Reason.of("cycle.reason.notDueUntil", "2029-12-31")));
    }

    @Test
    void appliedResearchIsDueEveryThreeYears() {
        // hired 2020-04-01: 2020-04-01..2023-03-31, 2023-04-01..2026-03-31
        CycleDecision dec = CycleEngine.decide(senior("2020-04-01", ResearchCategory.APPLIED), d("2026-12-31"),
                RULES);
        assertEquals(CycleStatus.DUE_FULL, dec.status());
        assertEquals(new DateWindow(d("2023-04-01"), d("2026-03-31")), dec.window());
        assertEquals(d("2029-03-31"), dec.nextDueDate());
    }

    @Test
    void newHireIsEvaluatedAfterAFullFirstCycleWithCheckInsBefore() {
        Researcher hire = senior("2024-03-15", ResearchCategory.BASIC);
        // first cycle: 2024-03-15 .. 2029-03-14 (a full 5 years, not cut to an institute calendar)
        CycleDecision midway = CycleEngine.decide(hire, d("2026-12-31"), RULES);
        assertEquals(CycleStatus.CHECK_IN_ONLY, midway.status());
        assertEquals(d("2029-03-14"), midway.nextDueDate());
        assertTrue(midway.has("cycle.reason.checkInNewHire"));
        assertTrue(midway.reasons().contains(Reason.of("cycle.reason.newHireFirstCycle", "2024-03-15",
                "2029-03-14")));

        CycleDecision due = CycleEngine.decide(hire, d("2029-12-31"), RULES);
        assertEquals(CycleStatus.DUE_FULL, due.status());
        assertEquals(new DateWindow(d("2024-03-15"), d("2029-03-14")), due.window());
        assertEquals(d("2034-03-14"), due.nextDueDate());
    }

    @Test
    void newHireCheckInCanBeSwitchedOff() {
        CycleRules noCheckIn = new CycleRules(RULES.categories(), RULES.youngTalent(), RULES.breaks(), false);
        CycleDecision dec = CycleEngine.decide(senior("2024-03-15", ResearchCategory.BASIC), d("2026-12-31"),
                noCheckIn);
        assertEquals(CycleStatus.NOT_DUE, dec.status());
    }

    @Test
    void categoryChangeRestartsTheWindowAtTheChangeDate() {
        // basic 2020-01-01 (cycle to 2024-12-31), applied from 2022-07-01: new 3-year cycle 2022-07-01..2025-06-30,
        // which already ends after the abandoned basic cycle would have.
        Researcher r = senior("2020-01-01", ResearchCategory.APPLIED).withBreaksAndHistory(List.of(),
                List.of(assignment(d("2020-01-01"), ResearchCategory.BASIC),
                        assignment(d("2022-07-01"), ResearchCategory.APPLIED)));
        CycleDecision in2024 = CycleEngine.decide(r, d("2024-12-31"), RULES);
        assertEquals(CycleStatus.NOT_DUE, in2024.status());
        assertEquals(d("2025-06-30"), in2024.nextDueDate());

        CycleDecision in2025 = CycleEngine.decide(r, d("2025-12-31"), RULES);
        assertEquals(CycleStatus.DUE_FULL, in2025.status());
        assertEquals(ResearchCategory.APPLIED, in2025.category());
        assertEquals(new DateWindow(d("2022-07-01"), d("2025-06-30")), in2025.window());
        assertTrue(in2025.reasons().contains(Reason.of("cycle.reason.categoryChange", "2022-07-01", "BASIC",
                "APPLIED")));
        assertEquals(d("2028-06-30"), in2025.nextDueDate());
    }

    @Test
    void categoryChangeNeverEndsBeforeTheAbandonedCycleWould() {
        // basic from 2020-01-01 (would end 2024-12-31); applied from 2021-01-01: 3 years would end 2023-12-31,
        // earlier than the basic cycle, so the new window runs to 2024-12-31.
        Researcher r = senior("2020-01-01", ResearchCategory.APPLIED).withBreaksAndHistory(List.of(),
                List.of(assignment(d("2020-01-01"), ResearchCategory.BASIC),
                        assignment(d("2021-01-01"), ResearchCategory.APPLIED)));
        assertEquals(CycleStatus.NOT_DUE, CycleEngine.decide(r, d("2023-12-31"), RULES).status());
        CycleDecision dec = CycleEngine.decide(r, d("2024-12-31"), RULES);
        assertEquals(CycleStatus.DUE_FULL, dec.status());
        assertEquals(new DateWindow(d("2021-01-01"), d("2024-12-31")), dec.window());
        assertTrue(dec.reasons().contains(Reason.of("cycle.reason.categoryChangeKeptOldEnd", "2024-12-31")));
    }

    @Test
    void youngTalentFilesCheckInsBetweenFiveYearEvaluations() {
        // born 1992-05-01, hired 2021-01-01 in applied research (3 years), young: cycles of 5 years
        Researcher r = researcher(1, Gender.MALE, d("1992-05-01"), d("2021-01-01"), ResearchCategory.APPLIED);
        CycleDecision due = CycleEngine.decide(r, d("2025-12-31"), RULES);
        assertEquals(CycleStatus.DUE_FULL, due.status());
        assertEquals(new DateWindow(d("2021-01-01"), d("2025-12-31")), due.window());
        assertTrue(due.reasons().contains(Reason.of("cycle.reason.youngTalentCycle", 5)));

        CycleDecision mid = CycleEngine.decide(r, d("2027-06-30"), RULES);
        assertEquals(CycleStatus.CHECK_IN_ONLY, mid.status());
        assertTrue(mid.youngTalent());
        assertTrue(mid.has("cycle.reason.checkInYoungTalent"));
        assertEquals(d("2030-12-31"), mid.nextDueDate());
    }

    @Test
    void maternityLeaveLengthensTheWindowBy18Months() {
        // hired 2015-01-01 (basic: 2015..2019, 2020..2024); a child in 2021 moves the second cycle's end from
        // 2024-12-31 to 2024-12-31 + 18 months = 2026-06-30.
        Researcher r = senior("2015-01-01", ResearchCategory.BASIC).withBreaksAndHistory(
                List.of(careerBreak(CareerBreakKind.MATERNITY, d("2021-05-01"), d("2021-10-31"))), List.of());
        CycleDecision in2024 = CycleEngine.decide(r, d("2024-12-31"), RULES);
        assertEquals(CycleStatus.NOT_DUE, in2024.status());
        assertEquals(d("2026-06-30"), in2024.nextDueDate());
        CycleDecision in2026 = CycleEngine.decide(r, d("2026-12-31"), RULES);
        assertEquals(CycleStatus.DUE_FULL, in2026.status());
        assertEquals(new DateWindow(d("2020-01-01"), d("2026-06-30")), in2026.window());
        assertEquals(d("2031-06-30"), in2026.nextDueDate());
        assertTrue(in2026.reasons().contains(Reason.of("cycle.reason.maternityExtension", 18, "2021-05-01")));
    }

    @ParameterizedTest(name = "illness {0}..{1}: window ends {2}")
    @CsvSource({
            "2021-03-01, 2021-05-29, 2024-12-31", // 90 days: not more than 90, no extension
            "2021-03-01, 2021-05-30, 2025-04-01", // 91 days (31+30+30): 2024-12-31 + 91 days
    })
    void onlyIllnessOverNinetyDaysLengthensTheWindow(String start, String end, String windowEnd) {
        Researcher r = senior("2020-01-01", ResearchCategory.BASIC).withBreaksAndHistory(
                List.of(careerBreak(CareerBreakKind.LONG_ILLNESS, d(start), d(end))), List.of());
        CycleDecision dec = CycleEngine.decide(r, d("2022-12-31"), RULES);
        assertEquals(d(windowEnd), dec.window().end());
    }

    @Test
    void otherBreaksDoNotLengthenUnlessConfigured() {
        Researcher r = senior("2020-01-01", ResearchCategory.BASIC).withBreaksAndHistory(
                List.of(careerBreak(CareerBreakKind.OTHER, d("2021-01-01"), d("2021-12-31"))), List.of());
        assertEquals(d("2024-12-31"), CycleEngine.decide(r, d("2022-12-31"), RULES).window().end());
        CycleRules generous = RULES.withBreaks(new CareerBreakRules(18, true, true, 90, true, true));
        // 365 days added to 2024-12-31
        assertEquals(d("2025-12-31"), CycleEngine.decide(r, d("2022-12-31"), generous).window().end());
    }

    @Test
    void nationalMajorTaskDecisionSaysMilestonesGovern() {
        CycleDecision dec = CycleEngine.decide(senior("2020-01-01", ResearchCategory.NATIONAL_MAJOR_TASK),
                d("2022-12-31"), RULES);
        assertEquals(CycleStatus.DUE_FULL, dec.status());
        assertTrue(dec.has("cycle.reason.milestone"));
    }

    @Test
    void researchersWhoLeftAreNotDue() {
        CycleDecision dec = CycleEngine.decide(withStatus(senior("2010-01-01", ResearchCategory.BASIC),
                EmploymentStatus.LEFT), d("2024-12-31"), RULES);
        assertEquals(CycleStatus.NOT_DUE, dec.status());
        assertNull(dec.window());
        assertTrue(dec.has("cycle.reason.notActive"));
    }

    @Test
    void researchersHiredAfterTheReferenceDateAreNotDue() {
        CycleDecision dec = CycleEngine.decide(senior("2027-01-01", ResearchCategory.BASIC), d("2026-12-31"),
                RULES);
        assertEquals(CycleStatus.NOT_DUE, dec.status());
        assertTrue(dec.has("cycle.reason.notYetHired"));
    }
}
