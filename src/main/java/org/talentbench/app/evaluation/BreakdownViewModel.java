package org.talentbench.app.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.scheme.Dimension;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scheme.SchemeRef;
import org.talentbench.core.scoring.CountedOutput;
import org.talentbench.core.scoring.DimensionTrace;
import org.talentbench.core.scoring.Flag;
import org.talentbench.core.scoring.IndicatorTrace;
import org.talentbench.core.scoring.ScoreCard;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.OutputSummary;
import org.talentbench.service.RoundService;
import org.talentbench.service.TrendPoint;

/**
 * The breakdown panel of the person selected on the ranked list: who and where, the cycle decision in words, the
 * three dimensions against the cohort median (radar values on 0–1, 1 = the dimension's full weight), the indicator
 * table with the outputs behind each value, the card's notes, and the person's trend across stored snapshots.
 * Loading runs through the {@link TaskRunner}; state changes on the FX thread.
 */
public final class BreakdownViewModel {
    /** Dimension codes in radar order. */
    public static final List<String> DIMENSIONS = List.of(Dimension.INNOVATION, Dimension.QUALITY,
            Dimension.CONTRIBUTION);

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<double[]> person = new ReadOnlyObjectWrapper<>(new double[3]);
    private final ReadOnlyObjectWrapper<double[]> median = new ReadOnlyObjectWrapper<>(new double[3]);
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<IndicatorRowViewModel> indicators = FXCollections.observableArrayList();
    private final ObservableList<TrendPointViewModel> trend = FXCollections.observableArrayList();
    private final List<String> dimensionLabels = new ArrayList<>();
    private RankingRowViewModel shown;
    private Consumer<String> profileOpener = no -> { };

    BreakdownViewModel(Messages messages, TaskRunner tasks, DialogService dialogs) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (String d : DIMENSIONS) {
            dimensionLabels.add(messages.get("ranking.col." + d.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    void clear() {
        shown = null;
        present.set(false);
        title.set("");
        subtitle.set("");
        decision.set("");
        notes.set("");
        person.set(new double[3]);
        median.set(new double[3]);
        indicators.clear();
        trend.clear();
    }

    /** Loads the card of {@code row} from {@code snapshotId}; {@code cohortMedian} holds the raw dimension medians. */
    void show(RoundService service, long snapshotId, RankingRowViewModel row, double[] cohortMedian,
              Map<SchemeRef, Scheme> schemes) {
        shown = row;
        title.set(row.name() + "  " + row.employeeNo());
        tasks.run(messages.get("breakdown.loading"), p -> {
            ScoreCard card = service.card(snapshotId, row.researcherId());
            List<OutputId> ids = new ArrayList<>();
            if (card.trace() != null) {
                for (DimensionTrace d : card.trace().dimensions()) {
                    for (IndicatorTrace i : d.indicators()) {
                        i.counted().forEach(c -> ids.add(c.outputId()));
                    }
                }
            }
            Map<OutputId, OutputSummary> outputs = service.outputs(row.researcherId(), ids);
            List<TrendPoint> points = service.trend(row.researcherId());
            return new Loaded(card, outputs, points);
        }, loaded -> {
            if (shown == row) {
                apply(row, loaded, cohortMedian, schemes);
            }
        }, failure -> dialogs.showError(messages.get("breakdown.title"), UiMessages.describe(messages, failure)));
    }

    private record Loaded(ScoreCard card, Map<OutputId, OutputSummary> outputs, List<TrendPoint> trend) {
    }

    private void apply(RankingRowViewModel row, Loaded loaded, double[] cohortMedian, Map<SchemeRef, Scheme> schemes) {
        ScoreCard card = loaded.card();
        boolean zh = messages.language() == Language.ZH;
        String rank = card.rank() == null ? messages.get("breakdown.notRanked")
                : messages.get("breakdown.rank", card.rank(), card.cohortSize());
        subtitle.set(messages.get("category." + card.category().name()) + " · " + rank + " · " + row.grade());
        decision.set(DecisionText.of(messages, card.decision()));
        notes.set(card.flags().stream().map(this::flagText).collect(Collectors.joining("\n")));
        Scheme scheme = card.trace() == null ? null : schemes.get(card.trace().scheme());
        double[] p = new double[3];
        double[] m = new double[3];
        List<IndicatorRowViewModel> rows = new ArrayList<>();
        if (card.trace() != null) {
            for (DimensionTrace d : card.trace().dimensions()) {
                int k = DIMENSIONS.indexOf(d.code());
                double max = 100.0 * d.weight();
                if (k >= 0 && max > 0) {
                    p[k] = d.score() == null ? 0 : clamp(d.score() / max);
                    m[k] = clamp(cohortMedian[k] / max);
                }
                String dimLabel = k >= 0 ? dimensionLabels.get(k) : d.code();
                for (IndicatorTrace i : d.indicators()) {
                    List<IndicatorRowViewModel.OutputLink> links = new ArrayList<>();
                    for (CountedOutput c : i.counted()) {
                        OutputSummary o = loaded.outputs().get(c.outputId());
                        links.add(new IndicatorRowViewModel.OutputLink(c.outputId().value(), o == null
                                ? messages.get("breakdown.outputGone", c.outputId().value())
                                : o.date() + " · " + o.title() + (c.share() < 1 ? messages.get("breakdown.share",
                                        Math.round(c.share() * 100)) : "")));
                    }
                    rows.add(new IndicatorRowViewModel(dimLabel, label(scheme, i.code(), zh),
                            messages.get("inputStatus." + i.status().name()), i.raw(), i.value(), i.normalised(),
                            i.effectiveWeight(), i.points(), links));
                }
            }
        }
        person.set(p);
        median.set(m);
        indicators.setAll(rows);
        List<TrendPointViewModel> points = new ArrayList<>();
        for (TrendPoint t : loaded.trend()) {
            points.add(new TrendPointViewModel(t.roundName(), t.snapshot().referenceDate(), t.snapshot().id(),
                    t.row().rank(), t.row().cohortSize(), t.row().total(), t.row().percentile(),
                    messages.get("grade." + t.row().grade().name())));
        }
        trend.setAll(points);
        present.set(true);
    }

    private String flagText(Flag f) {
        return "• " + messages.get(f.code(), new ArrayList<Object>(f.args()));
    }

    private static String label(Scheme scheme, String code, boolean zh) {
        return scheme == null ? code : scheme.indicator(code).map(i -> zh ? i.labelZh() : i.labelEn()).orElse(code);
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
    }

    /** Opens the profile of the person shown (the researchers screen, searched by employee number). */
    public void openProfile() {
        if (shown != null) {
            profileOpener.accept(shown.employeeNo());
        }
    }

    void onOpenProfile(Consumer<String> opener) {
        this.profileOpener = opener;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<double[]> personProperty() {
        return person.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<double[]> medianProperty() {
        return median.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ObservableList<IndicatorRowViewModel> indicators() {
        return indicators;
    }

    public ObservableList<TrendPointViewModel> trend() {
        return trend;
    }

    public List<String> dimensionLabels() {
        return dimensionLabels;
    }
}
