package org.talentbench.core.researcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileSettingsTest {

    @Test
    void defaultsFollowThePolicyReference() {
        ProfileSettings d = ProfileSettings.defaults();
        assertEquals(List.of("研究员", "副研究员", "助理研究员", "研究实习员"), d.titleLadder());
        assertEquals(62, d.disciplines().size(), "GB/T 13745-2009 has 62 first-level disciplines");
        assertEquals("数学", d.disciplines().get(0));
        assertEquals("统计学", d.disciplines().get(61));
        assertEquals(5, d.representativeMax(ResearchCategory.BASIC));
        assertEquals(1.0 / 3.0, d.minDomesticShare(), 1e-12);
        assertEquals(Set.of(ResearchCategory.BASIC), d.domesticCategories());
        assertEquals(Violation.Severity.WARNING, d.domesticSeverity());
        assertEquals(16, d.minAgeYears());
    }

    @Test
    void settingsRoundTripThroughTheirStringForm() {
        ProfileSettings s = ProfileSettings.fromMap(Map.of(
                ProfileSettings.TITLE_LADDER, "正高|副高|中级|初级",
                ProfileSettings.REP_MAX_PREFIX + "BASIC", "8",
                ProfileSettings.REP_DOMESTIC_SEVERITY, "error",
                ProfileSettings.CATEGORY_LABEL_PREFIX + "BASIC.zh", "基础前沿研究",
                ProfileSettings.REP_DOMESTIC_CATEGORIES, "BASIC|PUBLIC_WELFARE"));
        assertEquals(ProfileSettings.GENERIC_LADDER, s.titleLadder());
        assertEquals(8, s.representativeMax(ResearchCategory.BASIC));
        assertEquals(Violation.Severity.ERROR, s.domesticSeverity());
        assertEquals("基础前沿研究", s.categoryLabel(ResearchCategory.BASIC, "zh").orElseThrow());
        assertEquals(Set.of(ResearchCategory.BASIC, ResearchCategory.PUBLIC_WELFARE), s.domesticCategories());
        assertEquals(s, ProfileSettings.fromMap(s.toMap()));
    }

    @ParameterizedTest
    @CsvSource({"1/3, 0.333333333333", "0.5, 0.5", "25%, 0.25", "0, 0", "2, -1", "abc, -1", "1/0, -1"})
    void theDomesticShareIsReadAsAFractionOrFallsBack(String text, double expected) {
        double read = ProfileSettings.fromMap(Map.of(ProfileSettings.REP_DOMESTIC_SHARE, text)).minDomesticShare();
        assertEquals(expected < 0 ? 1.0 / 3.0 : expected, read, 1e-9);
    }

    @Test
    void unreadableNumbersFallBackToTheDefault() {
        ProfileSettings s = ProfileSettings.fromMap(Map.of(ProfileSettings.REP_MAX_PREFIX + "BASIC", "many",
                ProfileSettings.MIN_AGE, "-3", ProfileSettings.CATEGORIES, "NOPE"));
        assertEquals(5, s.representativeMax(ResearchCategory.BASIC));
        assertEquals(16, s.minAgeYears());
        assertEquals(List.of(ResearchCategory.values()), s.categories());
    }
}
