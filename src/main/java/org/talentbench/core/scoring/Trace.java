package org.talentbench.core.scoring;

import java.util.List;
import org.talentbench.core.cycle.DateWindow;
import org.talentbench.core.scheme.SchemeRef;
import org.talentbench.core.scoring.mcda.Normalisation;
import org.talentbench.core.scoring.mcda.TopsisNormalisation;

/**
 * Everything needed to recompute and explain one score card by hand: the scheme version, the cohort and the
 * reference group it was normalised against (and whether that was a fallback), the normalisation, the weights with
 * their method and consistency ratios, the aggregation, the window, and per dimension and indicator the raw value,
 * the outputs counted, the normalised value, the weights and the points.
 */
public record Trace(SchemeRef scheme, CohortKey cohort, CohortKey reference, int referenceSize, boolean fallback,
                    Normalisation normalisation, WeightsUsed weights, Aggregation aggregation,
                    TopsisNormalisation topsisNormalisation, DateWindow window, List<DimensionTrace> dimensions) {
    public Trace {
        dimensions = List.copyOf(dimensions);
    }

    /** The trace of one indicator by code, or {@code null}. */
    public IndicatorTrace indicator(String code) {
        for (DimensionTrace d : dimensions) {
            for (IndicatorTrace i : d.indicators()) {
                if (i.code().equals(code)) {
                    return i;
                }
            }
        }
        return null;
    }
}
