package org.talentbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.scheme.DefaultSchemes;
import org.talentbench.demo.DemoInstitute;
import org.talentbench.demo.DemoInstituteGenerator;
import org.talentbench.demo.DemoSpec;

/**
 * The standard demo institute through the engine with the default schemes, as {@code evaluate --db} will run it.
 * Without committee inputs the defaults leave peer-review and expert-input indicators missing; with the preview rule
 * (cohort median / zero) everybody due is ranked.
 */
class DemoInstituteEvaluationTest {
    private static final DemoSpec SPEC = DemoSpec.standard();

    private static EvaluationInput input() {
        DemoInstitute demo = DemoInstituteGenerator.generateInMemory(SPEC);
        return new EvaluationInput(demo.researchers(), demo.outputs(), demo.representativeWorks(),
                DefaultSchemes.all(), Map.of(), Map.of(), SPEC.referenceDate(), CycleRules.defaults());
    }

    @Test
    void withoutCommitteeInputsNobodyIsRankedOnMissingJudgementsAndEveryCardSaysWhy() {
        EvaluationResult r = new EvaluationEngine().evaluate(input(), EvaluationOptions.defaults(), null, null);
        assertEquals(SPEC.researchers(), r.cards().size());
        for (ScoreCard c : r.cards()) {
            if (c.decision().status() == CycleStatus.DUE_FULL && c.trace() != null) {
                // every default scheme has at least one expert-judgement indicator
                assertTrue(c.hasFlag("flag.peerReviewMissing") || c.hasFlag("flag.manualInputMissing"),
                        c.employeeNo());
                assertEquals(null, c.rank());
            }
        }
    }

    @Test
    void previewRulesRankEveryoneDueAndTheResultIsConsistent() {
        EvaluationResult r = new EvaluationEngine().evaluate(input(), EvaluationOptions.defaults()
                .withMissingInputs(MissingInputRule.ZERO, MissingInputRule.COHORT_MEDIAN), null, null);
        long due = r.cards().stream().filter(c -> c.decision().status() == CycleStatus.DUE_FULL).count();
        long ranked = r.cards().stream().filter(ScoreCard::ranked).count();
        assertTrue(due > 0);
        // all due researchers are ranked unless a gate fails (representative works)
        long gateFailures = r.cards().stream().filter(c -> c.hasFlag("flag.gateFailed")).count();
        assertEquals(due, ranked + gateFailures);
        Set<String> cohorts = r.cohorts().keySet().stream().map(CohortKey::toString).collect(Collectors.toSet());
        assertTrue(cohorts.contains("BASIC"), cohorts.toString());
        for (CohortSummary s : r.cohorts().values()) {
            double sum = s.weights().effective().values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(1.0, sum, 1e-12);
        }
    }
}
