package org.talentbench.core.committee;

import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/** One person of a ranked cohort: rank (1 best; null when unranked) and total score (null when unranked). */
public record RankedScore(ResearcherId person, Integer rank, Double score) {
    public RankedScore {
        Objects.requireNonNull(person, "person");
    }
}
