package org.talentbench.core.scoring;

import java.util.List;
import org.talentbench.core.cycle.CycleDecision;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.RepresentativeWorkFinding;

/**
 * One researcher's outcome of an evaluation. Every researcher of the input gets a card; only those due for a full
 * evaluation, passing the gates and with the required inputs get a rank. Scores are on a 0–100 scale for percentile
 * and min-max normalisation (z-score totals are centred on 0).
 *
 * @param category   the category of the cycle evaluated (see {@link CycleDecision#category()})
 * @param rank       1 = best within the cohort, ties share the better rank ("1224"); {@code null} when not ranked
 * @param cohortSize number of ranked researchers in the cohort; {@code null} when not ranked
 * @param percentile percentile rank of the total within the cohort (0–100, ties at mid-rank)
 * @param trace      the explanation; {@code null} when the researcher was not scored at all (not due, no scheme)
 * @param context    bibliometric context of the window, never scored; {@code null} without a window
 * @param stability  rank interval under weight perturbation; {@code null} when not ranked or analysis off
 */
public record ScoreCard(ResearcherId researcherId, String employeeNo, String name, ResearchCategory category,
                        CycleDecision decision, CohortKey cohort, Integer rank, Integer cohortSize, Double total,
                        Double innovation, Double quality, Double contribution, Double percentile, Trace trace,
                        List<Flag> flags, List<GateOutcome> gates,
                        List<RepresentativeWorkFinding> representativeWorkFindings, BibliometricContext context,
                        RankInterval stability) {
    public ScoreCard {
        flags = List.copyOf(flags);
        gates = gates == null ? List.of() : List.copyOf(gates);
        representativeWorkFindings = representativeWorkFindings == null ? List.of()
                : List.copyOf(representativeWorkFindings);
    }

    public boolean ranked() {
        return rank != null;
    }

    public boolean hasFlag(String code) {
        return flags.stream().anyMatch(f -> f.code().equals(code));
    }
}
