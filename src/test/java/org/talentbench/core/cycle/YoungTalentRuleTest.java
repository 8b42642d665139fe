package org.talentbench.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.core.Fixtures.careerBreak;
import static org.talentbench.core.Fixtures.d;
import static org.talentbench.core.Fixtures.researcher;
import static org.talentbench.core.Fixtures.withDoctorate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.researcher.CareerBreakKind;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;

class YoungTalentRuleTest {
    private static final CareerBreakRules BREAKS = CareerBreakRules.defaults();

    @ParameterizedTest(name = "born {0}, evaluated {1}: young={2}")
    @CsvSource({
            // born on 1 January: 40 on 1 January 2026, so no longer "under 40"
            "1986-01-01, 2026, false",
            // born on 2 January: still 39 on 1 January 2026
            "1986-01-02, 2026, true",
            // a birthday later in the year does not matter: age is taken on 1 January
            "1986-12-31, 2026, true",
            "1985-12-31, 2026, false",
            "1986-01-01, 2025, true",
    })
    void youngTalentAgeIsTakenOnFirstOfJanuary(String birth, int year, boolean young) {
        Researcher r = researcher(1, Gender.FEMALE, d(birth), d("2015-01-01"), ResearchCategory.BASIC);
        assertEquals(young, YoungTalentRule.byAge(40).check(r, year, BREAKS).young());
    }

    @ParameterizedTest(name = "{0} born {1}: young={2}")
    @CsvSource({
            // men under 38, women under 40 (NSFC 优青 thresholds), evaluated in 2026
            "MALE,        1988-01-02, true",   // 37 on 2026-01-01
            "MALE,        1988-01-01, false",  // 38
            "FEMALE,      1988-01-01, true",   // 38 < 40
            "FEMALE,      1986-01-02, true",   // 39
            "FEMALE,      1986-01-01, false",  // 40
            "UNSPECIFIED, 1987-01-01, true",   // 39, general threshold 40
            "UNSPECIFIED, 1986-01-01, false",
    })
    void sexSpecificThresholdsApply(Gender gender, String birth, boolean young) {
        Researcher r = researcher(1, gender, d(birth), d("2015-01-01"), ResearchCategory.BASIC);
        assertEquals(young, YoungTalentRule.byAgeAndSex(38, 40).check(r, 2026, BREAKS).young());
    }

    @ParameterizedTest(name = "{0} on {1}: young={2}")
    @CsvSource({
            // at most 8 years from the doctorate to 1 January 2026
            "DOCTORATE, 2018-01-01, true",   // exactly 8 years
            "DOCTORATE, 2017-12-31, false",  // 8 years and a day
            "DOCTORATE, 2020-06-30, true",
            "MASTER,    2020-06-30, false",  // no doctorate: not young under this rule
    })
    void yearsSinceDoctorateRuleCountsToFirstOfJanuary(Degree degree, String degreeDate, boolean young) {
        Researcher r = withDoctorate(researcher(1, Gender.MALE, d("1970-01-01"), d("2015-01-01"),
                ResearchCategory.BASIC), degree, d(degreeDate));
        assertEquals(young, YoungTalentRule.bySinceDoctorate(8).check(r, 2026, BREAKS).young());
    }

    @Test
    void maternityExtensionOf18MonthsLiftsResearcherBackIntoYoungTalent() {
        // Born 1985-09-01: 40 on 1 January 2026, so not under 40 ...
        Researcher r = researcher(1, Gender.FEMALE, d("1985-09-01"), d("2015-01-01"), ResearchCategory.BASIC);
        assertFalse(YoungTalentRule.byAge(40).check(r, 2026, BREAKS).young());
        // ... but one child (a 6-month maternity leave, shorter than 18 months) moves the limit from
        // 2025-09-01 to 2027-03-01, after 1 January 2026.
        Researcher mother = r.withBreaksAndHistory(
                List.of(careerBreak(CareerBreakKind.MATERNITY, d("2019-03-01"), d("2019-08-31"))), List.of());
        YoungTalentRule.Check check = YoungTalentRule.byAge(40).check(mother, 2026, BREAKS);
        assertTrue(check.young());
        assertTrue(check.reasons().contains(Reason.of("cycle.reason.youngTalentLimitExtended", 18, 0,
                "2027-03-01")));
    }

    @Test
    void shortIllnessDoesNotExtendTheAgeLimit() {
        Researcher r = researcher(1, Gender.MALE, d("1985-09-01"), d("2015-01-01"), ResearchCategory.BASIC)
                .withBreaksAndHistory(List.of(careerBreak(CareerBreakKind.LONG_ILLNESS, d("2020-01-01"),
                        d("2020-03-30"))), List.of()); // 90 days: not more than 90
        assertFalse(YoungTalentRule.byAge(40).check(r, 2026, BREAKS).young());
    }
}
