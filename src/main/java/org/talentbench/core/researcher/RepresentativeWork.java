package org.talentbench.core.researcher;

import java.util.Objects;

/**
 * An output a researcher puts forward (代表作) for one evaluation round, in order, with the required statements of
 * personal contribution and relevance. {@code roundId} 0 means the researcher's standing selection outside any round.
 */
public record RepresentativeWork(long roundId, ResearcherId researcherId, OutputId outputId, int ordinal,
                                 String contributionStatement, String relevanceStatement) {
    public RepresentativeWork {
        Objects.requireNonNull(researcherId, "researcherId");
        Objects.requireNonNull(outputId, "outputId");
        contributionStatement = contributionStatement == null ? "" : contributionStatement;
        relevanceStatement = relevanceStatement == null ? "" : relevanceStatement;
    }
}
