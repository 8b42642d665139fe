package org.talentbench.core.committee;

import java.util.Objects;
import org.talentbench.core.InvalidInputException;

/**
 * The configurable aggregation of peer-review scores: the method (default {@link AggregationMethod#MEAN}), the trim
 * share of a trimmed mean at each end (default 0.2), the span (max − min, default 3 points) and variance (default
 * 2.0, population variance) at or above which a case is flagged for discussion, and the leniency correction: on by
 * default, applied to a reviewer only when they gave at least {@code leniencyMinScores} scores (default 8).
 * Immutable.
 */
public record AggregationRules(AggregationMethod method, double trimShare, double spanThreshold,
                               double varianceThreshold, boolean leniencyCorrection, int leniencyMinScores) {
    public AggregationRules {
        Objects.requireNonNull(method, "method");
        if (!(trimShare >= 0 && trimShare < 0.5)) {
            throw new InvalidInputException("committee.aggregation.trimShare", trimShare);
        }
        if (!(spanThreshold > 0) || !(varianceThreshold > 0)) {
            throw new InvalidInputException("committee.aggregation.threshold", spanThreshold, varianceThreshold);
        }
        if (leniencyMinScores < 2) {
            throw new InvalidInputException("committee.aggregation.leniencyMin", leniencyMinScores);
        }
    }

    public static AggregationRules defaults() {
        return new AggregationRules(AggregationMethod.MEAN, 0.2, 3.0, 2.0, true, 8);
    }

    public AggregationRules withMethod(AggregationMethod m) {
        return new AggregationRules(m, trimShare, spanThreshold, varianceThreshold, leniencyCorrection,
                leniencyMinScores);
    }

    public AggregationRules withLeniency(boolean on, int minScores) {
        return new AggregationRules(method, trimShare, spanThreshold, varianceThreshold, on, minScores);
    }
}
