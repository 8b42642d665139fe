package org.talentbench.app.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.talentbench.app.common.EmptyState;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;
import org.talentbench.core.researcher.OutputKind;

/**
 * The profile editor: tabs for the profile, outputs (type-specific forms), representative works (reorder by drag or
 * Alt+↑/↓), career breaks and history, inline messages on every field, and Save / Close. Binds to
 * {@link ResearcherEditorViewModel}; holds no logic. Shortcuts: Ctrl+S save, Ctrl+N new output (or new career break on
 * that tab), Ctrl+F find in outputs, Ctrl+W close.
 */
public final class ResearcherEditorView extends BorderPane {
    public static final String SAVE_ID = "saveButton";

    @FXML
    private Label headerName;
    @FXML
    private Label headerFacts;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab profileTab;
    @FXML
    private Tab outputsTab;
    @FXML
    private Tab worksTab;
    @FXML
    private Tab breaksTab;
    @FXML
    private Tab historyTab;
    @FXML
    private GridPane profileGrid;
    @FXML
    private TextField employeeNoField;
    @FXML
    private TextField nameZhField;
    @FXML
    private TextField nameLatinField;
    @FXML
    private ComboBox<Choice> genderBox;
    @FXML
    private DatePicker birthDatePicker;
    @FXML
    private ComboBox<Choice> degreeBox;
    @FXML
    private Label degreeDateLabel;
    @FXML
    private DatePicker degreeDatePicker;
    @FXML
    private DatePicker hireDatePicker;
    @FXML
    private ComboBox<Choice> departmentBox;
    @FXML
    private ComboBox<Choice> categoryBox;
    @FXML
    private Label changesFromLabel;
    @FXML
    private DatePicker changesFromPicker;
    @FXML
    private ComboBox<String> titleBox;
    @FXML
    private ComboBox<String> disciplineBox;
    @FXML
    private ComboBox<Choice> statusBox;
    @FXML
    private StackPane talentTagsHolder;
    @FXML
    private TextField techTagsField;
    @FXML
    private TextField orcidField;
    @FXML
    private TextField emailField;
    @FXML
    private TextField phoneField;
    @FXML
    private TextField outputFilterField;
    @FXML
    private MenuButton newOutputButton;
    @FXML
    private TableView<OutputRowViewModel> outputsTable;
    @FXML
    private TableColumn<OutputRowViewModel, String> outputRepColumn;
    @FXML
    private TableColumn<OutputRowViewModel, String> outputKindColumn;
    @FXML
    private TableColumn<OutputRowViewModel, String> outputTitleColumn;
    @FXML
    private TableColumn<OutputRowViewModel, String> outputYearColumn;
    @FXML
    private TableColumn<OutputRowViewModel, String> outputShareColumn;
    @FXML
    private TableColumn<OutputRowViewModel, String> outputStateColumn;
    @FXML
    private Button markWorkButton;
    @FXML
    private Button removeOutputButton;
    @FXML
    private Label outputCountLabel;
    @FXML
    private ScrollPane outputFormScroll;
    @FXML
    private StackPane outputFormHolder;
    @FXML
    private Label worksSummaryLabel;
    @FXML
    private VBox worksProblemsBox;
    @FXML
    private TableView<RepresentativeWorkRowViewModel> worksTable;
    @FXML
    private TableColumn<RepresentativeWorkRowViewModel, Number> workOrdinalColumn;
    @FXML
    private TableColumn<RepresentativeWorkRowViewModel, String> workKindColumn;
    @FXML
    private TableColumn<RepresentativeWorkRowViewModel, String> workTitleColumn;
    @FXML
    private TableColumn<RepresentativeWorkRowViewModel, String> workYearColumn;
    @FXML
    private TableColumn<RepresentativeWorkRowViewModel, String> workDomesticColumn;
    @FXML
    private TableColumn<RepresentativeWorkRowViewModel, String> workStatementsColumn;
    @FXML
    private Button workUpButton;
    @FXML
    private Button workDownButton;
    @FXML
    private Button workRemoveButton;
    @FXML
    private GridPane statementGrid;
    @FXML
    private TextArea contributionArea;
    @FXML
    private Label contributionMessage;
    @FXML
    private TextArea relevanceArea;
    @FXML
    private Label relevanceMessage;
    @FXML
    private VBox breaksBox;
    @FXML
    private ListView<String> assignmentsList;
    @FXML
    private TableView<HistoryRowViewModel> historyTable;
    @FXML
    private TableColumn<HistoryRowViewModel, String> historyWhenColumn;
    @FXML
    private TableColumn<HistoryRowViewModel, String> historyWhoColumn;
    @FXML
    private TableColumn<HistoryRowViewModel, String> historyRecordColumn;
    @FXML
    private TableColumn<HistoryRowViewModel, String> historyFieldColumn;
    @FXML
    private TableColumn<HistoryRowViewModel, String> historyOldColumn;
    @FXML
    private TableColumn<HistoryRowViewModel, String> historyNewColumn;
    @FXML
    private Label problemsLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private Button saveButton;
    @FXML
    private Button closeButton;

    private final ResearcherEditorViewModel vm;
    private final ResourceBundle bundle;
    private OutputFormView currentForm;
    private RepresentativeWorkRowViewModel boundWork;

    public ResearcherEditorView(ResearcherEditorViewModel vm) {
        this.vm = vm;
        this.bundle = vm.messages().bundle();
        Fxml.load(this, bundle);
        bindHeader();
        bindProfile();
        bindOutputs();
        bindWorks();
        bindBreaks();
        bindHistory();
        bindFooter();
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
    }

    // --------------------------------------------------------------------------------------------------- header

    private void bindHeader() {
        headerName.textProperty().bind(Bindings.createStringBinding(() -> {
            String n = vm.nameZhProperty().get();
            return n == null || n.isBlank() ? bundle.getString("profile.newResearcher")
                    : n + (vm.nameLatinProperty().get() == null || vm.nameLatinProperty().get().isBlank() ? ""
                    : "  " + vm.nameLatinProperty().get());
        }, vm.nameZhProperty(), vm.nameLatinProperty()));
        headerFacts.textProperty().bind(Bindings.createStringBinding(() -> String.join("  ·  ", nonBlank(
                vm.employeeNoProperty().get(), label(vm.departmentProperty().get()), vm.titleProperty().get(),
                label(vm.categoryProperty().get()), label(vm.statusProperty().get()))),
                vm.employeeNoProperty(), vm.departmentProperty(), vm.titleProperty(), vm.categoryProperty(),
                vm.statusProperty()));
    }

    private static String label(Choice c) {
        return c == null ? "" : c.label();
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    // --------------------------------------------------------------------------------------------------- profile

    private void bindProfile() {
        FieldMessages m = vm.fieldMessages();
        employeeNoField.textProperty().bindBidirectional(vm.employeeNoProperty());
        nameZhField.textProperty().bindBidirectional(vm.nameZhProperty());
        nameLatinField.textProperty().bindBidirectional(vm.nameLatinProperty());
        genderBox.setItems(vm.genders());
        genderBox.valueProperty().bindBidirectional(vm.genderProperty());
        for (DatePicker p : new DatePicker[] {birthDatePicker, degreeDatePicker, hireDatePicker, changesFromPicker}) {
            FieldDecorations.isoDates(p);
        }
        birthDatePicker.valueProperty().bindBidirectional(vm.birthDateProperty());
        degreeBox.setItems(vm.degrees());
        degreeBox.valueProperty().bindBidirectional(vm.degreeProperty());
        degreeDateLabel.textProperty().bind(Bindings.createStringBinding(() ->
                vm.degreeProperty().get() != null && "DOCTORATE".equals(vm.degreeProperty().get().value())
                        ? bundle.getString("profile.field.defenceDate") : bundle.getString("profile.field.degreeDate"),
                vm.degreeProperty()));
        degreeDatePicker.valueProperty().bindBidirectional(vm.degreeDateProperty());
        hireDatePicker.valueProperty().bindBidirectional(vm.hireDateProperty());
        departmentBox.setItems(vm.departments());
        departmentBox.valueProperty().bindBidirectional(vm.departmentProperty());
        categoryBox.setItems(vm.categories());
        categoryBox.valueProperty().bindBidirectional(vm.categoryProperty());
        changesFromPicker.valueProperty().bindBidirectional(vm.changesFromProperty());
        for (Node n : new Node[] {changesFromLabel, changesFromPicker}) {
            n.visibleProperty().bind(vm.categoryChangedProperty());
            n.managedProperty().bind(vm.categoryChangedProperty());
        }
        titleBox.setItems(vm.titles());
        titleBox.getEditor().textProperty().bindBidirectional(vm.titleProperty());
        disciplineBox.setItems(vm.disciplines());
        disciplineBox.getEditor().textProperty().bindBidirectional(vm.disciplineProperty());
        statusBox.setItems(vm.statuses());
        statusBox.valueProperty().bindBidirectional(vm.statusProperty());
        techTagsField.textProperty().bindBidirectional(vm.techTagsProperty());
        orcidField.textProperty().bindBidirectional(vm.orcidProperty());
        emailField.textProperty().bindBidirectional(vm.emailProperty());
        phoneField.textProperty().bindBidirectional(vm.phoneProperty());

        CheckComboBox<Choice> tags = new CheckComboBox<>(vm.talentTagChoices());
        tags.setId("talentTagsBox");
        tags.setMaxWidth(Double.MAX_VALUE);
        talentTagsHolder.getChildren().setAll(tags);
        Runnable syncChecks = () -> {
            tags.getCheckModel().clearChecks();
            for (Choice c : vm.talentTagChoices()) {
                if (vm.talentTags().contains(c.value())) {
                    tags.getCheckModel().check(c);
                }
            }
        };
        boolean[] syncing = {false};
        vm.talentTagChoices().addListener((ListChangeListener<Choice>) c -> {
            syncing[0] = true;
            syncChecks.run();
            syncing[0] = false;
        });
        vm.talentTags().addListener((ListChangeListener<String>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                syncChecks.run();
                syncing[0] = false;
            }
        });
        tags.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                vm.talentTags().setAll(tags.getCheckModel().getCheckedItems().stream().map(Choice::value).toList());
                syncing[0] = false;
            }
        });

        decorate(employeeNoField, "employeeNo", m);
        decorate(nameZhField, "nameZh", m);
        decorate(nameLatinField, "nameLatin", m);
        decorate(birthDatePicker, "birthDate", m);
        decorate(degreeDatePicker, "degreeDate", m);
        decorate(hireDatePicker, "hireDate", m);
        decorate(departmentBox, "departmentCode", m);
        decorate(categoryBox, "category", m);
        decorate(changesFromPicker, "changesFrom", m);
        decorate(titleBox, "title", m);
        decorate(disciplineBox, "discipline", m);
        decorate(tags, "talentTags", m);
        decorate(techTagsField, "techTags", m);
        decorate(orcidField, "orcid", m);
        decorate(emailField, "email", m);
        decorate(phoneField, "phone", m);
    }

    /** Puts the field's message in the third column of its row and decorates the control. */
    private void decorate(Control control, String field, FieldMessages messages) {
        Node cell = control.getParent() == talentTagsHolder ? talentTagsHolder : control;
        Integer row = GridPane.getRowIndex(cell);
        Label message = FieldDecorations.messageLabel();
        message.setId(field + "Message");
        profileGrid.add(message, 2, row == null ? 0 : row);
        FieldDecorations.bind(control, messages.property(field), message);
    }

    // --------------------------------------------------------------------------------------------------- outputs

    private void bindOutputs() {
        outputFilterField.textProperty().bindBidirectional(vm.outputFilterProperty());
        for (OutputKind k : OutputKind.values()) {
            MenuItem item = new MenuItem(bundle.getString("output.kind." + k.name()));
            item.setId("new-" + k.name());
            item.setOnAction(e -> {
                vm.newOutput(k);
                tabs.getSelectionModel().select(outputsTab);
                if (currentForm != null) {
                    currentForm.focusTitle();
                }
            });
            newOutputButton.getItems().add(item);
        }
        bind(outputRepColumn, r -> r.representativeProperty().get() ? "★" : "", r -> r.representativeProperty());
        bindText(outputKindColumn, OutputRowViewModel::kindProperty);
        bindText(outputTitleColumn, OutputRowViewModel::titleProperty);
        bindText(outputYearColumn, OutputRowViewModel::yearProperty);
        bindText(outputShareColumn, OutputRowViewModel::shareProperty);
        bindText(outputStateColumn, OutputRowViewModel::stateProperty);
        SortedList<OutputRowViewModel> sorted = new SortedList<>(vm.visibleOutputs());
        sorted.comparatorProperty().bind(outputsTable.comparatorProperty());
        outputsTable.setItems(sorted);
        EmptyState.install(outputsTable, bundle.getString("output.empty"));
        outputsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        outputsTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedOutputProperty().set(b);
            }
        });
        vm.selectedOutputProperty().addListener((o, a, b) -> {
            if (b != null && outputsTable.getSelectionModel().getSelectedItem() != b) {
                outputsTable.getSelectionModel().select(b);
                outputsTable.scrollTo(b);
            }
            showForm(b);
        });
        outputCountLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.messages().get("output.count",
                vm.visibleOutputs().size(), vm.outputs().size()), vm.visibleOutputs(), vm.outputs()));
        markWorkButton.disableProperty().bind(vm.selectedOutputProperty().isNull());
        removeOutputButton.disableProperty().bind(vm.selectedOutputProperty().isNull());
    }

    private void showForm(OutputRowViewModel row) {
        if (row == null || row.form() == null) {
            Label hint = new Label(bundle.getString("output.select"));
            hint.getStyleClass().add("muted");
            outputFormHolder.getChildren().setAll(hint);
            currentForm = null;
            return;
        }
        currentForm = new OutputFormView(row.form(), bundle, () -> vm.checkDuplicates(row),
                () -> vm.mergeWithDuplicate(row), vm::findColleagues);
        outputFormHolder.getChildren().setAll(currentForm);
        outputFormScroll.setVvalue(0);
    }

    @FXML
    private void onMarkWork() {
        vm.addWork(vm.selectedOutputProperty().get());
    }

    @FXML
    private void onRemoveOutput() {
        vm.removeOutput(vm.selectedOutputProperty().get());
    }

    // --------------------------------------------------------------------------------------------------- works

    private void bindWorks() {
        worksSummaryLabel.textProperty().bind(vm.worksSummaryProperty());
        vm.worksProblems().addListener((ListChangeListener<FieldMessage>) c -> showWorkProblems());
        showWorkProblems();
        workOrdinalColumn.setCellValueFactory(c -> c.getValue().ordinalProperty());
        bindText(workKindColumn, RepresentativeWorkRowViewModel::kindProperty);
        bindText(workTitleColumn, RepresentativeWorkRowViewModel::titleProperty);
        bindText(workYearColumn, RepresentativeWorkRowViewModel::yearProperty);
        workDomesticColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().domesticPaper()
                ? bundle.getString("works.domestic.yes") : ""));
        workStatementsColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            FieldMessages m = c.getValue().messages();
            boolean missing = m.get("contributionStatement") != null || m.get("relevanceStatement") != null
                    || m.get("output") != null;
            return missing ? bundle.getString("works.statements.missing") : bundle.getString("works.statements.ok");
        }, c.getValue().contributionProperty(), c.getValue().relevanceProperty(),
                c.getValue().messages().property("contributionStatement"),
                c.getValue().messages().property("relevanceStatement")));
        worksTable.setItems(vm.works());
        EmptyState.install(worksTable, bundle.getString("works.empty"));
        worksTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        worksTable.setRowFactory(t -> dragRow());
        worksTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                moveSelectedWork(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                onWorkRemove();
                e.consume();
            }
        });
        worksTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> bindStatements(b));
        vm.works().addListener((ListChangeListener<RepresentativeWorkRowViewModel>) c -> {
            if (worksTable.getSelectionModel().getSelectedItem() == null && !vm.works().isEmpty()) {
                worksTable.getSelectionModel().select(vm.works().size() - 1);
            }
            worksTable.refresh();
        });
        var noWork = worksTable.getSelectionModel().selectedItemProperty().isNull();
        workUpButton.disableProperty().bind(noWork);
        workDownButton.disableProperty().bind(noWork);
        workRemoveButton.disableProperty().bind(noWork);
        statementGrid.disableProperty().bind(noWork);
        bindStatements(null);
    }

    private void showWorkProblems() {
        worksProblemsBox.getChildren().clear();
        for (FieldMessage m : vm.worksProblems()) {
            Label l = new Label(m.text());
            l.setWrapText(true);
            l.getStyleClass().add(FieldDecorations.MESSAGE_STYLE);
            if (!m.blocking()) {
                l.getStyleClass().add(FieldDecorations.WARNING_STYLE);
            }
            worksProblemsBox.getChildren().add(l);
        }
    }

    private final javafx.beans.value.ChangeListener<FieldMessage> statementMessages = (o, a, b) -> showStatementMessages();

    private void bindStatements(RepresentativeWorkRowViewModel work) {
        if (boundWork != null) {
            contributionArea.textProperty().unbindBidirectional(boundWork.contributionProperty());
            relevanceArea.textProperty().unbindBidirectional(boundWork.relevanceProperty());
            boundWork.messages().property("contributionStatement").removeListener(statementMessages);
            boundWork.messages().property("relevanceStatement").removeListener(statementMessages);
        }
        boundWork = work;
        if (work == null) {
            contributionArea.setText("");
            relevanceArea.setText("");
        } else {
            contributionArea.textProperty().bindBidirectional(work.contributionProperty());
            relevanceArea.textProperty().bindBidirectional(work.relevanceProperty());
            work.messages().property("contributionStatement").addListener(statementMessages);
            work.messages().property("relevanceStatement").addListener(statementMessages);
        }
        showStatementMessages();
    }

    private void showStatementMessages() {
        FieldMessage c = boundWork == null ? null : boundWork.messages().get("contributionStatement");
        FieldMessage r = boundWork == null ? null : boundWork.messages().get("relevanceStatement");
        contributionMessage.setText(c == null ? "" : c.text());
        relevanceMessage.setText(r == null ? "" : r.text());
        worksTable.refresh();
    }

    private TableRow<RepresentativeWorkRowViewModel> dragRow() {
        TableRow<RepresentativeWorkRowViewModel> row = new TableRow<>();
        row.setOnDragDetected(e -> {
            if (!row.isEmpty()) {
                var board = row.startDragAndDrop(TransferMode.MOVE);
                board.setDragView(row.snapshot(null, null));
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(row.getIndex()));
                board.setContent(content);
                e.consume();
            }
        });
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getGestureSource() != row) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        row.setOnDragDropped(e -> {
            if (e.getDragboard().hasString()) {
                int from = Integer.parseInt(e.getDragboard().getString());
                int to = row.isEmpty() ? vm.works().size() - 1 : row.getIndex();
                vm.moveWork(from, to);
                worksTable.getSelectionModel().clearAndSelect(to);
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return row;
    }

    private void moveSelectedWork(int delta) {
        int from = worksTable.getSelectionModel().getSelectedIndex();
        int to = from + delta;
        if (from >= 0 && to >= 0 && to < vm.works().size()) {
            vm.moveWork(from, to);
            worksTable.getSelectionModel().clearAndSelect(to);
        }
    }

    @FXML
    private void onWorkUp() {
        moveSelectedWork(-1);
    }

    @FXML
    private void onWorkDown() {
        moveSelectedWork(1);
    }

    @FXML
    private void onWorkRemove() {
        RepresentativeWorkRowViewModel w = worksTable.getSelectionModel().getSelectedItem();
        if (w != null) {
            vm.removeWork(w);
        }
    }

    // --------------------------------------------------------------------------------------------------- breaks

    private void bindBreaks() {
        vm.breaks().addListener((ListChangeListener<CareerBreakRowViewModel>) c -> buildBreaks());
        buildBreaks();
    }

    private void buildBreaks() {
        breaksBox.getChildren().clear();
        if (vm.breaks().isEmpty()) {
            Label none = new Label(bundle.getString("breaks.empty"));
            none.getStyleClass().add("muted");
            breaksBox.getChildren().add(none);
        }
        int i = 0;
        for (CareerBreakRowViewModel b : vm.breaks()) {
            ComboBox<Choice> kind = new ComboBox<>(vm.breakKinds());
            kind.valueProperty().bindBidirectional(b.kindProperty());
            kind.setPrefWidth(170);
            DatePicker start = new DatePicker();
            DatePicker end = new DatePicker();
            FieldDecorations.isoDates(start);
            FieldDecorations.isoDates(end);
            start.setId("breakStart" + i);
            end.setId("breakEnd" + i);
            start.valueProperty().bindBidirectional(b.startProperty());
            end.valueProperty().bindBidirectional(b.endProperty());
            start.setPrefWidth(140);
            end.setPrefWidth(140);
            TextField note = new TextField();
            note.setPromptText(bundle.getString("breaks.note"));
            note.textProperty().bindBidirectional(b.noteProperty());
            HBox.setHgrow(note, Priority.ALWAYS);
            Button remove = new Button(bundle.getString("breaks.remove"));
            remove.setOnAction(e -> vm.removeBreak(b));
            Label dash = new Label("—");
            HBox line = new HBox(8, kind, start, dash, end, note, remove);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Label message = FieldDecorations.messageLabel();
            message.setId("breakMessage" + i);
            VBox card = new VBox(4, line, message);
            card.getStyleClass().add("break-card");
            breaksBox.getChildren().add(card);
            FieldMessageJoin.bind(message, b.messages(), List.of("start", "end", "note", "kind"));
            FieldDecorations.bind(start, b.messages().property("start"), null);
            FieldDecorations.bind(end, b.messages().property("end"), null);
            FieldDecorations.bind(note, b.messages().property("note"), null);
            i++;
        }
    }

    @FXML
    private void onAddBreak() {
        vm.addBreak();
    }

    // --------------------------------------------------------------------------------------------------- history

    private void bindHistory() {
        assignmentsList.setItems(vm.assignments());
        EmptyState.install(assignmentsList, bundle.getString("empty.profile.assignments"));
        historyWhenColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().when()));
        historyWhoColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().who()));
        historyRecordColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().record()));
        historyFieldColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().field()));
        historyOldColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().oldValue()));
        historyNewColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().newValue()));
        historyTable.setItems(vm.history());
        EmptyState.install(historyTable, bundle.getString("history.empty"));
        historyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    // --------------------------------------------------------------------------------------------------- footer

    private void bindFooter() {
        saveButton.disableProperty().bind(vm.canSaveProperty().not());
        statusLabel.textProperty().bind(vm.statusMessageProperty());
        problemsLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.problems().isEmpty()) {
                return "";
            }
            String first = vm.problems().get(0);
            return vm.problems().size() == 1 ? first
                    : vm.messages().get("profile.problems", vm.problems().size(), first);
        }, vm.problems()));
        tabs.disableProperty().bind(vm.readyProperty().not());
    }

    @FXML
    private void onSave() {
        vm.save();
    }

    @FXML
    private void onClose() {
        vm.requestClose();
    }

    private void shortcuts(KeyEvent e) {
        if (KeyCombination.keyCombination("Shortcut+S").match(e)) {
            saveButton.requestFocus();
            vm.save();
            e.consume();
        } else if (KeyCombination.keyCombination("Shortcut+N").match(e)) {
            if (tabs.getSelectionModel().getSelectedItem() == breaksTab) {
                vm.addBreak();
            } else {
                tabs.getSelectionModel().select(outputsTab);
                newOutputButton.show();
            }
            e.consume();
        } else if (KeyCombination.keyCombination("Shortcut+F").match(e)) {
            tabs.getSelectionModel().select(outputsTab);
            outputFilterField.requestFocus();
            outputFilterField.selectAll();
            e.consume();
        } else if (KeyCombination.keyCombination("Shortcut+W").match(e)) {
            vm.requestClose();
            e.consume();
        }
    }

    private static <S> void bindText(TableColumn<S, String> column, Function<S, ObservableValue<String>> value) {
        column.setCellValueFactory(c -> value.apply(c.getValue()));
    }

    private static <S> void bind(TableColumn<S, String> column, Function<S, String> value,
                                 Function<S, javafx.beans.Observable> dependency) {
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue()),
                dependency.apply(c.getValue())));
    }
}
