package org.talentbench.core.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.researcher.ResearchCategory;

class DefaultSchemesTest {
    @ParameterizedTest
    @EnumSource(ResearchCategory.class)
    void shippedDefaultsHaveNoErrorOrWarningFindings(ResearchCategory category) {
        List<LintFinding> serious = PolicyLint.lint(DefaultSchemes.forCategory(category)).stream()
                .filter(f -> f.severity() != LintSeverity.INFO).toList();
        assertEquals(List.of(), serious);
    }

    @Test
    void defaultCycleRulesPassTheLint() {
        assertEquals(List.of(), PolicyLint.lint(CycleRules.defaults(), LintConfig.defaults()));
    }

    @ParameterizedTest
    @EnumSource(ResearchCategory.class)
    void effectiveWeightsOfEveryDefaultSumToOne(ResearchCategory category) {
        double sum = DefaultSchemes.forCategory(category).directEffectiveWeights().values().stream()
                .mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void basicResearchDefaultRestsOnPeerReviewOfRepresentativeWorksOverFiveYears() {
        Scheme basic = DefaultSchemes.forCategory(ResearchCategory.BASIC);
        assertEquals(5, basic.cycle().years());
        // 0.40 (innovation) × 0.70 (peer review) = 0.28, the largest single weight of the scheme
        assertEquals(0.28, basic.directEffectiveWeights().get("INNOVATION/REP_PEER_REVIEW"), 1e-12);
        double expertShare = basic.dimensions().stream().flatMap(d -> d.indicators().stream()
                .filter(i -> i.kind().isExpertJudgement()).map(i -> d.weight() * i.weight()))
                .mapToDouble(Double::doubleValue).sum();
        // peer review 0.28 + originality 0.35 × 0.60 = 0.21
        assertEquals(0.49, expertShare, 1e-12);
        assertEquals(1.0 / 3.0, basic.representativeWorks().minDomesticShare(), 1e-12);
    }

    @Test
    void nationalMajorTasksAreJudgedByMilestonesThroughExpertInput() {
        Scheme nmt = DefaultSchemes.forCategory(ResearchCategory.NATIONAL_MAJOR_TASK);
        assertTrue(nmt.cycle().milestone());
        assertTrue(nmt.dimensions().stream().flatMap(d -> d.indicators().stream())
                .anyMatch(i -> i.code().startsWith("MILESTONE") && i.kind() == IndicatorKind.MANUAL));
    }

    @Test
    void appliedDefaultCountsOnlyGrantedOrExploitedInventionPatents() {
        Indicator patents = DefaultSchemes.forCategory(ResearchCategory.APPLIED).dimensions().get(0).indicators()
                .stream().filter(i -> i.code().equals("INVENTION_PATENTS")).findFirst().orElseThrow();
        assertEquals(List.of("GRANTED", "LICENSED", "TRANSFERRED"), patents.attributeFilter().get("patentStatus"));
    }

    @Test
    void everyDefaultHasACharacterGate() {
        for (Scheme s : DefaultSchemes.all().values()) {
            assertTrue(s.gates().stream().anyMatch(g -> g.code().equals("CHARACTER")), s.id());
        }
    }
}
