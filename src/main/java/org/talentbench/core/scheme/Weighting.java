package org.talentbench.core.scheme;

/**
 * The weighting of a scheme: the method, the mix α for {@link WeightingMethod#COMBINED} (weight of the AHP part,
 * default 0.5), and the pairwise matrix over the dimensions (in dimension order) for AHP and COMBINED. Indicator-level
 * matrices live on each {@link Dimension}. Immutable.
 */
public record Weighting(WeightingMethod method, Double alpha, PairwiseMatrix dimensions) {
    public Weighting {
        method = method == null ? WeightingMethod.DIRECT : method;
        alpha = alpha == null ? 0.5 : alpha;
    }

    public static Weighting direct() {
        return new Weighting(WeightingMethod.DIRECT, null, null);
    }

    public boolean needsMatrices() {
        return method == WeightingMethod.AHP || method == WeightingMethod.COMBINED;
    }
}
