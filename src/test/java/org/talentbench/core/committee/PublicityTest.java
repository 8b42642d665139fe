package org.talentbench.core.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.talentbench.core.Fixtures.d;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.ResearcherId;

class PublicityTest {
    @ParameterizedTest
    @CsvSource({
        // 2026-03-02 is a Monday: five working days end on Friday
        "2026-03-02, 5, 2026-03-06",
        // from Friday: Fri, Mon, Tue, Wed, Thu
        "2026-03-06, 5, 2026-03-12",
        // starting on a Saturday: Mon..Fri of the next week
        "2026-03-07, 5, 2026-03-13",
    })
    void fiveWorkingDaysSkipWeekends(String start, int days, String end) {
        assertEquals(d(end), WorkingDays.lastDay(d(start), days, Set.of(), Set.of()));
    }

    @Test
    void holidaysAreSkippedAndMakeUpDaysCount() {
        // 2026-10-01 (Thursday) to 10-07 are holidays; Saturday 2026-10-10 is a make-up working day
        Set<LocalDate> holidays = Set.of(d("2026-10-01"), d("2026-10-02"), d("2026-10-05"), d("2026-10-06"),
                d("2026-10-07"));
        // from 2026-09-30 (Wed): 9-30, 10-08, 10-09, 10-10 (make-up), 10-12
        assertEquals(d("2026-10-12"), WorkingDays.lastDay(d("2026-09-30"), 5, holidays, Set.of(d("2026-10-10"))));
    }

    @Test
    void theFingerprintChangesWithAnyGradeAndNotWithOrder() {
        OutcomeLine a = new OutcomeLine(new ResearcherId(1), "E1", "BASIC", 1, 91.5, 8.25, AppraisalGrade.EXCELLENT);
        OutcomeLine b = new OutcomeLine(new ResearcherId(2), "E2", "BASIC", 2, 80.0, 7.0, AppraisalGrade.QUALIFIED);
        Objection o = new Objection(3, 7, new ResearcherId(2), d("2026-03-03"), "评分有误", "复核后维持",
                ObjectionOutcome.REJECTED, new AccountId(1), Instant.EPOCH, new AccountId(1), Instant.EPOCH);
        String one = OutcomeFingerprint.sha256(OutcomeFingerprint.canonical(7, List.of(a, b), List.of(), List.of(o)));
        String two = OutcomeFingerprint.sha256(OutcomeFingerprint.canonical(7, List.of(b, a), List.of(), List.of(o)));
        assertEquals(one, two);
        OutcomeLine changed = new OutcomeLine(new ResearcherId(2), "E2", "BASIC", 2, 80.0, 7.0,
                AppraisalGrade.EXCELLENT);
        assertNotEquals(one, OutcomeFingerprint.sha256(OutcomeFingerprint.canonical(7, List.of(a, changed),
                List.of(), List.of(o))));
        assertEquals(64, one.length());
    }
}
