package org.talentbench.core.scoring;

import java.util.List;
import org.talentbench.core.scheme.SchemeRef;
import org.talentbench.core.scoring.mcda.TopsisNormalisation;

/**
 * One cohort of an evaluation: how many were ranked, the reference group used for normalisation (wider than the
 * cohort when it was below the minimum size), the scheme and weights, the aggregation, and how far the weighted-sum
 * and TOPSIS rankings agree (Kendall's τ-b over the cohort; {@code null} below two researchers).
 *
 * @param notes flags about the cohort itself (fallback, entropy fallback, disagreement)
 */
public record CohortSummary(CohortKey key, int size, CohortKey reference, int referenceSize, boolean fallback,
                            SchemeRef scheme, WeightsUsed weights, Aggregation aggregation,
                            TopsisNormalisation topsisNormalisation, boolean rankingsAgree, Double kendallTau,
                            List<Flag> notes) {
    public CohortSummary {
        notes = List.copyOf(notes);
    }
}
