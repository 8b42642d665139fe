package org.talentbench.core.scoring;

import java.util.List;

/**
 * The weights of one level of a scheme (the dimensions, or the indicators of one dimension) as used: the final
 * weights (summing to 1), and, where they took part, the AHP weights with their consistency and the entropy
 * weights. Lists follow the scheme order of {@code codes}.
 */
public record LevelWeights(String path, List<String> codes, List<Double> weights, List<Double> ahpWeights,
                           AhpConsistency ahp, List<Double> entropyWeights) {
    public LevelWeights {
        codes = List.copyOf(codes);
        weights = List.copyOf(weights);
        ahpWeights = ahpWeights == null ? null : List.copyOf(ahpWeights);
        entropyWeights = entropyWeights == null ? null : List.copyOf(entropyWeights);
    }

    public double weight(int i) {
        return weights.get(i);
    }
}
