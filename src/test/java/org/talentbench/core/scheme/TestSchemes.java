package org.talentbench.core.scheme;

import java.util.List;
import java.util.Map;
import org.talentbench.core.cycle.CategoryCycle;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;

/** Hand-made schemes for tests. */
public final class TestSchemes {
    private TestSchemes() {
    }

    public static Indicator count(String code, double weight, List<OutputKind> kinds,
                                  Map<String, List<String>> filter, Transform... transforms) {
        return Indicator.ofOutputs(code, code + "（中）", code + " (en)", weight, IndicatorKind.COUNT, kinds, filter,
                null, List.of(transforms));
    }

    public static Indicator sum(String code, double weight, List<OutputKind> kinds, String attribute,
                                Transform... transforms) {
        return Indicator.ofOutputs(code, code + "（中）", code + " (en)", weight, IndicatorKind.SUM, kinds, null,
                attribute, List.of(transforms));
    }

    public static Indicator judgement(String code, double weight, IndicatorKind kind) {
        return Indicator.ofJudgement(code, code + "（中）", code + " (en)", weight, kind);
    }

    public static Dimension dimension(String code, double weight, Indicator... indicators) {
        return new Dimension(code, code + "（中）", code + " (en)", weight, List.of(indicators), null);
    }

    /** A DIRECT scheme with the three dimensions given in order INNOVATION, QUALITY, CONTRIBUTION. */
    public static Scheme scheme(String id, ResearchCategory category, int cycleYears, Dimension innovation,
                                Dimension quality, Dimension contribution) {
        return new Scheme(id, 1, category, id + "（中）", id + " (en)", new CategoryCycle(cycleYears, false, 5, true),
                RepresentativeWorkPolicy.defaults(), Weighting.direct(),
                List.of(new Gate("CHARACTER", "品德", "Character", GateKind.MANUAL, true)),
                List.of(innovation, quality, contribution));
    }
}
