package org.talentbench.app.keytech;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.core.tech.TechEvent;
import org.talentbench.core.tech.TechEventKind;
import org.talentbench.core.tech.TechStatus;
import org.talentbench.core.tech.Technology;
import org.talentbench.core.tech.TechnologyGroup;
import org.talentbench.core.tech.TechnologyList;
import org.talentbench.i18n.Messages;
import org.talentbench.i18n.TechTexts;
import org.talentbench.service.TechnologyService;

/**
 * State of the technology-list tab: the list as of a date (optionally with retired, merged and later entries), the
 * history and matching terms of the selected technology, and the form that records a dated change (add, rename,
 * move, merge, retire). Changes are checked by the service against the list's history; a refusal becomes an error
 * dialog with the translated reason.
 */
public final class TechListViewModel {
    /** One technology as listed on the date. */
    public record TechRow(String code, String name, String group, String status, TechStatus statusCode,
                          LocalDate added, LocalDate ended, String mergedInto) {
    }

    /** One dated change of the selected technology. */
    public record HistoryRow(LocalDate effective, String change, String names, String group, String target,
                             String note, String actor) {
    }

    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(false);
    private final Messages m;
    private final TechTexts t;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private TechnologyService service;

    private final ReadOnlyObjectWrapper<TechnologyList> list = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final ObservableList<TechRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TechRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final StringProperty terms = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final ObservableList<Choice> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> kind = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty nameZh = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final ObservableList<Choice> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> group = new SimpleObjectProperty<>();
    private final ObservableList<Choice> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> target = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> effective = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(false);

    public TechListViewModel(Messages messages, TaskRunner tasks, DialogService dialogs) {
        this.m = messages;
        this.t = new TechTexts(messages);
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (TechEventKind k : TechEventKind.values()) {
            kinds.add(new Choice(k.name(), t.event(k)));
        }
        kind.set(kinds.get(0));
        asOf.addListener((o, a, b) -> showRows());
        showAll.addListener((o, a, b) -> showRows());
        selected.addListener((o, a, b) -> showSelected(b));
        canApply.bind(Bindings.createBooleanBinding(this::formComplete, kind, code, nameZh, nameEn, group, target,
                effective, selected, busy));
    }

    /** Uses the services of an open workspace (null: none open) and loads the list. */
    /**
     * Whether the session may change tags and the list (decision 0090): the screen greys its commands out otherwise;
     * the service refuses by itself.
     */
    public ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit.getReadOnlyProperty();
    }

    public void setService(TechnologyService newService) {
        this.service = newService;
        mayEdit.set(newService != null && newService.mayEdit());
        if (newService == null) {
            list.set(null);
            showRows();
            return;
        }
        LocalDate today = newService.today();
        asOf.set(today);
        effective.set(today);
        load();
    }

    /** Reads the list again. */
    public void load() {
        if (service == null) {
            return;
        }
        TechnologyService s = service;
        busy.set(true);
        tasks.run(m.get("keytech.ui.loadingList"), p -> s.list(), this::adopt, this::fail);
    }

    private void adopt(TechnologyList loaded) {
        busy.set(false);
        String keep = selected.get() == null ? null : selected.get().code();
        list.set(loaded);
        groups.setAll(loaded.groups().stream().map(g -> new Choice(g.code(), t.name(g))).toList());
        showRows();
        if (keep != null) {
            rows.stream().filter(r -> r.code().equals(keep)).findFirst().ifPresent(selected::set);
        }
        showSelected(selected.get());
    }

    private void fail(Throwable failure) {
        busy.set(false);
        dialogs.showError(m.get("keytech.ui.title"), UiMessages.describe(m, failure));
    }

    void showRows() {
        TechnologyList l = list.get();
        if (l == null || asOf.get() == null) {
            rows.clear();
            summary.set("");
            return;
        }
        TechnologyList.View view = l.asOf(asOf.get());
        List<Technology> techs = showAll.get() ? view.all() : view.active();
        List<TechRow> out = new ArrayList<>();
        for (Technology x : techs) {
            out.add(new TechRow(x.code(), t.name(x), t.name(l.group(x.groupCode()).orElse(null)),
                    t.status(x.status()), x.status(), x.added(), x.ended(), x.mergedInto()));
        }
        rows.setAll(out);
        targets.setAll(view.active().stream().map(x -> new Choice(x.code(), t.name(x))).toList());
        summary.set(m.get("keytech.cli.listFooter", view.date().toString(), l.version(), view.active().size()));
    }

    private void showSelected(TechRow row) {
        TechnologyList l = list.get();
        if (row == null || l == null) {
            history.clear();
            terms.set("");
            return;
        }
        List<HistoryRow> h = new ArrayList<>();
        for (TechEvent e : l.history(row.code())) {
            String names = String.join(" / ", List.of(e.nameZh(), e.nameEn()).stream().filter(x -> !x.isEmpty())
                    .toList());
            String g = e.groupCode().isEmpty() ? "" : l.group(e.groupCode()).map(t::name).orElse(e.groupCode());
            String change = e.kind() == TechEventKind.MERGE && !e.code().equals(row.code())
                    ? m.get("keytech.ui.mergedHere", e.code()) : t.event(e.kind());
            h.add(new HistoryRow(e.effective(), change, names, g, e.targetCode(), e.note(), e.actor()));
        }
        history.setAll(h);
        terms.set(String.join("\n", l.terms(row.code())));
        Technology tech = l.latest().find(row.code()).orElse(null);
        if (tech != null) {
            nameZh.set(tech.nameZh());
            nameEn.set(tech.nameEn());
            group.set(groups.stream().filter(c -> c.value().equals(tech.groupCode())).findFirst().orElse(null));
        }
    }

    private boolean formComplete() {
        if (busy.get() || kind.get() == null || effective.get() == null || service == null) {
            return false;
        }
        TechEventKind k = TechEventKind.valueOf(kind.get().value());
        if (k == TechEventKind.ADD) {
            return !blank(code.get()) && !blank(nameZh.get()) && group.get() != null;
        }
        if (selected.get() == null) {
            return false;
        }
        return switch (k) {
            case RENAME -> !blank(nameZh.get()) || !blank(nameEn.get());
            case MOVE -> group.get() != null;
            case MERGE -> target.get() != null;
            default -> true;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The change the form describes. */
    TechEvent formEvent() {
        TechEventKind k = TechEventKind.valueOf(kind.get().value());
        String subject = k == TechEventKind.ADD ? code.get().strip() : selected.get().code();
        return switch (k) {
            case ADD -> TechEvent.add(subject, effective.get(), nameZh.get(), nameEn.get(), group.get().value(),
                    note.get());
            case RENAME -> TechEvent.rename(subject, effective.get(), nameZh.get(), nameEn.get(), note.get());
            case MOVE -> TechEvent.move(subject, effective.get(), group.get().value(), note.get());
            case MERGE -> TechEvent.merge(subject, effective.get(), target.get().value(), note.get());
            case RETIRE -> TechEvent.retire(subject, effective.get(), note.get());
        };
    }

    /** Records the change of the form; on success the list is shown again and the form's note is cleared. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        TechEvent e = formEvent();
        TechnologyService s = service;
        busy.set(true);
        tasks.run(m.get("keytech.ui.recording"), p -> s.record(e), loaded -> {
            adopt(loaded);
            note.set("");
            if (e.kind() == TechEventKind.ADD) {
                code.set("");
            }
            dialogs.showInformation(m.get("keytech.ui.title"), m.get("keytech.cli.recorded", t.event(e.kind()),
                    e.code(), e.effective().toString()));
        }, this::fail);
    }

    /** Saves the terms of the selected technology, one per line. */
    public void saveTerms() {
        TechRow row = selected.get();
        if (row == null || service == null) {
            return;
        }
        List<String> lines = Arrays.stream(Objects.requireNonNullElse(terms.get(), "").split("\\R"))
                .map(String::strip).filter(x -> !x.isEmpty()).toList();
        TechnologyService s = service;
        busy.set(true);
        tasks.run(m.get("keytech.ui.recording"), p -> s.setTerms(row.code(), lines), this::adopt, this::fail);
    }

    public ReadOnlyObjectProperty<TechnologyList> listProperty() {
        return list.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public ObservableList<TechRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObjectProperty<TechRow> selectedProperty() {
        return selected;
    }

    public ObservableList<HistoryRow> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    public StringProperty termsProperty() {
        return terms;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<Choice> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice> kindProperty() {
        return kind;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameZhProperty() {
        return nameZh;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public ObservableList<Choice> groups() {
        return groups;
    }

    public ObjectProperty<Choice> groupProperty() {
        return group;
    }

    public ObservableList<Choice> targets() {
        return targets;
    }

    public ObjectProperty<Choice> targetProperty() {
        return target;
    }

    public ObjectProperty<LocalDate> effectiveProperty() {
        return effective;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** Groups by code, for the other tabs' filters. */
    List<TechnologyGroup> groupList() {
        return list.get() == null ? List.of() : list.get().groups();
    }
}
