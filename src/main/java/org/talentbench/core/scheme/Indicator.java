package org.talentbench.core.scheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.talentbench.core.researcher.OutputKind;

/**
 * A leaf of a scheme: how one raw value is computed for a researcher, then transformed.
 *
 * <p>Output filters: an output matches when its kind is in {@code outputKinds} (empty = every kind) and, for each
 * key of {@code attributeFilter}, its attribute value is one of the listed values (exact, case-sensitive). Only
 * outputs dated inside the evaluation window count. With {@code shareWeighted} (the default) each output counts as
 * the researcher's {@code Contribution.shareFraction()}, which is how team results are split by real contribution.
 * {@code attribute} names the numeric attribute for SUM and MAX; the pseudo-attributes {@value #ATTR_CITATIONS} and
 * {@value #ATTR_FIELD_NORMALISED_IMPACT} read the output's citation fields.
 *
 * <p>Immutable; collections are unmodifiable copies, maps sorted by key so that serialisation is stable.
 */
public record Indicator(String code, String labelZh, String labelEn, double weight, IndicatorKind kind,
                        List<OutputKind> outputKinds, Map<String, List<String>> attributeFilter, String attribute,
                        Boolean shareWeighted, List<Transform> transforms, ProfileField profileField,
                        Map<String, Double> valueMap, String note) {

    public static final String ATTR_CITATIONS = "citations";
    public static final String ATTR_FIELD_NORMALISED_IMPACT = "fieldNormalisedImpact";

    public Indicator {
        Objects.requireNonNull(kind, "kind");
        code = code == null ? "" : code;
        labelZh = labelZh == null ? "" : labelZh;
        labelEn = labelEn == null ? "" : labelEn;
        outputKinds = outputKinds == null ? List.of() : List.copyOf(outputKinds);
        Map<String, List<String>> filter = new TreeMap<>();
        if (attributeFilter != null) {
            attributeFilter.forEach((k, v) -> filter.put(k, v == null ? List.of() : List.copyOf(v)));
        }
        attributeFilter = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filter));
        shareWeighted = shareWeighted == null ? Boolean.TRUE : shareWeighted;
        transforms = transforms == null ? List.of() : List.copyOf(transforms);
        valueMap = valueMap == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(valueMap)));
        note = note == null ? "" : note;
    }

    /** A share-weighted output indicator without profile mapping. */
    public static Indicator ofOutputs(String code, String labelZh, String labelEn, double weight, IndicatorKind kind,
                                      List<OutputKind> kinds, Map<String, List<String>> filter, String attribute,
                                      List<Transform> transforms) {
        return new Indicator(code, labelZh, labelEn, weight, kind, kinds, filter, attribute, true, transforms, null,
                null, null);
    }

    /** An expert-judgement indicator (peer review or manual input). */
    public static Indicator ofJudgement(String code, String labelZh, String labelEn, double weight,
                                        IndicatorKind kind) {
        return new Indicator(code, labelZh, labelEn, weight, kind, null, null, null, true, null, null, null, null);
    }

    public Indicator withWeight(double newWeight) {
        return new Indicator(code, labelZh, labelEn, newWeight, kind, outputKinds, attributeFilter, attribute,
                shareWeighted, transforms, profileField, valueMap, note);
    }

    public boolean matchesKind(OutputKind k) {
        return outputKinds.isEmpty() || outputKinds.contains(k);
    }
}
