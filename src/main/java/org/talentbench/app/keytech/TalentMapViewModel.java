package org.talentbench.app.keytech;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.tech.HeatMap;
import org.talentbench.core.tech.LandmarkOutput;
import org.talentbench.core.tech.PersonEntry;
import org.talentbench.core.tech.TalentMap;
import org.talentbench.core.tech.TalentMapOptions;
import org.talentbench.core.tech.TechnologyEntry;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.i18n.TechTexts;
import org.talentbench.service.TechnologyExports;
import org.talentbench.service.TechnologyService;

/**
 * State of the talent-map tab: the map's date, window and options, a row per technology (filterable to those with
 * gaps or to one group), the people and landmark outputs of the selected technology, the departments × technologies
 * grid for the heat map, and the export commands (.xlsx, .pdf).
 */
public final class TalentMapViewModel {
    /** One technology of the map. */
    public record MapRow(String code, String name, String group, String groupCode, int people, long leaders,
                         long young, String outputs, int landmarks, String concentration, String gaps,
                         boolean flagged) {
    }

    /** One person of the selected technology. */
    public record PersonRow(String employeeNo, String name, String department, String title, String category,
                            String young, String leader, String standing, int recentOutputs) {
    }

    /** One landmark output of the selected technology. */
    public record LandmarkRow(LocalDate date, String kind, String title, String contributors, String marks) {
    }

    private final Messages m;
    private final TechTexts t;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private TechnologyService service;
    private TechnologyExports exports;
    private TalentMap map;

    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> recentYears = new SimpleObjectProperty<>(3);
    private final BooleanProperty includeSuggested = new SimpleBooleanProperty(true);
    private final BooleanProperty withStanding = new SimpleBooleanProperty(true);
    private final BooleanProperty onlyGaps = new SimpleBooleanProperty(false);
    private final ObservableList<Choice> groupChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> group = new SimpleObjectProperty<>();
    private final ObservableList<MapRow> rows = FXCollections.observableArrayList();
    private final FilteredList<MapRow> visible = new FilteredList<>(rows);
    private final ObjectProperty<MapRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<PersonRow> people = FXCollections.observableArrayList();
    private final ObservableList<LandmarkRow> landmarks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HeatGrid> heat = new ReadOnlyObjectWrapper<>(HeatGrid.empty());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public TalentMapViewModel(Messages messages, TaskRunner tasks, DialogService dialogs) {
        this.m = messages;
        this.t = new TechTexts(messages);
        this.tasks = tasks;
        this.dialogs = dialogs;
        Choice all = new Choice(null, m.get("keytech.ui.allGroups"));
        groupChoices.add(all);
        group.set(all);
        onlyGaps.addListener((o, a, b) -> refilter());
        group.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> showSelected(b));
        busy.addListener((o, a, b) -> updateEmptyText());
        loaded.addListener((o, a, b) -> updateEmptyText());
        updateEmptyText();
    }

    /**
     * Why the overview shows no technology: being computed, not computed yet (Refresh), no technology on the list,
     * or the group and "only gaps" filters hiding every row.
     */
    private void updateEmptyText() {
        if (busy.get()) {
            emptyText.set(m.get("keytech.ui.computingMap"));
        } else if (!loaded.get()) {
            emptyText.set(m.get("keytech.ui.noMap"));
        } else if (rows.isEmpty()) {
            emptyText.set(m.get("empty.keytech.map.noTechnologies"));
        } else {
            emptyText.set(m.get("empty.keytech.map.filtered", rows.size()));
        }
    }

    /** Why the overview table is empty and what to do (its placeholder). */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public void setServices(TechnologyService newService, TechnologyExports newExports) {
        this.service = newService;
        this.exports = newExports;
        this.map = null;
        loaded.set(false);
        if (newService == null) {
            show(null);
            return;
        }
        asOf.set(newService.today());
    }

    /** Computes the map with the current options in the background. */
    public void refresh() {
        if (service == null || asOf.get() == null) {
            return;
        }
        TechnologyService s = service;
        LocalDate date = asOf.get();
        int years = recentYears.get() == null || recentYears.get() < 1 ? 3 : recentYears.get();
        TalentMapOptions options = TalentMapOptions.defaults().withRecentYears(years)
                .withIncludeSuggested(includeSuggested.get());
        boolean standing = withStanding.get();
        busy.set(true);
        tasks.run(m.get("keytech.ui.computingMap"), p -> s.map(date, options, standing), this::show, failure -> {
            busy.set(false);
            dialogs.showError(m.get("keytech.ui.title"), UiMessages.describe(m, failure));
        });
    }

    void show(TalentMap newMap) {
        busy.set(false);
        this.map = newMap;
        if (newMap == null) {
            rows.clear();
            heat.set(HeatGrid.empty());
            summary.set("");
            return;
        }
        String keep = selected.get() == null ? null : selected.get().code();
        Map<String, String> groupNames = new HashMap<>();
        newMap.groups().forEach(g -> groupNames.put(g.code(), t.name(g)));
        Choice keepGroup = group.get();
        groupChoices.setAll(groupChoices.get(0));
        newMap.groups().forEach(g -> groupChoices.add(new Choice(g.code(), t.name(g))));
        group.set(groupChoices.stream().filter(c -> java.util.Objects.equals(c.value(), keepGroup.value()))
                .findFirst().orElse(groupChoices.get(0)));
        List<MapRow> out = new ArrayList<>();
        for (TechnologyEntry e : newMap.entries()) {
            out.add(new MapRow(e.code(), t.name(e.technology()), groupNames.getOrDefault(
                    e.technology().groupCode(), e.technology().groupCode()), e.technology().groupCode(),
                    e.people().size(), e.leaders(), e.young(),
                    m.get("keytech.ui.outputsCell", e.recentOutputs(), e.recentConfirmed()), e.landmarkCount(),
                    e.topContributor().isEmpty() ? "—" : e.topContributor() + " " + TechTexts.percent(e.topShare()),
                    t.gaps(e.gaps()), !e.gaps().isEmpty()));
        }
        rows.setAll(out);
        refilter();
        heat.set(grid(newMap));
        summary.set(m.get("keytech.ui.mapSummary", newMap.asOf().toString(), newMap.entries().size(),
                newMap.flagged(), t.standingSource(newMap.standings())));
        loaded.set(true);
        MapRow again = keep == null ? null : visible.stream().filter(r -> r.code().equals(keep)).findFirst()
                .orElse(null);
        selected.set(again != null ? again : visible.isEmpty() ? null : visible.get(0));
        showSelected(selected.get());
    }

    private HeatGrid grid(TalentMap tm) {
        HeatMap h = tm.heatMap();
        int nr = h.technologyCodes().size();
        int nc = h.departmentCodes().size();
        // columns in the order of the technology where each department is strongest, so the map reads diagonally
        Integer[] order = new Integer[nc];
        int[] strongest = new int[nc];
        for (int d = 0; d < nc; d++) {
            order[d] = d;
            int best = -1;
            int at = Integer.MAX_VALUE;
            for (int i = 0; i < nr; i++) {
                if (h.cell(i, d).people() > best && h.cell(i, d).people() > 0) {
                    best = h.cell(i, d).people();
                    at = i;
                }
            }
            strongest[d] = at;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer d) -> strongest[d]));
        int[][] p = new int[nr][nc];
        int[][] y = new int[nr][nc];
        boolean[] flagged = new boolean[nr];
        List<String> rowLabels = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            rowLabels.add(t.name(tm.entries().get(i).technology()));
            flagged[i] = !tm.entries().get(i).gaps().isEmpty();
            for (int c = 0; c < nc; c++) {
                p[i][c] = h.cell(i, order[c]).people();
                y[i][c] = h.cell(i, order[c]).young();
            }
        }
        List<String> columns = new ArrayList<>();
        for (Integer d : order) {
            columns.add(department(tm, h.departmentCodes().get(d)));
        }
        return new HeatGrid(rowLabels, columns, p, y, flagged);
    }

    private String department(TalentMap tm, String code) {
        for (Department d : tm.departments()) {
            if (d.code().equals(code)) {
                return m.language() == Language.EN && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh();
            }
        }
        return code;
    }

    private void refilter() {
        String g = group.get() == null ? null : group.get().value();
        boolean gaps = onlyGaps.get();
        visible.setPredicate(r -> (g == null || g.equals(r.groupCode())) && (!gaps || r.flagged()));
        updateEmptyText();
    }

    private void showSelected(MapRow row) {
        if (row == null || map == null) {
            people.clear();
            landmarks.clear();
            details.set("");
            return;
        }
        TechnologyEntry e = map.entry(row.code()).orElse(null);
        if (e == null) {
            return;
        }
        List<PersonRow> ps = new ArrayList<>();
        for (PersonEntry p : e.people()) {
            ps.add(new PersonRow(p.employeeNo(), p.nameZh(), department(map, p.departmentCode()), p.title(),
                    t.category(p.category()), p.young() ? m.get("keytech.yes") : "",
                    p.leader() ? m.get("keytech.yes") : "", t.standing(p.standing()), p.recentOutputs()));
        }
        people.setAll(ps);
        List<LandmarkRow> ls = new ArrayList<>();
        for (LandmarkOutput l : e.landmarks()) {
            List<String> marks = new ArrayList<>();
            marks.add(l.confirmed() ? m.get("keytech.ui.confirmed") : m.get("keytech.ui.suggested"));
            if (l.representative()) {
                marks.add(m.get("keytech.representative"));
            }
            ls.add(new LandmarkRow(l.date(), t.kind(l.kind()), l.title(), String.join(t.separator(),
                    l.contributors()), String.join(t.separator(), marks)));
        }
        landmarks.setAll(ls);
        details.set(m.get("keytech.ui.details", row.name(), e.code(), e.people().size(), e.recentOutputs(),
                e.landmarkCount(), t.gaps(e.gaps())));
    }

    public void exportXlsx() {
        export("xlsx");
    }

    public void exportPdf() {
        export("pdf");
    }

    private void export(String extension) {
        TalentMap current = map;
        TechnologyExports ex = exports;
        if (current == null || ex == null) {
            return;
        }
        Language language = m.language();
        ExportSupport.export(m, tasks, dialogs, "talent-map-" + current.asOf(), extension,
                file -> ex.exportMap(current, file, language));
    }

    /** The map shown, or null. */
    public TalentMap map() {
        return map;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<Integer> recentYearsProperty() {
        return recentYears;
    }

    public BooleanProperty includeSuggestedProperty() {
        return includeSuggested;
    }

    public BooleanProperty withStandingProperty() {
        return withStanding;
    }

    public BooleanProperty onlyGapsProperty() {
        return onlyGaps;
    }

    public ObservableList<Choice> groupChoices() {
        return groupChoices;
    }

    public ObjectProperty<Choice> groupProperty() {
        return group;
    }

    public ObservableList<MapRow> visibleRows() {
        return FXCollections.unmodifiableObservableList(visible);
    }

    public ObjectProperty<MapRow> selectedProperty() {
        return selected;
    }

    public ObservableList<PersonRow> people() {
        return FXCollections.unmodifiableObservableList(people);
    }

    public ObservableList<LandmarkRow> landmarks() {
        return FXCollections.unmodifiableObservableList(landmarks);
    }

    public ReadOnlyObjectProperty<HeatGrid> heatProperty() {
        return heat.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
