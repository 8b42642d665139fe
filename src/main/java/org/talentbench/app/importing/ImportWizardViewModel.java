package org.talentbench.app.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ImportAction;
import org.talentbench.service.ImportDecisions;
import org.talentbench.service.ImportOptions;
import org.talentbench.service.ImportPlan;
import org.talentbench.service.ImportReport;
import org.talentbench.service.ImportService;

/**
 * The import wizard: choose files → map the columns of sheets laid out differently → check the preview (problems
 * and matches with an action each) → import in one transaction with progress → summary. All reading and writing runs
 * through the {@link TaskRunner}; progress reported from the background arrives through {@code fxThread}. State
 * changes on the FX thread only.
 */
public final class ImportWizardViewModel {

    /** The wizard's pages. */
    public enum Step { FILES, MAPPING, PREVIEW, COMMITTING, SUMMARY }

    private final Messages messages;
    private final ImportService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Executor fxThread;
    private final Runnable onCommitted;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILES);
    private final ObservableList<ImportFileRowViewModel> files = FXCollections.observableArrayList();
    private final ObservableList<SheetMappingViewModel> mappings = FXCollections.observableArrayList(
            m -> new javafx.beans.Observable[] {m.completeProperty()});
    private final ObservableList<ImportIssueRowViewModel> issues = FXCollections.observableArrayList();
    private final ObservableList<ImportMatchRowViewModel> matches = FXCollections.observableArrayList();
    private final ObservableList<Choice> actions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final BooleanBinding mappingsComplete;
    private ImportPlan plan;
    private TaskRunner.Handle running;
    private boolean recounting = true;

    /**
     * @param fxThread    runs progress updates on the FX thread ({@code Platform::runLater}; tests: {@code Runnable::run})
     * @param onCommitted called on the FX thread after a successful import, e.g. to reload the researchers screen
     */
    public ImportWizardViewModel(Messages messages, ImportService service, TaskRunner tasks, DialogService dialogs,
                                 Executor fxThread, Runnable onCommitted) {
        this.messages = messages;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.fxThread = fxThread;
        this.onCommitted = onCommitted;
        for (ImportAction a : ImportAction.values()) {
            actions.add(new Choice(a.name(), ImportTexts.action(messages, a)));
        }
        mappingsComplete = Bindings.createBooleanBinding(
                () -> mappings.stream().allMatch(m -> m.completeProperty().get()), mappings);
    }

    // ------------------------------------------------------------------ files

    /** Asks for files and adds them. */
    public void addFiles() {
        addFiles(dialogs.chooseFilesToImport(messages.get("import.wizard.addFiles")));
    }

    /** Looks at the files (format, layout, remembered mapping) in the background and lists them. */
    public void addFiles(List<Path> chosen) {
        List<Path> fresh = chosen.stream()
                .filter(p -> files.stream().noneMatch(f -> f.path().equals(p))).distinct().toList();
        if (fresh.isEmpty()) {
            return;
        }
        busy.set(true);
        running = tasks.run(messages.get("import.wizard.job.inspect"), p -> {
            List<ImportService.FileInspection> out = new ArrayList<>();
            for (Path f : fresh) {
                out.add(service.inspect(f));
            }
            return out;
        }, inspected -> {
            busy.set(false);
            inspected.forEach(i -> files.add(new ImportFileRowViewModel(i, messages)));
        }, this::failed);
    }

    public void removeFile(ImportFileRowViewModel row) {
        files.remove(row);
    }

    // ------------------------------------------------------------------ navigation

    /** From the files to the mapping step (when a sheet needs it) or straight to the preview; from mapping on. */
    public void next() {
        if (step.get() == Step.FILES) {
            List<SheetMappingViewModel> needed = new ArrayList<>();
            for (ImportFileRowViewModel f : files) {
                if (f.needsMapping()) {
                    needed.add(new SheetMappingViewModel(f.inspection(), messages));
                }
            }
            mappings.setAll(needed);
            if (!needed.isEmpty()) {
                step.set(Step.MAPPING);
                return;
            }
        }
        if (step.get() == Step.FILES || step.get() == Step.MAPPING) {
            preview();
        }
    }

    public void back() {
        switch (step.get()) {
            case MAPPING -> step.set(Step.FILES);
            case PREVIEW -> step.set(mappings.isEmpty() ? Step.FILES : Step.MAPPING);
            default -> {
                // no way back from committing or the summary
            }
        }
    }

    private void preview() {
        ImportOptions options = ImportOptions.defaults();
        for (SheetMappingViewModel m : mappings) {
            options = options.withSheet(m.file(), m.selectedKind(), m.mapping());
        }
        List<Path> paths = files.stream().map(ImportFileRowViewModel::path).toList();
        ImportOptions chosen = options;
        busy.set(true);
        progress.set(0);
        running = tasks.run(messages.get("import.wizard.job.preview", paths.size()),
                p -> service.preview(paths, chosen, progressOf(p)), this::show, this::failed);
    }

    private void show(ImportPlan newPlan) {
        busy.set(false);
        plan = newPlan;
        issues.setAll(newPlan.issues().stream().map(i -> new ImportIssueRowViewModel(i, messages)).toList());
        recounting = false;
        List<ImportMatchRowViewModel> rows = new ArrayList<>(newPlan.matches().size());
        for (var m : newPlan.matches()) {
            ImportMatchRowViewModel row = new ImportMatchRowViewModel(m, messages, actions);
            row.actionProperty().addListener((o, a, b) -> recount());
            rows.add(row);
        }
        matches.setAll(rows);
        recounting = true;
        blocked.set(newPlan.hasErrors());
        int errors = newPlan.errors().size();
        verdict.set(errors > 0 ? messages.get("import.wizard.preview.blocked", errors)
                : messages.get("import.wizard.preview.ready", newPlan.rowCount(), newPlan.warnings().size()));
        recount();
        step.set(Step.PREVIEW);
    }

    private void recount() {
        if (recounting && plan != null) {
            summary.set(ImportTexts.summary(messages, plan.summary(decisions())));
        }
    }

    /** Sets every match to {@code action}. */
    public void applyToAll(Choice action) {
        if (action == null) {
            return;
        }
        recounting = false;
        matches.forEach(m -> m.actionProperty().set(action));
        recounting = true;
        recount();
    }

    ImportDecisions decisions() {
        ImportDecisions d = ImportDecisions.proposed();
        for (ImportMatchRowViewModel m : matches) {
            if (m.selected() != m.match().proposed()) {
                d = d.with(m.match().id(), m.selected());
            }
        }
        return d;
    }

    // ------------------------------------------------------------------ commit

    /** Writes the plan in one transaction; the summary follows, or the preview again on failure. */
    public void commit() {
        if (plan == null || plan.hasErrors() || busy.get()) {
            return;
        }
        ImportPlan committing = plan;
        ImportDecisions decisions = decisions();
        busy.set(true);
        progress.set(0);
        step.set(Step.COMMITTING);
        running = tasks.run(messages.get("import.wizard.job.commit"),
                p -> service.commit(committing, decisions, progressOf(p)), this::committed, failure -> {
                    busy.set(false);
                    step.set(Step.PREVIEW);
                    dialogs.showError(messages.get("import.wizard.title"), UiMessages.describe(messages, failure));
                });
    }

    private void committed(ImportReport report) {
        busy.set(false);
        progress.set(1);
        result.set(messages.get("import.wizard.done") + "\n"
                + ImportTexts.summary(messages, new ImportPlan.Summary(report.researchers(), report.outputs())));
        step.set(Step.SUMMARY);
        plan = null;
        onCommitted.run();
    }

    /** Stops a running import; the transaction is rolled back, so nothing is written. */
    public void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
            busy.set(false);
            if (step.get() == Step.COMMITTING) {
                step.set(Step.PREVIEW);
                dialogs.showInformation(messages.get("import.wizard.title"), messages.get("import.wizard.cancelled"));
            }
        }
    }

    private void failed(Throwable failure) {
        busy.set(false);
        dialogs.showError(messages.get("import.wizard.title"), UiMessages.describe(messages, failure));
    }

    private ImportService.Progress progressOf(TaskRunner.Progress p) {
        return new ImportService.Progress() {
            @Override
            public void update(double fraction) {
                p.update(fraction, null);
                fxThread.execute(() -> progress.set(fraction));
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        };
    }

    // ------------------------------------------------------------------ state

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObservableList<ImportFileRowViewModel> files() {
        return files;
    }

    public ObservableList<SheetMappingViewModel> mappings() {
        return mappings;
    }

    public ObservableList<ImportIssueRowViewModel> issues() {
        return issues;
    }

    public ObservableList<ImportMatchRowViewModel> matches() {
        return matches;
    }

    public ObservableList<Choice> actionChoices() {
        return actions;
    }

    /** One line on the preview: ready to import, or how many errors block it. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** What the import will do with the chosen actions. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the import did. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The preview has errors: nothing can be imported until the files are fixed. */
    public ReadOnlyBooleanProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public BooleanBinding canNext() {
        return Bindings.createBooleanBinding(() -> !busy.get() && switch (step.get()) {
            case FILES -> !files.isEmpty();
            case MAPPING -> mappingsComplete.get();
            default -> false;
        }, busy, step, files, mappingsComplete);
    }

    public BooleanBinding canBack() {
        return Bindings.createBooleanBinding(() -> !busy.get()
                && (step.get() == Step.MAPPING || step.get() == Step.PREVIEW), busy, step);
    }

    public BooleanBinding canCommit() {
        return Bindings.createBooleanBinding(() -> !busy.get() && step.get() == Step.PREVIEW && !blocked.get(),
                busy, step, blocked);
    }

    Messages messages() {
        return messages;
    }

    /** The plan of the current preview; null before a preview and after the import. */
    ImportPlan plan() {
        return plan;
    }
}
