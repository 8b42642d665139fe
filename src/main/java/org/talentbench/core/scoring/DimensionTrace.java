package org.talentbench.core.scoring;

import java.util.List;

/**
 * One dimension of a score card: its weight among the dimensions, its score (sum of its indicators' points, in
 * scheme order; {@code null} when not ranked) and the indicator traces.
 */
public record DimensionTrace(String code, double weight, Double score, List<IndicatorTrace> indicators) {
    public DimensionTrace {
        indicators = List.copyOf(indicators);
    }
}
