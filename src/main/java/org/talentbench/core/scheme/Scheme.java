package org.talentbench.core.scheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.talentbench.core.cycle.CategoryCycle;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * An evaluation scheme (指标体系) for one research category, as data: a tree of three dimensions with weighted
 * indicators, pass/fail gates, the weighting method, and the category's cycle and representative-work rules.
 *
 * <p>A scheme is identified by {@code id} and {@code version}; every result records both, so a stored result can be
 * explained by the exact scheme that produced it. Structural validity (three dimensions, weights summing to 1,
 * well-formed matrices) is checked by {@link SchemeValidator}; policy concerns by {@link PolicyLint}. Immutable.
 */
public record Scheme(String id, int version, ResearchCategory category, String labelZh, String labelEn,
                     CategoryCycle cycle, RepresentativeWorkPolicy representativeWorks, Weighting weighting,
                     List<Gate> gates, List<Dimension> dimensions) {

    public Scheme {
        Objects.requireNonNull(category, "category");
        id = id == null ? "" : id;
        labelZh = labelZh == null ? "" : labelZh;
        labelEn = labelEn == null ? "" : labelEn;
        representativeWorks = representativeWorks == null ? RepresentativeWorkPolicy.defaults() : representativeWorks;
        weighting = weighting == null ? Weighting.direct() : weighting;
        gates = gates == null ? List.of() : List.copyOf(gates);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    /** {@code id@version}, the key results store. */
    public SchemeRef ref() {
        return new SchemeRef(id, version);
    }

    /** The indicator with {@code code}, in whichever dimension it sits. */
    public Optional<Indicator> indicator(String code) {
        for (Dimension d : dimensions) {
            for (Indicator i : d.indicators()) {
                if (i.code().equals(code)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /** Effective weight (dimension × indicator) of every indicator under the scheme's own weights, by path. */
    public Map<String, Double> directEffectiveWeights() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            for (Indicator i : d.indicators()) {
                m.put(path(d, i), d.weight() * i.weight());
            }
        }
        return m;
    }

    public Scheme withDimensions(List<Dimension> newDimensions) {
        return new Scheme(id, version, category, labelZh, labelEn, cycle, representativeWorks, weighting, gates,
                newDimensions);
    }

    public Scheme withWeighting(Weighting newWeighting) {
        return new Scheme(id, version, category, labelZh, labelEn, cycle, representativeWorks, newWeighting, gates,
                dimensions);
    }

    public Scheme withCycle(CategoryCycle newCycle) {
        return new Scheme(id, version, category, labelZh, labelEn, newCycle, representativeWorks, weighting, gates,
                dimensions);
    }

    public Scheme withGates(List<Gate> newGates) {
        return new Scheme(id, version, category, labelZh, labelEn, cycle, representativeWorks, weighting, newGates,
                dimensions);
    }

    /** The path of an indicator in findings and traces: {@code DIMENSION/INDICATOR}. */
    public static String path(Dimension d, Indicator i) {
        return d.code() + "/" + i.code();
    }
}
