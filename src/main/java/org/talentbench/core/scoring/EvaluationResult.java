package org.talentbench.core.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.scheme.SchemeRef;

/**
 * The outcome of one evaluation: a card per researcher (ordered by cohort, then rank, unranked last, then employee
 * number), a summary per cohort with the weights used, the scheme versions, the options and the engine version.
 * Immutable; holds everything needed to explain every number later.
 */
public record EvaluationResult(String engineVersion, LocalDate referenceDate, EvaluationOptions options,
                               Map<ResearchCategory, SchemeRef> schemes, List<ScoreCard> cards,
                               Map<CohortKey, CohortSummary> cohorts) {
    public EvaluationResult {
        cards = List.copyOf(cards);
        schemes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(schemes));
        cohorts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(cohorts));
    }

    /** The card of a researcher, or {@code null}. */
    public ScoreCard card(org.talentbench.core.researcher.ResearcherId id) {
        for (ScoreCard c : cards) {
            if (c.researcherId().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
