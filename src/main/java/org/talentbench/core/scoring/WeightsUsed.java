package org.talentbench.core.scoring;

import java.util.List;
import java.util.Map;
import org.talentbench.core.scheme.WeightingMethod;

/**
 * The weights a cohort was scored with: method, mix α (COMBINED only), the dimension level, each dimension's
 * indicator level, and the effective weight (dimension × indicator) of every indicator by path. Effective weights
 * sum to 1. Stored with every result; shared by all cards of the cohort.
 */
public record WeightsUsed(WeightingMethod method, Double alpha, LevelWeights dimensions,
                          List<LevelWeights> indicators, Map<String, Double> effective) {
    public WeightsUsed {
        indicators = List.copyOf(indicators);
        effective = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(effective));
    }

    /** The highest consistency ratio over the AHP levels, or {@code null} when AHP took no part. */
    public Double maxConsistencyRatio() {
        Double max = dimensions.ahp() == null ? null : dimensions.ahp().cr();
        for (LevelWeights l : indicators) {
            if (l.ahp() != null && (max == null || l.ahp().cr() > max)) {
                max = l.ahp().cr();
            }
        }
        return max;
    }
}
