package org.talentbench.app.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.report.MissingGlyph;
import org.talentbench.report.ReportDocument;
import org.talentbench.service.ReportService;
import org.talentbench.service.Workspace;

/**
 * State of the Reports screen: the round, the kind of document, its language, the person (for the per-person kinds,
 * or every person of the round as a batch to a folder or one merged file), and the export command, which asks where
 * to write through the {@link DialogService}, runs through the {@link TaskRunner} with progress and cancel, and ends
 * with a message listing the files written and the failures.
 */
public final class ReportsViewModel {
    private final Messages m;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private ReportService service;

    private final ObservableList<String> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<String> round = new SimpleObjectProperty<>();
    private final ObservableList<Choice> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> kind = new SimpleObjectProperty<>();
    private final ObservableList<Choice> languages = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> language = new SimpleObjectProperty<>();
    private final ObservableList<Choice> people = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> person = new SimpleObjectProperty<>();
    private final BooleanProperty everyone = new SimpleBooleanProperty(false);
    private final BooleanProperty merged = new SimpleBooleanProperty(false);
    /** Whether the session may export documents (decision 0090); the service refuses by itself otherwise. */
    private final BooleanProperty mayExport = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final BooleanBinding perPerson;
    private final BooleanBinding individual;
    private final BooleanBinding canExport;

    public ReportsViewModel(Messages messages, TaskRunner tasks, DialogService dialogs) {
        this.m = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        kinds.addAll(
                new Choice(ReportService.Kind.RANKED_LIST.name(), m.get("reports.ui.kind.rankedList")),
                new Choice(ReportService.Kind.ROUND_REPORT.name(), m.get("reports.ui.kind.roundReport")),
                new Choice(ReportService.Kind.PUBLICITY.name(), m.get("reports.ui.kind.publicity")),
                new Choice(ReportService.Kind.INDIVIDUAL.name(), m.get("reports.ui.kind.individual")),
                new Choice(ReportService.Kind.VERIFICATION.name(), m.get("reports.ui.kind.verification")));
        kind.set(kinds.get(0));
        for (Language l : Language.values()) {
            languages.add(new Choice(l.code(), m.get("language." + l.code())));
        }
        language.set(languages.stream().filter(c -> c.value().equals(messages.language().code())).findFirst()
                .orElse(languages.get(0)));
        perPerson = Bindings.createBooleanBinding(() -> kind.get() != null && selectedKind().perPerson(), kind);
        individual = Bindings.createBooleanBinding(() -> kind.get() != null
                && selectedKind() == ReportService.Kind.INDIVIDUAL, kind);
        // not gated on busy: a job cancelled from the status bar calls neither callback, and jobs queue anyway
        canExport = Bindings.createBooleanBinding(() -> mayExport.get() && round.get() != null && kind.get() != null
                && (!perPerson.get() || (individual.get() && everyone.get()) || person.get() != null), round,
                kind, person, everyone, perPerson, individual, mayExport);
        round.addListener((o, a, b) -> loadPeople(b));
        kind.addListener((o, a, b) -> {
            if (b != null && !selectedKind().equals(ReportService.Kind.INDIVIDUAL)) {
                everyone.set(false);
            }
        });
    }

    /** Shows the rounds of the open workspace (none when {@code workspace} is null). */
    public void setWorkspace(Workspace workspace) {
        setService(workspace == null ? null : workspace.reports());
    }

    /** As {@link #setWorkspace(Workspace)}, with the service itself (tests). */
    public void setService(ReportService newService) {
        this.service = newService;
        result.set("");
        mayExport.set(newService != null && newService.mayExport());
        if (newService == null) {
            rounds.clear();
            round.set(null);
            return;
        }
        ReportService s = newService;
        tasks.run(m.get("reports.ui.loading"), p -> s.rounds(), list -> {
            rounds.setAll(list);
            round.set(list.isEmpty() ? null : list.get(0));
        }, this::failed);
    }

    private void loadPeople(String roundName) {
        people.clear();
        person.set(null);
        if (service == null || roundName == null) {
            return;
        }
        ReportService s = service;
        tasks.run(m.get("reports.ui.loading"), p -> {
            try {
                return s.people(roundName);
            } catch (org.talentbench.core.InvalidInputException notScored) {
                return List.<ReportService.Person>of();
            }
        }, list -> {
            if (!roundName.equals(round.get())) {
                return;
            }
            list.forEach(x -> people.add(new Choice(x.employeeNo(), x.employeeNo() + " " + x.name())));
            person.set(people.isEmpty() ? null : people.get(0));
        }, this::failed);
    }

    ReportService.Kind selectedKind() {
        return ReportService.Kind.valueOf(kind.get().value());
    }

    private Language selectedLanguage() {
        return Language.parse(language.get() == null ? "zh" : language.get().value());
    }

    /** Asks where to write and exports the chosen document or batch in the background. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        ReportService s = service;
        String roundName = round.get();
        ReportService.Kind k = selectedKind();
        Language lang = selectedLanguage();
        String title = m.get("reports.ui.export");
        if (k == ReportService.Kind.INDIVIDUAL && everyone.get()) {
            boolean one = merged.get();
            Optional<Path> target = one
                    ? dialogs.chooseFileToSave(title, ReportService.fileName("all", roundName), List.of(".pdf"))
                    : dialogs.chooseFolder(title);
            if (target.isEmpty()) {
                return;
            }
            Path to = target.get();
            busy.set(true);
            result.set("");
            tasks.run(title, p -> s.exportAll(roundName, lang, to, one,
                    (fraction, stage) -> p.update(fraction, m.get("reports.progress.documents")), p::isCancelled),
                    this::showBatch, this::failed);
            return;
        }
        String employeeNo = person.get() == null ? null : person.get().value();
        String suggested = k.perPerson() && person.get() != null
                ? ReportService.fileName(employeeNo, person.get().label().substring(employeeNo.length()).trim())
                : ReportService.fileName(m.get(kindKey(k)), roundName);
        Optional<Path> file = dialogs.chooseFileToSave(title, suggested, List.of(".pdf"));
        if (file.isEmpty()) {
            return;
        }
        Path to = file.get();
        busy.set(true);
        result.set("");
        tasks.run(title, p -> {
            p.update(-1, m.get("reports.progress.documents"));
            ReportDocument doc = s.document(k, roundName, employeeNo, lang);
            return s.write(doc, to);
        }, warnings -> showSingle(to, warnings), this::failed);
    }

    private static String kindKey(ReportService.Kind k) {
        return switch (k) {
            case RANKED_LIST -> "reports.ui.kind.rankedList";
            case ROUND_REPORT -> "reports.ui.kind.roundReport";
            case PUBLICITY -> "reports.ui.kind.publicity";
            case INDIVIDUAL -> "reports.ui.kind.individual";
            case VERIFICATION -> "reports.ui.kind.verification";
        };
    }

    void showSingle(Path file, List<MissingGlyph> warnings) {
        busy.set(false);
        List<String> lines = new ArrayList<>();
        lines.add(m.get("reports.ui.written", 1));
        lines.add(file.toString());
        warnings.forEach(w -> lines.add(w.message(m)));
        result.set(String.join("\n", lines));
    }

    void showBatch(ReportService.BatchResult r) {
        busy.set(false);
        List<String> lines = new ArrayList<>();
        if (r.cancelled()) {
            lines.add(m.get("reports.ui.cancelled"));
        }
        lines.add(m.get("reports.ui.written", r.written().size()));
        r.written().forEach(f -> lines.add(f.toString()));
        if (!r.failures().isEmpty()) {
            lines.add(m.get("reports.ui.failures", r.failures().size()));
            r.failures().forEach(f -> lines.add(m.get("reports.cli.failed", f.employeeNo(), f.name(), f.reason())));
        }
        r.warnings().forEach(w -> lines.add(w.message(m)));
        result.set(String.join("\n", lines));
        if (!r.failures().isEmpty()) {
            dialogs.showError(m.get("reports.ui.export"), m.get("reports.ui.failures", r.failures().size()));
        }
    }

    private void failed(Throwable failure) {
        busy.set(false);
        String text = UiMessages.describe(m, failure);
        result.set(text);
        dialogs.showError(m.get("reports.ui.title"), text);
    }

    public ObservableList<String> rounds() {
        return rounds;
    }

    public ObjectProperty<String> roundProperty() {
        return round;
    }

    public ObservableList<Choice> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice> kindProperty() {
        return kind;
    }

    public ObservableList<Choice> languages() {
        return languages;
    }

    public ObjectProperty<Choice> languageProperty() {
        return language;
    }

    public ObservableList<Choice> people() {
        return people;
    }

    public ObjectProperty<Choice> personProperty() {
        return person;
    }

    /** For the individual summary: every scored person of the round instead of one. */
    public BooleanProperty everyoneProperty() {
        return everyone;
    }

    /** For a batch: one merged PDF instead of a file per person in a folder. */
    public BooleanProperty mergedProperty() {
        return merged;
    }

    public BooleanBinding perPersonProperty() {
        return perPerson;
    }

    /** Whether the individual summary is chosen (the only kind exported as a batch). */
    public BooleanBinding individualProperty() {
        return individual;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The files written and the failures of the last export, one to a line. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Selects a kind by its {@link ReportService.Kind}. */
    public void selectKind(ReportService.Kind k) {
        kind.set(kinds.stream().filter(c -> Objects.equals(c.value(), k.name())).findFirst().orElseThrow());
    }
}
