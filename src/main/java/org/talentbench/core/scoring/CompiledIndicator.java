package org.talentbench.core.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.scheme.Indicator;
import org.talentbench.core.scheme.IndicatorKind;
import org.talentbench.core.scheme.Transform;

/**
 * An indicator prepared for the hot loop: kind mask as a boolean array, attribute filters as hash sets, the amount
 * source resolved once. Immutable after construction.
 */
final class CompiledIndicator {
    private static final int AMOUNT_ATTRIBUTE = 0;
    private static final int AMOUNT_CITATIONS = 1;
    private static final int AMOUNT_FNCI = 2;

    final Indicator indicator;
    final String path;
    final int dimension;
    private final boolean[] kindMask;
    private final String[] filterKeys;
    private final List<Set<String>> filterValues;
    private final int amountSource;
    private final Transform[] transforms;

    CompiledIndicator(Indicator indicator, String path, int dimension) {
        this.indicator = indicator;
        this.path = path;
        this.dimension = dimension;
        kindMask = new boolean[OutputKind.values().length];
        for (OutputKind k : OutputKind.values()) {
            kindMask[k.ordinal()] = indicator.matchesKind(k);
        }
        filterKeys = indicator.attributeFilter().keySet().toArray(new String[0]);
        filterValues = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : indicator.attributeFilter().entrySet()) {
            filterValues.add(new HashSet<>(e.getValue()));
        }
        transforms = indicator.transforms().toArray(new Transform[0]);
        String attr = indicator.attribute() == null ? "" : indicator.attribute();
        amountSource = attr.equals(Indicator.ATTR_CITATIONS) ? AMOUNT_CITATIONS
                : attr.equals(Indicator.ATTR_FIELD_NORMALISED_IMPACT) ? AMOUNT_FNCI : AMOUNT_ATTRIBUTE;
    }

    IndicatorKind kind() {
        return indicator.kind();
    }

    /** Whether outputs of this kind (by ordinal) can match. */
    boolean kindMatches(int kindOrdinal) {
        return kindMask[kindOrdinal];
    }

    /** Whether the indicator filters on attributes (and so must look at the output itself). */
    boolean hasAttributeFilter() {
        return filterKeys.length > 0;
    }

    boolean matches(Output o) {
        if (!kindMask[o.kind().ordinal()]) {
            return false;
        }
        return matchesAttributes(o);
    }

    boolean matchesAttributes(Output o) {
        for (int f = 0; f < filterKeys.length; f++) {
            if (!filterValues.get(f).contains(o.attribute(filterKeys[f]))) {
                return false;
            }
        }
        return true;
    }

    /** The numeric amount of a matching output for SUM/MAX; NaN when the output has none. */
    double amount(Output o) {
        switch (amountSource) {
            case AMOUNT_CITATIONS:
                return o.citations() == null ? Double.NaN : o.citations();
            case AMOUNT_FNCI:
                return o.fieldNormalisedImpact() == null ? Double.NaN : o.fieldNormalisedImpact();
            default:
                String text = o.attribute(indicator.attribute());
                if (text.isEmpty()) {
                    return Double.NaN;
                }
                try {
                    double v = Double.parseDouble(text.trim());
                    return Double.isFinite(v) ? v : Double.NaN;
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
        }
    }

    double transform(double raw, double windowYears) {
        double v = raw;
        for (Transform t : transforms) {
            v = t.apply(v, windowYears);
        }
        return v;
    }
}
