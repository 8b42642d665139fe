package org.talentbench.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.talentbench.core.cycle.CycleSettings;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.DefaultSchemes;
import org.talentbench.core.scoring.EvaluationEngine;
import org.talentbench.core.scoring.EvaluationInput;
import org.talentbench.core.scoring.EvaluationOptions;
import org.talentbench.core.scoring.EvaluationResult;
import org.talentbench.core.scoring.MissingInputRule;
import org.talentbench.core.scoring.ScoreCard;
import org.talentbench.core.scoring.SensitivityOptions;
import org.talentbench.core.tech.Standing;
import org.talentbench.core.tech.Standings;

/**
 * Standings from a dry run of the evaluation engine on the date, with the shipped default schemes and the preview
 * rules for missing committee inputs (peer review counted as zero, expert inputs as the cohort median), without the
 * rank-stability analysis. Only researchers due for a full evaluation in that year get a rank. Marked
 * {@code preview}: it is no official result and the screens and documents say so.
 */
final class PreviewStandings {
    private PreviewStandings() {
    }

    /** Peer review as zero, expert inputs as the cohort median, no rank-stability draws. */
    static final EvaluationOptions OPTIONS = EvaluationOptions.defaults()
            .withMissingInputs(MissingInputRule.ZERO, MissingInputRule.COHORT_MEDIAN)
            .withSensitivity(SensitivityOptions.off());

    static Standings compute(Transactions tx, LocalDate asOf) {
        return of(new EvaluationEngine().evaluate(input(tx, asOf), OPTIONS, null, null), asOf);
    }

    /** What the dry run evaluates: everyone, every output and representative work, the configured cycle rules. */
    static EvaluationInput input(Transactions tx, LocalDate asOf) {
        return tx.read(repos -> {
            Map<String, String> settings = repos.settings().all();
            return new EvaluationInput(repos.researchers().findAll(), repos.outputs().findAll(),
                    repos.representativeWorks().findAll(),
                    InstituteLoader.withConfiguredCycles(DefaultSchemes.all(), settings), Map.of(), Map.of(), asOf,
                    CycleSettings.rules(settings));
        });
    }

    /** The standings of the ranked cards of a result. */
    static Standings of(EvaluationResult result, LocalDate asOf) {
        Map<ResearcherId, Standing> byResearcher = new HashMap<>();
        for (ScoreCard c : result.cards()) {
            if (c.ranked()) {
                byResearcher.put(c.researcherId(), new Standing(c.cohort() == null ? "" : c.cohort().toString(),
                        c.rank(), c.cohortSize(), c.percentile(), c.total(), ""));
            }
        }
        return new Standings("", asOf, true, byResearcher);
    }
}
