package org.talentbench.core.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.core.scheme.TestSchemes.count;
import static org.talentbench.core.scheme.TestSchemes.dimension;
import static org.talentbench.core.scheme.TestSchemes.judgement;
import static org.talentbench.core.scheme.TestSchemes.sum;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.cycle.CategoryCycle;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;

class PolicyLintTest {
    /**
     * A basic-research scheme that breaks every rule: paper count, impact factor, journal quartile filter, title,
     * degree and talent-title points, an award count, citations and h-index, a character score, one computed
     * indicator with 40% of the weight, no peer review, a 3-year window, a 3-year young-talent window, no domestic
     * share, full credit for team outputs, and no gates.
     */
    static Scheme badScheme() {
        Indicator papers = count("PAPERS", 0.4, List.of(OutputKind.JOURNAL_PAPER), null);
        Indicator impact = sum("IMPACT", 0.2, List.of(OutputKind.JOURNAL_PAPER), "impactFactor");
        Indicator q1 = count("Q1_PROJECTS", 0.2, List.of(OutputKind.PROJECT), Map.of("jcrQuartile", List.of("Q1")));
        Indicator everything = count("ALL_OUTPUTS", 0.2, List.of(), null);
        Indicator title = new Indicator("TITLE_POINTS", "职称", "Title", 0.25, IndicatorKind.PROFILE, null, null, null,
                null, null, ProfileField.TITLE, Map.of("研究员", 10.0), null);
        Indicator degree = new Indicator("DEGREE_POINTS", "学历", "Degree", 0.25, IndicatorKind.PROFILE, null, null,
                null, null, null, ProfileField.DEGREE, Map.of("DOCTORATE", 5.0), null);
        Indicator hat = new Indicator("TALENT_TITLE", "人才称号", "Talent title", 0.25, IndicatorKind.PROFILE, null,
                null, null, null, null, ProfileField.TALENT_TAG, Map.of("leading-talent", 10.0), null);
        Indicator awards = count("AWARDS", 0.25, List.of(OutputKind.AWARD), null);
        Indicator citations = sum("CITATIONS", 0.3, List.of(OutputKind.JOURNAL_PAPER), Indicator.ATTR_CITATIONS);
        Indicator h = new Indicator("H", "h指数", "h-index", 0.3, IndicatorKind.H_INDEX, null, null, null, null, null,
                null, null, null);
        Indicator character = judgement("ETHICS", 0.2, IndicatorKind.MANUAL);
        Indicator fullCredit = new Indicator("PATENTS_FULL", "专利", "Patents", 0.2, IndicatorKind.COUNT,
                List.of(OutputKind.PATENT), null, null, false, null, null, null, null);
        return new Scheme("bad", 1, ResearchCategory.BASIC, "坏", "Bad", new CategoryCycle(3, false, 3, false),
                new RepresentativeWorkPolicy(5, 0.0, Set.of(), CheckSeverity.WARNING, true, CheckSeverity.WARNING),
                Weighting.direct(), List.of(),
                List.of(dimension("INNOVATION", 0.5, papers, impact, q1, everything),
                        dimension("QUALITY", 0.2, title, degree, hat, awards),
                        dimension("CONTRIBUTION", 0.3, citations, h, character, fullCredit)));
    }

    @ParameterizedTest(name = "{0} at {2}")
    @CsvSource({
            "lint.paperCountAsPoints,          ERROR,   INNOVATION/PAPERS,          国科发监〔2020〕37号",
            "lint.journalMetricAsPoints,       ERROR,   INNOVATION/IMPACT,          国科发监〔2020〕37号",
            "lint.journalMetricForIndividuals, ERROR,   INNOVATION/Q1_PROJECTS,     DORA 2012",
            "lint.countIncludesPapers,         WARNING, INNOVATION/ALL_OUTPUTS,     国科发监〔2020〕37号",
            "lint.titleAsPoints,               ERROR,   QUALITY/TITLE_POINTS,       2018 five-ministry notice on 唯论文、唯职称、唯学历、唯奖项",
            "lint.degreeAsPoints,              ERROR,   QUALITY/DEGREE_POINTS,      2018 five-ministry notice on 唯论文、唯职称、唯学历、唯奖项",
            "lint.talentTitleAsPoints,         ERROR,   QUALITY/TALENT_TITLE,       中办发〔2018〕6号",
            "lint.awardAsPoints,               WARNING, QUALITY/AWARDS,             2018 five-ministry notice on 唯论文、唯职称、唯学历、唯奖项",
            "lint.citationsAsPoints,           WARNING, CONTRIBUTION/CITATIONS,     Leiden Manifesto 2015 principle 7",
            "lint.citationsAsPoints,           WARNING, CONTRIBUTION/H,             Leiden Manifesto 2015 principle 7",
            "lint.characterAsPoints,           ERROR,   CONTRIBUTION/ETHICS,        中办发〔2018〕6号",
            "lint.fullCreditForTeamOutputs,    WARNING, CONTRIBUTION/PATENTS_FULL,  中办发〔2018〕6号",
            // 0.5 × 0.4 = 0.20 is fine; title 0.2 × 0.25 = 0.05 fine; nothing above 0.30 here — see next test
            "lint.basicWithoutPeerReview,      ERROR,   dimensions,                 国科发监〔2020〕37号",
            "lint.basicWindowTooShort,         WARNING, cycle,                      中办发〔2018〕6号",
            "lint.youngTalentWindowShorter,    WARNING, cycle,                      中办发〔2018〕6号",
            "lint.domesticShareBelowPolicy,    WARNING, representativeWorks,        国科发监〔2020〕37号",
            "lint.noCharacterGate,             INFO,    gates,                      中办发〔2018〕6号",
    })
    void everyRuleFiresOnTheBadScheme(String code, LintSeverity severity, String path, String policy) {
        List<LintFinding> findings = PolicyLint.lint(badScheme());
        assertTrue(findings.stream().anyMatch(f -> f.code().equals(code) && f.severity() == severity
                        && f.path().equals(path) && f.policy().equals(policy)),
                () -> code + " at " + path + " missing from " + findings);
    }

    @Test
    void aSingleComputedIndicatorAboveThirtyPercentIsFlagged() {
        Scheme s = TestSchemes.scheme("dominant", ResearchCategory.APPLIED, 3,
                dimension("INNOVATION", 0.5, count("PATENTS", 0.8, List.of(OutputKind.PATENT), null),
                        judgement("BREAKTHROUGH", 0.2, IndicatorKind.MANUAL)),
                dimension("QUALITY", 0.3, judgement("USERS", 1.0, IndicatorKind.MANUAL)),
                dimension("CONTRIBUTION", 0.2, judgement("IMPACT_ON_INDUSTRY", 1.0, IndicatorKind.MANUAL)));
        List<LintFinding> findings = PolicyLint.lint(s);
        // PATENTS: 0.5 × 0.8 = 0.40 > 0.30. USERS (0.30, expert judgement) is exempt by default.
        LintFinding f = findings.stream().filter(x -> x.code().equals("lint.indicatorDominates")).findFirst()
                .orElseThrow();
        assertEquals("INNOVATION/PATENTS", f.path());
        assertEquals(List.of("PATENTS", "0.4000", "0.3000"), f.args());
        assertEquals("Leiden Manifesto 2015 principle 1", f.policy());
        assertEquals(1, findings.stream().filter(x -> x.code().equals("lint.indicatorDominates")).count());
    }

    @Test
    void inconsistentAhpMatrixIsAnError() {
        Scheme s = AhpWeightsTest.schemeWithA1();
        List<LintFinding> findings = PolicyLint.lint(s);
        LintFinding f = findings.stream().filter(x -> x.code().equals("lint.ahpInconsistent")).findFirst()
                .orElseThrow(() -> new AssertionError(findings.toString()));
        assertEquals(LintSeverity.ERROR, f.severity());
        assertEquals("INNOVATION", f.path());
        assertEquals(0.23, Double.parseDouble(f.args().get(0)), 0.01);
    }

    @Test
    void structuralDefectsAreReportedAsErrors() {
        Scheme s = badScheme();
        Scheme broken = s.withDimensions(List.of(s.dimensions().get(0).withWeight(0.9), s.dimensions().get(1),
                s.dimensions().get(2)));
        assertTrue(PolicyLint.lint(broken).stream().anyMatch(f -> f.code().equals("lint.schemeInvalid")
                && f.args().get(0).equals("scheme.weightsDoNotSumToOne") && f.severity() == LintSeverity.ERROR));
    }

    @Test
    void cycleRulesWithShortBasicAndYoungWindowsAreFlagged() {
        Map<ResearchCategory, CategoryCycle> cats = new EnumMap<>(CycleRules.defaultCategories());
        cats.put(ResearchCategory.BASIC, new CategoryCycle(3, false, 3, true));
        cats.put(ResearchCategory.APPLIED, new CategoryCycle(3, false, 3, true));
        CycleRules rules = new CycleRules(cats, CycleRules.defaults().youngTalent(), CycleRules.defaults().breaks(),
                true);
        Set<String> found = PolicyLint.lint(rules, LintConfig.defaults()).stream()
                .map(f -> f.code() + "@" + f.path()).collect(Collectors.toSet());
        assertEquals(Set.of("lint.basicWindowTooShort@cycleRules/BASIC",
                "lint.youngTalentWindowShorter@cycleRules/BASIC",
                "lint.youngTalentWindowShorter@cycleRules/APPLIED"), found);
    }
}
