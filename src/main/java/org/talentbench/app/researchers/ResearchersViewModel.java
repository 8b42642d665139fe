package org.talentbench.app.researchers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
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
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ResearcherService;
import org.talentbench.service.ResearcherSummary;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * State of the researchers screen: all rows of the open database, the search text and the department and category
 * filters, and the visible rows. Loading runs through the {@link TaskRunner}; all state changes on the FX thread.
 */
public final class ResearchersViewModel {
    private final BooleanProperty canEdit = new SimpleBooleanProperty(true);
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObservableList<ResearcherRowViewModel> rows = FXCollections.observableArrayList();
    private final FilteredList<ResearcherRowViewModel> visible = new FilteredList<>(rows);
    private final ObservableList<ResearcherRowViewModel> visibleView = FXCollections.unmodifiableObservableList(visible);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Choice> department = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> category = new SimpleObjectProperty<>();
    private final ObservableList<Choice> departments = FXCollections.observableArrayList();
    private final ObservableList<Choice> categories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Choice> groupings = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> grouping = new SimpleObjectProperty<>();
    private final ObjectProperty<ResearcherRowViewModel> selected = new SimpleObjectProperty<>();
    private int shown = -1;
    private final javafx.beans.property.ReadOnlyStringWrapper emptyText = new javafx.beans.property.ReadOnlyStringWrapper("");
    /** Whether a database is open (a list was asked for): an empty list then means no researchers, not no database. */
    private boolean opened;
    private Consumer<OpenRequest> opener = r -> { };

    /** What the user asked to open: a stored researcher ({@code id}) or a new one ({@code id} null). */
    public record OpenRequest(ResearcherId id, boolean newWindow) {
    }

    /** How the table is grouped. */
    public enum Grouping { NONE, DEPARTMENT, CATEGORY }

    /** A group of rows under a heading (department or category), in table order. */
    public record Group(String label, List<ResearcherRowViewModel> rows) {
    }

    public ResearchersViewModel(Messages messages, TaskRunner tasks, DialogService dialogs) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        Choice all = new Choice(null, messages.get("researchers.filter.all"));
        departments.add(all);
        department.set(all);
        Choice allCategories = new Choice(null, messages.get("researchers.filter.allCategories"));
        categories.add(allCategories);
        for (ResearchCategory c : ResearchCategory.values()) {
            categories.add(new Choice(c.name(), messages.get("category." + c.name())));
        }
        category.set(allCategories);
        for (Grouping g : Grouping.values()) {
            groupings.add(new Choice(g.name(), messages.get("researchers.group." + g.name())));
        }
        grouping.set(groupings.get(0));
        search.addListener((o, a, b) -> refilter());
        department.addListener((o, a, b) -> refilter());
        category.addListener((o, a, b) -> refilter());
        visible.addListener((javafx.collections.ListChangeListener<ResearcherRowViewModel>) c -> updateCounts());
        canEdit.addListener((o, x, y) -> updateEmptyText());
        updateCounts();
    }

    /** Loads the researchers of the open database in the background. */
    public void load(ResearcherService service) {
        load(service, () -> { });
    }

    /**
     * Loads the list, then runs {@code then} on the FX thread once the rows are shown (or the load failed): the
     * main window starts the other screens' reads only after the table is populated, so that on a two-core machine
     * they do not compete with the first thing a user looks at.
     */
    public void load(ResearcherService service, Runnable then) {
        opened = true;
        loading.set(true);
        updateEmptyText();
        tasks.run(messages.get("researchers.loading"), p -> service.list(), list -> {
            show(list);
            then.run();
        }, failure -> {
            loading.set(false);
            updateEmptyText();
            dialogs.showError(messages.get("researchers.title"), UiMessages.describe(messages, failure));
            then.run();
        });
    }

    /** Empties the screen (no database open). */
    public void clear() {
        opened = false;
        show(List.of());
    }

    /** Shows loaded rows (FX thread); public for benchmarks that measure filtering without a database. */
    public void show(List<ResearcherSummary> summaries) {
        List<ResearcherRowViewModel> newRows = new ArrayList<>(summaries.size());
        Map<String, String> deptNames = new LinkedHashMap<>();
        for (ResearcherSummary s : summaries) {
            ResearcherRowViewModel row = new ResearcherRowViewModel(s, messages);
            newRows.add(row);
            deptNames.putIfAbsent(s.departmentCode(), row.department());
        }
        Choice keep = department.get();
        departments.setAll(departments.get(0));
        deptNames.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> departments.add(new Choice(e.getKey(), e.getValue())));
        department.set(departments.stream().filter(c -> java.util.Objects.equals(c.value(), keep.value()))
                .findFirst().orElse(departments.get(0)));
        rows.setAll(newRows);
        loading.set(false);
        refilter();
    }

    private void refilter() {
        String needle = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        String dept = department.get() == null ? null : department.get().value();
        String cat = category.get() == null ? null : category.get().value();
        Predicate<ResearcherRowViewModel> p = r -> r.matches(needle)
                && (dept == null || dept.equals(r.departmentCode()))
                && (cat == null || cat.equals(r.categoryCode()));
        visible.setPredicate(p);
        updateCounts();
    }

    private void updateCounts() {
        shown = -1;
        counts.set(messages.get("researchers.counts", visible.size(), rows.size()));
        updateEmptyText();
    }

    /**
     * Why the table shows no row and what to do: loading, no database, a database without researchers (create or
     * import them; the button shows only to those who may), or search and filters (the screen's own or the column
     * filters) that hide every row.
     */
    private void updateEmptyText() {
        if (loading.get()) {
            emptyText.set(messages.get("researchers.loading"));
        } else if (!rows.isEmpty()) {
            emptyText.set(messages.get("empty.researchers.filtered", rows.size()));
        } else if (!opened) {
            emptyText.set(messages.get("researchers.empty"));
        } else {
            emptyText.set(canEdit.get() ? messages.get("empty.researchers.none")
                    : messages.get("empty.researchers.noneReadOnly"));
        }
    }

    /**
     * The table reports how many rows it shows after its own column filters (ControlsFX), so that the counts in the
     * status bar match what the user sees.
     */
    public void reportShown(int count) {
        if (count != shown) {
            shown = count;
            counts.set(messages.get("researchers.counts", count, rows.size()));
            updateEmptyText();
        }
    }

    /** Groups rows (as the table shows them) by the chosen heading; empty when grouping is off. */
    public List<Group> groups(List<ResearcherRowViewModel> tableRows) {
        Grouping g = grouping.get() == null ? Grouping.NONE : Grouping.valueOf(grouping.get().value());
        if (g == Grouping.NONE) {
            return List.of();
        }
        Map<String, List<ResearcherRowViewModel>> byKey = new java.util.TreeMap<>();
        Map<String, String> labels = new java.util.HashMap<>();
        for (ResearcherRowViewModel r : tableRows) {
            String key = g == Grouping.DEPARTMENT ? r.departmentCode()
                    : String.valueOf(ResearchCategory.valueOf(r.categoryCode()).ordinal());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            labels.putIfAbsent(key, g == Grouping.DEPARTMENT ? r.department() : r.category());
        }
        List<Group> out = new ArrayList<>();
        byKey.forEach((k, list) -> out.add(new Group(messages.get("researchers.group.heading", labels.get(k),
                list.size()), list)));
        return out;
    }

    /** Opens the profile of a row (double-click or Enter). */
    public void open(ResearcherRowViewModel row) {
        if (row != null) {
            opener.accept(new OpenRequest(new ResearcherId(row.id()), false));
        }
    }

    /** Opens the profile of a row in a second window, e.g. to compare. */
    public void openInNewWindow(ResearcherRowViewModel row) {
        if (row != null) {
            opener.accept(new OpenRequest(new ResearcherId(row.id()), true));
        }
    }

    /**
     * Whether the session may create and edit profiles: the screen hides New and the editor's changes otherwise. A
     * convenience only; the profile service refuses by itself (decision 0090).
     */
    public BooleanProperty canEditProperty() {
        return canEdit;
    }

    /** Starts a new researcher (Ctrl+N). */
    public void newResearcher() {
        opener.accept(new OpenRequest(null, true));
    }

    /** Who opens profile editors (the main window). */
    public void setOpener(Consumer<OpenRequest> opener) {
        this.opener = opener;
    }

    public ObservableList<Choice> groupingChoices() {
        return groupings;
    }

    public ObjectProperty<Choice> groupingProperty() {
        return grouping;
    }

    public ObjectProperty<ResearcherRowViewModel> selectedProperty() {
        return selected;
    }

    public ObservableList<ResearcherRowViewModel> visibleRows() {
        return visibleView;
    }

    public int totalCount() {
        return rows.size();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Choice> departmentProperty() {
        return department;
    }

    public ObjectProperty<Choice> categoryProperty() {
        return category;
    }

    public ObservableList<Choice> departmentChoices() {
        return departments;
    }

    public ObservableList<Choice> categoryChoices() {
        return categories;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Why the table shows no row and what to do (its placeholder). */
    public javafx.beans.property.ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public Language language() {
        return messages.language();
    }
}
