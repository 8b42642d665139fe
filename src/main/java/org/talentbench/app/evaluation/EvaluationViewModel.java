package org.talentbench.app.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.CheckIn;
import org.talentbench.core.round.ListFlag;
import org.talentbench.core.round.Movement;
import org.talentbench.core.round.Participant;
import org.talentbench.core.round.Participation;
import org.talentbench.core.round.RoundScope;
import org.talentbench.core.round.RoundStage;
import org.talentbench.core.round.SnapshotInfo;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.core.round.StageEvent;
import org.talentbench.core.round.Verification;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scheme.SchemeRef;
import org.talentbench.exchange.round.BreakdownLine;
import org.talentbench.exchange.round.RankingExporter;
import org.talentbench.exchange.round.VerificationSheetExporter;
import org.talentbench.i18n.Messages;
import org.talentbench.service.RankedList;
import org.talentbench.service.RoundService;
import org.talentbench.service.RoundSummary;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * State of the evaluation screen: the rounds and the selected one with its stage, history and participants; its
 * snapshots and the selected one's ranked list with search, cohort and flag filters and a 9-box drill-down; the
 * breakdown of the selected person; a side-by-side comparison of two to four people; and the comparison of two
 * snapshots. Commands create, move and score rounds, record staff decisions, verification and check-ins, and export.
 * Long work runs through the {@link TaskRunner}; every state change happens on the FX thread.
 */
public final class EvaluationViewModel {
    /** The axes the 9-box can use. */
    public enum Axis { INNOVATION, QUALITY, CONTRIBUTION, TOTAL, CHANGE }

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private RoundService service;
    private Map<SchemeRef, Scheme> schemes = Map.of();

    private final ObservableList<RoundSummary> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<RoundSummary> round = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roundFacts = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canAdvance = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty mayManage = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<ParticipantRowViewModel> participants = FXCollections.observableArrayList();

    private final ObservableList<Choice> snapshots = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> snapshot = new SimpleObjectProperty<>();
    private final ObservableList<Choice> compareWithChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> compareWith = new SimpleObjectProperty<>();
    private final ObservableList<MovementRowViewModel> movements = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper snapshotFacts = new ReadOnlyStringWrapper("");

    private final ObservableList<RankingRowViewModel> rows = FXCollections.observableArrayList();
    private final FilteredList<RankingRowViewModel> visible = new FilteredList<>(rows);
    private final ObservableList<RankingRowViewModel> visibleView = FXCollections.unmodifiableObservableList(visible);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Choice> cohorts = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> cohort = new SimpleObjectProperty<>();
    private final ObservableList<Choice> flagChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> flag = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<RankingRowViewModel> selected = new SimpleObjectProperty<>();
    private final BreakdownViewModel breakdown;
    private final ObservableList<RankingRowViewModel> compared = FXCollections.observableArrayList();

    private final ObjectProperty<Axis> xAxis = new SimpleObjectProperty<>(Axis.INNOVATION);
    private final ObjectProperty<Axis> yAxis = new SimpleObjectProperty<>(Axis.CONTRIBUTION);
    private final ObservableList<NineBoxCell> nineBox = FXCollections.observableArrayList();
    private final ObjectProperty<NineBoxCell> nineBoxFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper nineBoxFilterText = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper rankingEmpty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper participantsEmpty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper historyEmpty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper movementsEmpty = new ReadOnlyStringWrapper("");

    private long shownSnapshot;
    private long lastScored;

    public EvaluationViewModel(Messages messages, TaskRunner tasks, DialogService dialogs) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.breakdown = new BreakdownViewModel(messages, tasks, dialogs);
        Choice allCohorts = new Choice(null, messages.get("ranking.filter.allCohorts"));
        cohorts.add(allCohorts);
        cohort.set(allCohorts);
        Choice anyFlag = new Choice(null, messages.get("ranking.filter.anyFlag"));
        flagChoices.add(anyFlag);
        flagChoices.add(new Choice("RANKED", messages.get("ranking.filter.rankedOnly")));
        flagChoices.add(new Choice("NONE", messages.get("ranking.filter.noFlag")));
        for (ListFlag f : ListFlag.values()) {
            flagChoices.add(new Choice(f.name(), messages.get("listFlag." + f.name())));
        }
        flag.set(anyFlag);
        search.addListener((o, a, b) -> refilter());
        cohort.addListener((o, a, b) -> {
            rebuildNineBox();
            refilter();
        });
        flag.addListener((o, a, b) -> refilter());
        nineBoxFilter.addListener((o, a, b) -> {
            nineBoxFilterText.set(b == null ? "" : messages.get("ninebox.filter", axisLabel(yAxis.get()),
                    messages.get("ninebox.level." + b.row()), axisLabel(xAxis.get()),
                    messages.get("ninebox.level." + b.column())));
            refilter();
        });
        xAxis.addListener((o, a, b) -> rebuildNineBox());
        yAxis.addListener((o, a, b) -> rebuildNineBox());
        round.addListener((o, a, b) -> roundChanged(b));
        snapshot.addListener((o, a, b) -> snapshotChanged(b));
        compareWith.addListener((o, a, b) -> {
            loadMovements();
            updateEmptyTexts();
        });
        loading.addListener((o, a, b) -> updateEmptyTexts());
        selected.addListener((o, a, b) -> showBreakdown(b));
        updateCounts();
    }

    // ---- loading -------------------------------------------------------------------------------------------

    /** Loads the rounds of the open database (keeping the selected round when it still exists). */
    public void load(RoundService roundService) {
        this.service = roundService;
        refreshRounds(round.get() == null ? null : round.get().name());
    }

    /** Empties the screen (no database open). */
    public void clear() {
        service = null;
        rounds.clear();
        round.set(null);
        updateEmptyTexts();
    }

    private void refreshRounds(String select) {
        if (service == null) {
            return;
        }
        RoundService s = service;
        busy.set(true);
        tasks.run(messages.get("rounds.loading"), p -> new Object[] {s.list(), s.storedSchemes()}, result -> {
            busy.set(false);
            @SuppressWarnings("unchecked")
            List<RoundSummary> list = (List<RoundSummary>) result[0];
            @SuppressWarnings("unchecked")
            Map<SchemeRef, Scheme> stored = (Map<SchemeRef, Scheme>) result[1];
            schemes = stored;
            rounds.setAll(list);
            updateEmptyTexts();
            RoundSummary pick = list.stream().filter(r -> r.name().equals(select)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (pick != null && round.get() != null && pick.name().equals(round.get().name())) {
                round.set(null);
            }
            round.set(pick);
        }, this::failed);
    }

    private void roundChanged(RoundSummary r) {
        history.clear();
        participants.clear();
        movements.clear();
        updateEmptyTexts();
        if (r == null) {
            stage.set("");
            roundFacts.set("");
            canAdvance.set(false);
            canGoBack.set(false);
            editable.set(false);
            snapshots.clear();
            snapshot.set(null);
            return;
        }
        stage.set(messages.get("round.stage." + r.stage().name()));
        roundFacts.set(messages.get("rounds.facts", r.referenceDate().toString(), r.participants(), r.checkIns(),
                r.snapshots()));
        boolean isFinal = r.stage() == RoundStage.FINAL;
        editable.set(!isFinal);
        canAdvance.set(!isFinal);
        canGoBack.set(!isFinal && r.stage() != RoundStage.DRAFT);
        RoundService s = service;
        tasks.run(messages.get("rounds.loading"), p -> new RoundDetails(s.snapshots(r.name()), s.history(r.name()),
                s.participants(r.name()), allSnapshots(s), s.checkIns(r.name())), d -> showRound(r, d), this::failed);
    }

    private record RoundDetails(List<SnapshotInfo> snapshots, List<StageEvent> history,
                                List<Participant> participants, List<Choice> all,
                                Map<ResearcherId, CheckIn> checkIns) {
    }

    private List<Choice> allSnapshots(RoundService s) {
        List<Choice> all = new ArrayList<>();
        for (RoundSummary r : s.list()) {
            for (SnapshotInfo i : s.snapshots(r.name())) {
                all.add(new Choice(Long.toString(i.id()), snapshotLabel(r.name(), i)));
            }
        }
        return all;
    }

    private String snapshotLabel(String roundName, SnapshotInfo i) {
        return messages.get("snapshot.label", roundName, i.id(), i.createdAt().toLocalDate().toString(),
                i.createdAt().toLocalTime().toString());
    }

    private void showRound(RoundSummary r, RoundDetails d) {
        if (round.get() != r) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (StageEvent e : d.history()) {
            String key = e.backward() ? "rounds.history.back" : "rounds.history.forward";
            lines.add(messages.get(key, e.at().toLocalDate().toString(), messages.get("round.stage." + e.from()),
                    messages.get("round.stage." + e.to()), e.actor(), e.reason()));
        }
        history.setAll(lines);
        List<ParticipantRowViewModel> ps = new ArrayList<>();
        for (Participant p : d.participants()) {
            CheckIn note = d.checkIns().get(p.researcherId());
            ps.add(participantRow(p, note == null ? "" : note.note()));
        }
        participants.setAll(ps);
        compareWithChoices.setAll(d.all());
        List<Choice> own = new ArrayList<>();
        for (SnapshotInfo i : d.snapshots()) {
            own.add(new Choice(Long.toString(i.id()), snapshotLabel(r.name(), i)));
        }
        snapshots.setAll(own);
        Choice pick = own.isEmpty() ? null : own.get(own.size() - 1);
        if (lastScored != 0) {
            pick = own.stream().filter(c -> c.value().equals(Long.toString(lastScored))).findFirst().orElse(pick);
        }
        snapshot.set(null);
        snapshot.set(pick);
    }

    private ParticipantRowViewModel participantRow(Participant p, String checkIn) {
        String decision = DecisionText.of(messages, p.decision());
        String verification;
        if (p.verification() != null) {
            boolean corrected = p.verification().status() == Verification.Status.CORRECTED;
            verification = messages.get("verify.status." + p.verification().status().name())
                    + (corrected && !p.verification().note().isEmpty() ? " — " + p.verification().note() : "");
        } else {
            verification = p.scored() ? messages.get("verify.none") : "—";
        }
        String override = p.override() == null ? "" : p.override().reason();
        return new ParticipantRowViewModel(p, messages.get("category." + p.category().name()),
                messages.get("participation." + p.participation().name()), decision, verification, override,
                checkIn);
    }

    private void snapshotChanged(Choice c) {
        rows.clear();
        selected.set(null);
        compared.clear();
        breakdown.clear();
        nineBox.clear();
        snapshotFacts.set("");
        shownSnapshot = 0;
        if (c == null || service == null) {
            updateCounts();
            return;
        }
        long id = Long.parseLong(c.value());
        loading.set(true);
        RoundService s = service;
        RoundSummary r = round.get();
        tasks.run(messages.get("ranking.loading"), p -> {
            RankedList list = s.ranking(id);
            Map<ResearcherId, Double> previous = previousPercentiles(s, r);
            return new Object[] {list, previous};
        }, result -> {
            @SuppressWarnings("unchecked")
            Map<ResearcherId, Double> previous = (Map<ResearcherId, Double>) result[1];
            showList(id, (RankedList) result[0], previous);
        }, failure -> {
            loading.set(false);
            failed(failure);
        });
        Choice other = compareWith.get();
        if (other == null || other.value().equals(c.value())) {
            Choice before = null;
            for (Choice s2 : snapshots) {
                if (s2.value().equals(c.value())) {
                    break;
                }
                before = s2;
            }
            compareWith.set(before);
        } else {
            loadMovements();
        }
    }

    /** The percentiles of the latest snapshot of the round before {@code r} (by reference date). */
    private static Map<ResearcherId, Double> previousPercentiles(RoundService s, RoundSummary r) {
        Map<ResearcherId, Double> m = new HashMap<>();
        if (r == null) {
            return m;
        }
        RoundSummary prev = null;
        for (RoundSummary x : s.list()) {
            if (x.referenceDate().isBefore(r.referenceDate()) && x.latestSnapshotId() != 0
                    && (prev == null || x.referenceDate().isAfter(prev.referenceDate()))) {
                prev = x;
            }
        }
        if (prev != null) {
            for (SnapshotRow row : s.ranking(prev.latestSnapshotId()).rows()) {
                if (row.percentile() != null) {
                    m.put(row.researcherId(), row.percentile());
                }
            }
        }
        return m;
    }

    void showList(long id, RankedList list, Map<ResearcherId, Double> previous) {
        List<RankingRowViewModel> newRows = new ArrayList<>(list.rows().size());
        Set<String> cohortKeys = new LinkedHashSet<>();
        for (SnapshotRow row : list.rows()) {
            Double before = previous.get(row.researcherId());
            Double change = before == null || row.percentile() == null ? null : row.percentile() - before;
            newRows.add(new RankingRowViewModel(row, messages, change));
            if (!row.cohort().isEmpty()) {
                cohortKeys.add(row.cohort());
            }
        }
        Choice keep = cohort.get();
        List<Choice> cs = new ArrayList<>();
        cs.add(cohorts.get(0));
        for (String k : cohortKeys) {
            cs.add(new Choice(k, cohortLabel(k)));
        }
        cohorts.setAll(cs);
        shownSnapshot = id;
        rows.setAll(newRows);
        cohort.set(cs.stream().filter(x -> Objects.equals(x.value(), keep == null ? null : keep.value()))
                .findFirst().orElse(cs.get(0)));
        snapshotFacts.set(messages.get("snapshot.facts", list.snapshot().engineVersion(),
                list.snapshot().inputsFingerprint().substring(0, 12), list.snapshot().schemes().values().stream()
                        .map(Object::toString).reduce((a, b) -> a + ", " + b).orElse("")));
        loading.set(false);
        refilter();
        rebuildNineBox();
    }

    private String cohortLabel(String key) {
        return RankingRowViewModel.cohortLabel(messages, key);
    }

    // ---- list ----------------------------------------------------------------------------------------------

    private void refilter() {
        String needle = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        String c = cohort.get() == null ? null : cohort.get().value();
        String f = flag.get() == null ? null : flag.get().value();
        NineBoxCell cell = nineBoxFilter.get();
        Set<ResearcherId> inCell = new java.util.HashSet<>();
        if (cell != null) {
            cell.members().forEach(m -> inCell.add(m.researcherId()));
        }
        Predicate<RankingRowViewModel> p = r -> r.matches(needle)
                && (c == null || c.equals(r.cohort()))
                && flagMatches(f, r)
                && (cell == null || inCell.contains(r.researcherId()));
        visible.setPredicate(p);
        updateCounts();
    }

    private static boolean flagMatches(String f, RankingRowViewModel r) {
        if (f == null) {
            return true;
        }
        return switch (f) {
            case "RANKED" -> r.ranked();
            case "NONE" -> r.flagCodes().isEmpty();
            default -> r.flagCodes().contains(ListFlag.valueOf(f));
        };
    }

    private void updateCounts() {
        counts.set(messages.get("ranking.counts", visible.size(), rows.size()));
        updateEmptyTexts();
    }

    /**
     * Why each list of the screen is empty and what to do: no database, no round (create one), a round not scored
     * yet (score it), a ranked list whose rows the search and filters all hide (clear them), or nothing to compare.
     */
    private void updateEmptyTexts() {
        String noRound = service == null ? messages.get("empty.noDatabase") : messages.get("empty.evaluation.noRound");
        RoundSummary r = round.get();
        if (r == null) {
            rankingEmpty.set(noRound);
            participantsEmpty.set(noRound);
            historyEmpty.set(noRound);
            movementsEmpty.set(noRound);
            return;
        }
        if (loading.get()) {
            rankingEmpty.set(messages.get("ranking.loading"));
        } else if (snapshot.get() == null) {
            rankingEmpty.set(messages.get("ranking.notScored"));
        } else if (!rows.isEmpty()) {
            rankingEmpty.set(messages.get("ranking.empty", rows.size()));
        } else {
            rankingEmpty.set(messages.get("empty.evaluation.nobodyRanked"));
        }
        participantsEmpty.set(messages.get("participants.empty"));
        historyEmpty.set(messages.get("empty.evaluation.history"));
        if (snapshot.get() == null) {
            movementsEmpty.set(messages.get("empty.evaluation.movements.notScored"));
        } else if (compareWith.get() == null || compareWith.get().value().equals(snapshot.get().value())) {
            movementsEmpty.set(compareWithChoices.size() < 2 ? messages.get("empty.evaluation.movements.onlyOne")
                    : messages.get("movement.empty"));
        } else {
            movementsEmpty.set(messages.get("empty.evaluation.movements.none"));
        }
    }

    private void showBreakdown(RankingRowViewModel row) {
        if (row == null || service == null || shownSnapshot == 0) {
            breakdown.clear();
            return;
        }
        breakdown.show(service, shownSnapshot, row, cohortMedian(row.cohort()), schemes);
    }

    /** Medians of the three dimension scores over the ranked members of a cohort. */
    double[] cohortMedian(String cohortKey) {
        List<RankingRowViewModel> members = rows.stream().filter(r -> r.ranked() && r.cohort().equals(cohortKey))
                .toList();
        double[] m = new double[3];
        List<Function<RankingRowViewModel, Double>> dims = List.of(RankingRowViewModel::innovation,
                RankingRowViewModel::quality, RankingRowViewModel::contribution);
        for (int k = 0; k < 3; k++) {
            Function<RankingRowViewModel, Double> f = dims.get(k);
            double[] v = members.stream().map(f).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted()
                    .toArray();
            m[k] = v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
        return m;
    }

    // ---- compare -------------------------------------------------------------------------------------------

    /** Puts two to four people side by side; refuses other counts with a message. */
    public boolean compare(List<RankingRowViewModel> people) {
        if (people.size() < 2 || people.size() > 4) {
            dialogs.showInformation(messages.get("compare.title"), messages.get("compare.needTwoToFour"));
            return false;
        }
        compared.setAll(people);
        return true;
    }

    private void loadMovements() {
        movements.clear();
        Choice a = compareWith.get();
        Choice b = snapshot.get();
        if (a == null || b == null || service == null || a.value().equals(b.value())) {
            return;
        }
        RoundService s = service;
        tasks.run(messages.get("snapshot.comparing"), p -> s.compare(Long.parseLong(a.value()),
                Long.parseLong(b.value())), list -> {
                    List<MovementRowViewModel> out = new ArrayList<>();
                    for (Movement m : list) {
                        if (m.kind() != Movement.Kind.SAME) {
                            out.add(movementRow(m));
                        }
                    }
                    movements.setAll(out);
                }, this::failed);
    }

    private MovementRowViewModel movementRow(Movement m) {
        String change = switch (m.kind()) {
            case UP, DOWN -> messages.get("movement.change", m.rankBefore(), m.rankAfter(),
                    String.format(Locale.ROOT, "%+.2f", m.totalChange()));
            case ENTERED -> messages.get("movement.enteredAt", m.rankAfter());
            case LEFT -> messages.get("movement.leftFrom", m.rankBefore());
            case SAME -> "";
        };
        String why = m.mainDimension() == null ? "" : messages.get("movement.why",
                messages.get("ranking.col." + m.mainDimension().toLowerCase(Locale.ROOT)), String.format(Locale.ROOT,
                        "%+.2f", switch (m.mainDimension()) {
                            case "INNOVATION" -> m.innovationChange();
                            case "QUALITY" -> m.qualityChange();
                            default -> m.contributionChange();
                        }));
        return new MovementRowViewModel(m, messages.get("movement." + m.kind().name()), change, why);
    }

    // ---- 9-box ---------------------------------------------------------------------------------------------

    private void rebuildNineBox() {
        String c = cohort.get() == null ? null : cohort.get().value();
        List<RankingRowViewModel> pool = rows.stream().filter(RankingRowViewModel::ranked)
                .filter(r -> c == null || c.equals(r.cohort()))
                .filter(r -> value(r, xAxis.get()) != null && value(r, yAxis.get()) != null).toList();
        int[] xs = terciles(pool, xAxis.get());
        int[] ys = terciles(pool, yAxis.get());
        List<List<RankingRowViewModel>> cells = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            cells.add(new ArrayList<>());
        }
        for (int i = 0; i < pool.size(); i++) {
            cells.get(ys[i] * 3 + xs[i]).add(pool.get(i));
        }
        List<NineBoxCell> out = new ArrayList<>();
        for (int row = 2; row >= 0; row--) {
            for (int col = 0; col < 3; col++) {
                out.add(new NineBoxCell(col, row, cells.get(row * 3 + col)));
            }
        }
        nineBoxFilter.set(null);
        nineBox.setAll(out);
    }

    /** Tercile (0 low, 1 middle, 2 high) of each member's value, by position in sorted order. */
    private static int[] terciles(List<RankingRowViewModel> pool, Axis axis) {
        Integer[] order = new Integer[pool.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> value(pool.get(i), axis)));
        int[] t = new int[pool.size()];
        for (int pos = 0; pos < order.length; pos++) {
            t[order[pos]] = Math.min(2, pos * 3 / Math.max(1, order.length));
        }
        return t;
    }

    static Double value(RankingRowViewModel r, Axis axis) {
        return switch (axis) {
            case INNOVATION -> r.innovation();
            case QUALITY -> r.quality();
            case CONTRIBUTION -> r.contribution();
            case TOTAL -> r.total();
            case CHANGE -> r.change();
        };
    }

    /** Drill-down: shows only the members of a cell on the list ({@code null} shows everyone again). */
    public void drillDown(NineBoxCell cell) {
        nineBoxFilter.set(cell);
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Asks for a name and a reference date and creates a round in Draft. */
    public void newRound() {
        if (service == null) {
            return;
        }
        Optional<String> name = dialogs.askText(messages.get("rounds.new.title"), messages.get("rounds.new.name"),
                messages.get("rounds.new.defaultName", LocalDate.now().getYear()));
        if (name.isEmpty()) {
            return;
        }
        Optional<String> date = dialogs.askText(messages.get("rounds.new.title"), messages.get("rounds.new.date"),
                LocalDate.now().getYear() + "-12-31");
        if (date.isEmpty()) {
            return;
        }
        LocalDate ref;
        try {
            ref = LocalDate.parse(date.get().trim());
        } catch (DateTimeParseException e) {
            dialogs.showError(messages.get("rounds.new.title"), messages.get("rounds.new.badDate", date.get()));
            return;
        }
        RoundService s = service;
        tasks.run(messages.get("rounds.new.title"), p -> s.create(name.get(), ref, RoundScope.all()),
                created -> refreshRounds(created.name()), this::failed);
    }

    /** Moves the selected round one stage forward, after confirmation when it becomes Final. */
    public void advance() {
        RoundSummary r = round.get();
        if (r == null || service == null) {
            return;
        }
        if (r.stage().next() == RoundStage.FINAL && !dialogs.confirm(messages.get("rounds.advance"),
                messages.get("rounds.finalConfirm", r.name()))) {
            return;
        }
        RoundService s = service;
        tasks.run(messages.get("rounds.advance"), p -> s.advance(r.name(), ""), x -> refreshRounds(r.name()),
                this::failed);
    }

    /** Moves the selected round one stage back; asks for the reason, which is required. */
    public void back() {
        RoundSummary r = round.get();
        if (r == null || service == null) {
            return;
        }
        Optional<String> reason = dialogs.askText(messages.get("rounds.back"), messages.get("rounds.back.reason"), "");
        if (reason.isEmpty()) {
            return;
        }
        RoundService s = service;
        tasks.run(messages.get("rounds.back"), p -> s.back(r.name(), reason.get()), x -> refreshRounds(r.name()),
                this::failed);
    }

    /** Scores the selected round in the background (with progress and cancel) and shows the new snapshot. */
    public void score() {
        RoundSummary r = round.get();
        if (r == null || service == null) {
            return;
        }
        RoundService s = service;
        busy.set(true);
        tasks.run(messages.get("rounds.scoring", r.name()), p -> s.score(r.name(),
                (f, code) -> p.update(f, null), p::isCancelled), info -> {
                    busy.set(false);
                    lastScored = info.id();
                    refreshRounds(r.name());
                }, failure -> {
                    busy.set(false);
                    if (!(failure instanceof java.util.concurrent.CancellationException)) {
                        failed(failure);
                    }
                });
    }

    /** Includes or excludes a participant with a reason asked for. */
    public void decide(ParticipantRowViewModel p, boolean include) {
        RoundSummary r = round.get();
        if (r == null || p == null || service == null) {
            return;
        }
        Optional<String> reason = dialogs.askText(messages.get(include ? "participants.include"
                : "participants.exclude"), messages.get("participants.reason", p.name()), "");
        if (reason.isEmpty()) {
            return;
        }
        RoundService s = service;
        tasks.run(messages.get("participants.title"), p2 -> {
            s.decide(r.name(), p.researcherId(), include, reason.get());
            return null;
        }, x -> refreshRounds(r.name()), this::failed);
    }

    /** Records "confirmed by the researcher", or the corrections made (a note is asked for). */
    public void verify(ParticipantRowViewModel p, boolean corrected) {
        RoundSummary r = round.get();
        if (r == null || p == null || service == null) {
            return;
        }
        String note = messages.get("verify.confirmedNote");
        if (corrected) {
            Optional<String> asked = dialogs.askText(messages.get("verify.CORRECTED"),
                    messages.get("verify.correctionPrompt", p.name()), "");
            if (asked.isEmpty()) {
                return;
            }
            note = asked.get();
        }
        String finalNote = note;
        RoundService s = service;
        tasks.run(messages.get("participants.title"), p2 -> {
            s.verify(r.name(), p.researcherId(), corrected ? Verification.Status.CORRECTED
                    : Verification.Status.CONFIRMED, finalNote);
            return null;
        }, x -> refreshRounds(r.name()), this::failed);
    }

    /** Records an ungraded progress note for a participant in mid-cycle. */
    public void checkIn(ParticipantRowViewModel p) {
        RoundSummary r = round.get();
        if (r == null || p == null || service == null) {
            return;
        }
        Optional<String> note = dialogs.askText(messages.get("checkIn.title"),
                messages.get("checkIn.prompt", p.name()), "");
        if (note.isEmpty()) {
            return;
        }
        RoundService s = service;
        tasks.run(messages.get("checkIn.title"), p2 -> {
            s.checkIn(r.name(), p.researcherId(), note.get());
            return null;
        }, x -> refreshRounds(r.name()), this::failed);
    }

    /** Writes the verification sheet (.xlsx) of a participant. */
    public void exportVerificationSheet(ParticipantRowViewModel p) {
        RoundSummary r = round.get();
        if (r == null || p == null || service == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToSave(messages.get("verify.export"),
                p.employeeNo() + "-" + messages.get("verify.sheet.title") + ".xlsx", "xlsx");
        if (file.isEmpty()) {
            return;
        }
        RoundService s = service;
        tasks.run(messages.get("verify.export"), p2 -> {
            s.requireExport();
            VerificationSheetExporter.write(file.get(), messages, s.verificationData(r.name(), p.researcherId()));
            return file.get();
        }, f -> dialogs.showInformation(messages.get("verify.export"), messages.get("evaluation.exportDone", f)), this::failed);
    }

    /** Exports the rows on the list (after filters) with the list's columns, as xlsx or csv. */
    public void export(String format) {
        if (rows.isEmpty()) {
            return;
        }
        String base = (round.get() == null ? "ranking" : round.get().name()) + "-" + shownSnapshot;
        Optional<Path> file = dialogs.chooseFileToSave(messages.get("ranking.export"), base + "." + format, format);
        if (file.isEmpty()) {
            return;
        }
        List<SnapshotRow> out = visible.stream().map(RankingRowViewModel::row).toList();
        String sheet = round.get() == null ? "Ranking" : round.get().name();
        RoundService s = service;
        long snapshotId = shownSnapshot;
        Map<SchemeRef, Scheme> used = schemes;
        tasks.run(messages.get("ranking.export"), p -> {
            if (s != null) {
                s.requireExport();
            }
            List<BreakdownLine> lines = s == null || snapshotId == 0 ? List.of() : BreakdownLine.of(messages, out,
                    s.cards(snapshotId, out.stream().map(SnapshotRow::researcherId).toList(), p::isCancelled), used);
            if (format.equals("csv")) {
                RankingExporter.writeCsv(file.get(), messages, out);
                RankingExporter.writeBreakdownCsv(RankingExporter.breakdownCsvBeside(file.get()), messages, lines);
            } else {
                RankingExporter.writeXlsx(file.get(), messages, sheet, out, lines);
            }
            return file.get();
        }, f -> dialogs.showInformation(messages.get("ranking.export"), messages.get("evaluation.exportDone", f)),
                this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        dialogs.showError(messages.get("nav.evaluation"), UiMessages.describe(messages, failure));
    }

    /** Where "open profile" goes: the shell shows the researchers screen searched by employee number. */
    public void onOpenProfile(Consumer<String> opener) {
        breakdown.onOpenProfile(opener);
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public ObservableList<RoundSummary> rounds() {
        return rounds;
    }

    public ObjectProperty<RoundSummary> roundProperty() {
        return round;
    }

    public String roundLabel(RoundSummary r) {
        return r == null ? "" : r.name() + " · " + messages.get("round.stage." + r.stage().name());
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roundFactsProperty() {
        return roundFacts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAdvanceProperty() {
        return canAdvance.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /**
     * Whether the session may create, advance, score and record decisions: the screen greys those commands out
     * otherwise. A convenience only; the round service refuses by itself (decision 0090).
     */
    public BooleanProperty mayManageProperty() {
        return mayManage;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<String> history() {
        return history;
    }

    public ObservableList<ParticipantRowViewModel> participants() {
        return participants;
    }

    public ObservableList<Choice> snapshots() {
        return snapshots;
    }

    public ObjectProperty<Choice> snapshotProperty() {
        return snapshot;
    }

    public ObservableList<Choice> compareWithChoices() {
        return compareWithChoices;
    }

    public ObjectProperty<Choice> compareWithProperty() {
        return compareWith;
    }

    public ObservableList<MovementRowViewModel> movements() {
        return movements;
    }

    public ReadOnlyStringProperty snapshotFactsProperty() {
        return snapshotFacts.getReadOnlyProperty();
    }

    /** Why the ranked list shows no row and what to do (its placeholder). */
    public ReadOnlyStringProperty rankingEmptyProperty() {
        return rankingEmpty.getReadOnlyProperty();
    }

    /** Why the participants table is empty (its placeholder). */
    public ReadOnlyStringProperty participantsEmptyProperty() {
        return participantsEmpty.getReadOnlyProperty();
    }

    /** Why the stage history is empty (its placeholder). */
    public ReadOnlyStringProperty historyEmptyProperty() {
        return historyEmpty.getReadOnlyProperty();
    }

    /** Why the movements table is empty and what to do (its placeholder). */
    public ReadOnlyStringProperty movementsEmptyProperty() {
        return movementsEmpty.getReadOnlyProperty();
    }

    public ObservableList<RankingRowViewModel> visibleRows() {
        return visibleView;
    }

    public int totalRows() {
        return rows.size();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Choice> cohortChoices() {
        return cohorts;
    }

    public ObjectProperty<Choice> cohortProperty() {
        return cohort;
    }

    public ObservableList<Choice> flagChoices() {
        return flagChoices;
    }

    public ObjectProperty<Choice> flagProperty() {
        return flag;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObjectProperty<RankingRowViewModel> selectedProperty() {
        return selected;
    }

    public BreakdownViewModel breakdown() {
        return breakdown;
    }

    public ObservableList<RankingRowViewModel> compared() {
        return compared;
    }

    public ObjectProperty<Axis> xAxisProperty() {
        return xAxis;
    }

    public ObjectProperty<Axis> yAxisProperty() {
        return yAxis;
    }

    public ObservableList<NineBoxCell> nineBox() {
        return nineBox;
    }

    public ObjectProperty<NineBoxCell> nineBoxFilterProperty() {
        return nineBoxFilter;
    }

    /** Describes the 9-box cell the list is narrowed to; empty when it is not. */
    public ReadOnlyStringProperty nineBoxFilterTextProperty() {
        return nineBoxFilterText.getReadOnlyProperty();
    }

    public String axisLabel(Axis a) {
        return messages.get("ninebox.axis." + a.name());
    }

    public Messages messages() {
        return messages;
    }

    /** Whether a participation counts as scored (for the participants table's styling). */
    public static boolean scored(Participation p) {
        return p.scored();
    }
}
