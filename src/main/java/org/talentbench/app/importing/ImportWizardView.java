package org.talentbench.app.importing;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.talentbench.app.common.EmptyState;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.FxDialogService;
import org.talentbench.app.common.Fxml;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ImportService;

/** The import wizard's pages and buttons. Binds to {@link ImportWizardViewModel}; holds no logic. */
public final class ImportWizardView extends BorderPane {
    public static final String ID = "importWizard";
    private static final String CURRENT = "current";
    private static final String BLOCKED = "blocked";

    @FXML
    private Label stepFiles;
    @FXML
    private Label stepMapping;
    @FXML
    private Label stepPreview;
    @FXML
    private Label stepCommit;
    @FXML
    private VBox filesPage;
    @FXML
    private ScrollPane mappingPage;
    @FXML
    private VBox mappingBox;
    @FXML
    private VBox previewPage;
    @FXML
    private VBox committingPage;
    @FXML
    private VBox summaryPage;
    @FXML
    private Button removeButton;
    @FXML
    private TableView<ImportFileRowViewModel> filesTable;
    @FXML
    private TableColumn<ImportFileRowViewModel, String> fileNameColumn;
    @FXML
    private TableColumn<ImportFileRowViewModel, String> fileFormatColumn;
    @FXML
    private TableColumn<ImportFileRowViewModel, String> fileKindColumn;
    @FXML
    private TableColumn<ImportFileRowViewModel, String> fileStatusColumn;
    @FXML
    private Label verdictLabel;
    @FXML
    private Label summaryLabel;
    @FXML
    private TabPane previewTabs;
    @FXML
    private Tab issuesTab;
    @FXML
    private Tab matchesTab;
    @FXML
    private TableView<ImportIssueRowViewModel> issuesTable;
    @FXML
    private TableColumn<ImportIssueRowViewModel, String> severityColumn;
    @FXML
    private TableColumn<ImportIssueRowViewModel, String> issueFileColumn;
    @FXML
    private TableColumn<ImportIssueRowViewModel, String> issueLocationColumn;
    @FXML
    private TableColumn<ImportIssueRowViewModel, String> issueReasonColumn;
    @FXML
    private ComboBox<Choice> applyAllBox;
    @FXML
    private TableView<ImportMatchRowViewModel> matchesTable;
    @FXML
    private TableColumn<ImportMatchRowViewModel, String> matchEntityColumn;
    @FXML
    private TableColumn<ImportMatchRowViewModel, String> matchBasisColumn;
    @FXML
    private TableColumn<ImportMatchRowViewModel, String> matchExistingColumn;
    @FXML
    private TableColumn<ImportMatchRowViewModel, String> matchIncomingColumn;
    @FXML
    private TableColumn<ImportMatchRowViewModel, Choice> matchActionColumn;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label resultLabel;
    @FXML
    private ProgressBar busyBar;
    @FXML
    private Button cancelButton;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;
    @FXML
    private Button commitButton;
    @FXML
    private Button closeButton;

    private final ImportWizardViewModel viewModel;
    private final Runnable close;

    public ImportWizardView(ImportWizardViewModel viewModel, ResourceBundle bundle, Runnable close) {
        this.viewModel = viewModel;
        this.close = close;
        Fxml.load(this, bundle);
        setId(ID);

        filesTable.setItems(viewModel.files());
        EmptyState.install(filesTable, bundle.getString("import.wizard.files.empty"));
        for (TableView<?> t : java.util.List.of(filesTable, issuesTable, matchesTable)) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        text(fileNameColumn, ImportFileRowViewModel::name);
        text(fileFormatColumn, ImportFileRowViewModel::format);
        text(fileKindColumn, ImportFileRowViewModel::kind);
        text(fileStatusColumn, ImportFileRowViewModel::status);
        removeButton.disableProperty().bind(filesTable.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.busyProperty()));

        viewModel.mappings().addListener((ListChangeListener<SheetMappingViewModel>) c -> buildMappings());

        issuesTable.setItems(viewModel.issues());
        EmptyState.install(issuesTable, bundle.getString("import.wizard.preview.noProblems"));
        text(severityColumn, ImportIssueRowViewModel::severity);
        text(issueFileColumn, ImportIssueRowViewModel::file);
        text(issueLocationColumn, ImportIssueRowViewModel::location);
        text(issueReasonColumn, ImportIssueRowViewModel::reason);
        issuesTab.textProperty().bind(Bindings.concat(bundle.getString("import.wizard.preview.problems"), " (",
                Bindings.size(viewModel.issues()), ")"));

        matchesTable.setItems(viewModel.matches());
        EmptyState.install(matchesTable, bundle.getString("import.wizard.preview.noMatches"));
        text(matchEntityColumn, ImportMatchRowViewModel::entity);
        text(matchBasisColumn, ImportMatchRowViewModel::basis);
        text(matchExistingColumn, ImportMatchRowViewModel::existing);
        text(matchIncomingColumn, ImportMatchRowViewModel::incoming);
        matchActionColumn.setCellValueFactory(c -> c.getValue().actionProperty());
        matchActionColumn.setCellFactory(c -> new ChoiceCell<>(viewModel.actionChoices(),
                ImportMatchRowViewModel::actionProperty));
        matchesTab.textProperty().bind(Bindings.concat(bundle.getString("import.wizard.preview.matches"), " (",
                Bindings.size(viewModel.matches()), ")"));
        applyAllBox.setItems(viewModel.actionChoices());
        applyAllBox.setOnAction(e -> viewModel.applyToAll(applyAllBox.getValue()));

        verdictLabel.textProperty().bind(viewModel.verdictProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        viewModel.blockedProperty().addListener((o, a, b) -> toggle(verdictLabel, BLOCKED, b));
        toggle(verdictLabel, BLOCKED, viewModel.blockedProperty().get());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        resultLabel.textProperty().bind(viewModel.resultProperty());

        nextButton.disableProperty().bind(viewModel.canNext().not());
        backButton.disableProperty().bind(viewModel.canBack().not());
        commitButton.disableProperty().bind(viewModel.canCommit().not());
        cancelButton.disableProperty().bind(viewModel.busyProperty().not());
        busyBar.progressProperty().bind(viewModel.progressProperty());
        busyBar.visibleProperty().bind(viewModel.busyProperty());

        viewModel.stepProperty().addListener((o, a, b) -> show(b));
        show(viewModel.stepProperty().get());
    }

    /** Opens the wizard in its own modal window over {@code owner}. */
    public static Stage open(Window owner, Messages messages, ImportService service, TaskRunner tasks,
                             String databaseFilesLabel, Runnable onCommitted) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("import.wizard.title"));
        DialogService dialogs = new FxDialogService(() -> stage, databaseFilesLabel);
        ImportWizardViewModel vm = new ImportWizardViewModel(messages, service, tasks, dialogs, Platform::runLater,
                onCommitted);
        ImportWizardView view = new ImportWizardView(vm, messages.bundle(), stage::close);
        Scene scene = new Scene(view, 980, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });
        stage.show();
        return stage;
    }

    public ImportWizardViewModel viewModel() {
        return viewModel;
    }

    private void show(ImportWizardViewModel.Step step) {
        Map<ImportWizardViewModel.Step, Node> pages = Map.of(ImportWizardViewModel.Step.FILES, filesPage,
                ImportWizardViewModel.Step.MAPPING, mappingPage, ImportWizardViewModel.Step.PREVIEW, previewPage,
                ImportWizardViewModel.Step.COMMITTING, committingPage, ImportWizardViewModel.Step.SUMMARY, summaryPage);
        pages.forEach((s, page) -> {
            page.setVisible(s == step);
            page.setManaged(s == step);
        });
        toggle(stepFiles, CURRENT, step == ImportWizardViewModel.Step.FILES);
        toggle(stepMapping, CURRENT, step == ImportWizardViewModel.Step.MAPPING);
        toggle(stepPreview, CURRENT, step == ImportWizardViewModel.Step.PREVIEW);
        toggle(stepCommit, CURRENT, step == ImportWizardViewModel.Step.COMMITTING
                || step == ImportWizardViewModel.Step.SUMMARY);
        boolean done = step == ImportWizardViewModel.Step.SUMMARY;
        nextButton.setVisible(!done && step != ImportWizardViewModel.Step.PREVIEW);
        nextButton.setManaged(nextButton.isVisible());
        commitButton.setVisible(step == ImportWizardViewModel.Step.PREVIEW
                || step == ImportWizardViewModel.Step.COMMITTING);
        commitButton.setManaged(commitButton.isVisible());
        if (step == ImportWizardViewModel.Step.PREVIEW) {
            previewTabs.getSelectionModel().select(viewModel.issues().isEmpty() ? matchesTab : issuesTab);
        }
    }

    private void buildMappings() {
        mappingBox.getChildren().clear();
        for (SheetMappingViewModel m : viewModel.mappings()) {
            VBox body = new VBox(8);
            Label intro = new Label(m.intro());
            intro.setWrapText(true);
            ComboBox<Choice> kind = new ComboBox<>(m.kindChoices());
            kind.valueProperty().bindBidirectional(m.kindProperty());
            HBox kindRow = new HBox(8, new Label(viewModel.messages().get("import.wizard.mapping.kind")), kind);
            TableView<MappedColumnViewModel> table = new TableView<>(m.columns());
            table.setFixedCellSize(34);
            table.prefHeightProperty().bind(Bindings.size(m.columns()).multiply(34).add(34));
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            TableColumn<MappedColumnViewModel, String> header = new TableColumn<>(
                    viewModel.messages().get("import.wizard.mapping.header"));
            header.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().header()));
            header.getStyleClass().add("middle");
            header.setPrefWidth(320);
            TableColumn<MappedColumnViewModel, Choice> target = new TableColumn<>(
                    viewModel.messages().get("import.wizard.mapping.target"));
            target.setCellValueFactory(c -> c.getValue().targetProperty());
            target.setCellFactory(c -> new ChoiceCell<>(m.targetChoices(), MappedColumnViewModel::targetProperty));
            target.setPrefWidth(320);
            table.getColumns().add(header);
            table.getColumns().add(target);
            Label missing = new Label();
            missing.textProperty().bind(m.missingProperty());
            missing.getStyleClass().add("wizard-verdict");
            toggle(missing, BLOCKED, true);
            body.getChildren().addAll(intro, kindRow, table, missing);
            TitledPane pane = new TitledPane(m.name(), body);
            pane.setCollapsible(false);
            mappingBox.getChildren().add(pane);
        }
    }

    private static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    /** A text column whose cells show their full text as a tooltip (problem texts are often longer than the cell). */
    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getStyleClass().add("middle");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
    }

    @FXML
    private void onAdd() {
        viewModel.addFiles();
    }

    @FXML
    private void onRemove() {
        ImportFileRowViewModel row = filesTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.removeFile(row);
        }
    }

    @FXML
    private void onNext() {
        viewModel.next();
    }

    @FXML
    private void onBack() {
        viewModel.back();
    }

    @FXML
    private void onCommit() {
        viewModel.commit();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @FXML
    private void onClose() {
        if (!viewModel.busyProperty().get()) {
            close.run();
        }
    }
}
