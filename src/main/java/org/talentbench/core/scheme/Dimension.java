package org.talentbench.core.scheme;

import java.util.List;

/**
 * A first-level node of a scheme: innovation ability (创新能力, {@code INNOVATION}), quality (质量, {@code QUALITY}) or
 * contribution (贡献, {@code CONTRIBUTION}), with its weight among the dimensions, its indicators, and — for AHP
 * weighting — the pairwise matrix over its indicators (in indicator order). Immutable.
 */
public record Dimension(String code, String labelZh, String labelEn, double weight, List<Indicator> indicators,
                        PairwiseMatrix pairwise) {
    public static final String INNOVATION = "INNOVATION";
    public static final String QUALITY = "QUALITY";
    public static final String CONTRIBUTION = "CONTRIBUTION";
    /** The three dimension codes in their canonical order. */
    public static final List<String> CODES = List.of(INNOVATION, QUALITY, CONTRIBUTION);

    public Dimension {
        code = code == null ? "" : code;
        labelZh = labelZh == null ? "" : labelZh;
        labelEn = labelEn == null ? "" : labelEn;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public Dimension withIndicators(List<Indicator> newIndicators) {
        return new Dimension(code, labelZh, labelEn, weight, newIndicators, pairwise);
    }

    public Dimension withWeight(double newWeight) {
        return new Dimension(code, labelZh, labelEn, newWeight, indicators, pairwise);
    }
}
