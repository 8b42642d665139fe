package org.talentbench.app.evaluation;

import java.util.List;

/**
 * One indicator of a breakdown: dimension and indicator labels, input status, raw value, the value after transforms,
 * the normalised value, effective weight and points, and the outputs counted (as "kind · date · title" texts with
 * their ids). Immutable.
 */
public record IndicatorRowViewModel(String dimension, String indicator, String status, double raw, double value,
                                    Double normalised, double effectiveWeight, Double points,
                                    List<OutputLink> outputs) {
    /** An output behind a value. */
    public record OutputLink(long outputId, String text) {
    }

    public IndicatorRowViewModel {
        outputs = List.copyOf(outputs);
    }
}
