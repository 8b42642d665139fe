package org.talentbench.core.committee;

import java.util.List;
import java.util.Set;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The aggregated peer-review score of one person with the figures behind it: the method, the number of reviewers,
 * the lowest and highest reviewer score, span, population variance, the discussion flags and every reviewer's score.
 */
public record PersonAggregate(ResearcherId person, AggregationMethod method, double score, int reviewers,
                              double min, double max, double span, double variance, Set<ReviewFlag> flags,
                              List<ReviewerScore> reviewerScores) {
    public PersonAggregate {
        flags = Set.copyOf(flags);
        reviewerScores = List.copyOf(reviewerScores);
    }

    public boolean flagged() {
        return flags.contains(ReviewFlag.SPAN) || flags.contains(ReviewFlag.VARIANCE);
    }
}
