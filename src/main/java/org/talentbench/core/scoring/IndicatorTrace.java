package org.talentbench.core.scoring;

import java.util.List;
import org.talentbench.core.scheme.IndicatorKind;

/**
 * The explanation of one indicator for one researcher, from data to points.
 *
 * @param raw             value before transforms (share-weighted count or sum, max, given score …)
 * @param value           value after the indicator's transforms (rate, log1p, cap) — what is normalised
 * @param counted         the outputs counted, in output-id order, with shares and amounts
 * @param normalised      the value normalised within the reference group; {@code null} when not ranked
 * @param weight          the indicator's weight within its dimension
 * @param effectiveWeight dimension weight × indicator weight
 * @param points          100 × effective weight × normalised; {@code null} when not ranked
 */
public record IndicatorTrace(String code, String path, IndicatorKind kind, InputStatus status, double raw,
                             double value, List<CountedOutput> counted, Double normalised, double weight,
                             double effectiveWeight, Double points) {
    public IndicatorTrace {
        counted = counted == null ? List.of() : List.copyOf(counted);
    }
}
