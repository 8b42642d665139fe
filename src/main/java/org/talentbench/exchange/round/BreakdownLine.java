package org.talentbench.exchange.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.core.scheme.Dimension;
import org.talentbench.core.scheme.Indicator;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scheme.SchemeRef;
import org.talentbench.core.scoring.CountedOutput;
import org.talentbench.core.scoring.DimensionTrace;
import org.talentbench.core.scoring.IndicatorTrace;
import org.talentbench.core.scoring.ScoreCard;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

/**
 * One indicator of one person's score, as the breakdown sheet of a ranked-list export shows it: the same numbers as
 * the breakdown panel of the Evaluation screen (raw value, value after transforms, normalised value, effective
 * weight, points) and the ids of the outputs counted, so that every point can be traced to the records it came
 * from. Immutable.
 */
public record BreakdownLine(String cohort, Integer rank, String employeeNo, String name, String dimension,
                            String indicatorCode, String indicator, String status, double raw, double value,
                            Double normalised, double effectiveWeight, Double points, List<Long> outputIds) {
    public BreakdownLine {
        outputIds = List.copyOf(outputIds);
    }

    /**
     * The breakdown of a ranked list: the lines of {@code cards} in their order, each under the cohort its person has
     * on the list {@code rows}.
     */
    public static List<BreakdownLine> of(Messages m, List<SnapshotRow> rows, List<ScoreCard> cards,
                                         Map<SchemeRef, Scheme> schemes) {
        Map<ResearcherId, String> cohorts = new HashMap<>();
        rows.forEach(r -> cohorts.put(r.researcherId(), r.cohort()));
        List<BreakdownLine> out = new ArrayList<>();
        for (ScoreCard card : cards) {
            out.addAll(of(m, cohorts.get(card.researcherId()), card, schemes));
        }
        return out;
    }

    /** The lines of one card (none when the person was not scored), with labels in {@code m}'s language. */
    public static List<BreakdownLine> of(Messages m, String cohort, ScoreCard card, Map<SchemeRef, Scheme> schemes) {
        List<BreakdownLine> out = new ArrayList<>();
        if (card.trace() == null) {
            return out;
        }
        Scheme scheme = schemes.get(card.trace().scheme());
        boolean zh = m.language() == Language.ZH;
        for (DimensionTrace d : card.trace().dimensions()) {
            String dimension = isDimension(d.code())
                    ? m.get("ranking.col." + d.code().toLowerCase(Locale.ROOT)) : d.code();
            for (IndicatorTrace i : d.indicators()) {
                List<Long> ids = new ArrayList<>();
                for (CountedOutput c : i.counted()) {
                    ids.add(c.outputId().value());
                }
                out.add(new BreakdownLine(cohort, card.rank(), card.employeeNo(), card.name(), dimension, i.code(),
                        label(scheme, i.code(), zh), m.get("inputStatus." + i.status().name()), i.raw(), i.value(),
                        i.normalised(), i.effectiveWeight(), i.points(), ids));
            }
        }
        return out;
    }

    private static boolean isDimension(String code) {
        return Dimension.INNOVATION.equals(code) || Dimension.QUALITY.equals(code)
                || Dimension.CONTRIBUTION.equals(code);
    }

    private static String label(Scheme scheme, String code, boolean zh) {
        return (scheme == null ? Optional.<Indicator>empty() : scheme.indicator(code))
                .map(i -> zh ? i.labelZh() : i.labelEn()).filter(l -> !l.isBlank()).orElse(code);
    }

    /** Column headers of the breakdown sheet. */
    static List<String> header(Messages m) {
        return List.of(m.get("ranking.col.cohort"), m.get("ranking.col.rank"), m.get("researcher.employeeNo"),
                m.get("researcher.nameZh"), m.get("breakdown.col.dimension"), m.get("breakdown.col.code"),
                m.get("breakdown.col.indicator"), m.get("breakdown.col.status"), m.get("breakdown.col.raw"),
                m.get("breakdown.col.value"), m.get("breakdown.col.normalised"), m.get("breakdown.col.weight"),
                m.get("breakdown.col.points"), m.get("breakdown.col.outputIds"));
    }

    /** Cell values in header order: numbers as {@link Double} or {@link Integer}, absent values as {@code null}. */
    List<Object> values() {
        List<Object> v = new ArrayList<>();
        v.add(cohort);
        v.add(rank);
        v.add(employeeNo);
        v.add(name);
        v.add(dimension);
        v.add(indicatorCode);
        v.add(indicator);
        v.add(status);
        v.add(raw);
        v.add(value);
        v.add(normalised);
        v.add(effectiveWeight);
        v.add(points);
        v.add(String.join(" ", outputIds.stream().map(String::valueOf).toList()));
        return v;
    }
}
