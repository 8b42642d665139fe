package org.talentbench.app.keytech;

import java.time.LocalDate;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.talentbench.app.common.EmptyState;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;

/** The open-call tab (揭榜挂帅): the challenge form, the ranked candidates and the evidence of the selected one. */
public final class CandidateFinderView extends SplitPane {
    public static final String TECH_BOX_ID = "challengeTechnologies";
    public static final String CONFLICT_ROW = "conflict-row";

    @FXML
    private VBox form;
    @FXML
    private Label techLabel;
    @FXML
    private TextField titleField;
    @FXML
    private TextArea textArea;
    @FXML
    private TextField issuerField;
    @FXML
    private TextField reviewersField;
    @FXML
    private ComboBox<Choice> categoryBox;
    @FXML
    private ComboBox<Choice> departmentBox;
    @FXML
    private CheckBox youngBox;
    @FXML
    private CheckBox conflictBox;
    @FXML
    private CheckBox standingBox;
    @FXML
    private Spinner<Integer> limitSpinner;
    @FXML
    private DatePicker asOfPicker;
    @FXML
    private Button findButton;
    @FXML
    private Button pdfButton;
    @FXML
    private Label infoLabel;
    @FXML
    private TableView<CandidateFinderViewModel.CandidateRow> table;
    @FXML
    private TableColumn<CandidateFinderViewModel.CandidateRow, Integer> rankColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.CandidateRow, String> nameColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.CandidateRow, String> deptColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.CandidateRow, String> titleColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.CandidateRow, String> youngColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.CandidateRow, String> scoreColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.CandidateRow, String> partsColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.CandidateRow, String> techColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.CandidateRow, String> standingColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.CandidateRow, String> conflictColumn;
    @FXML
    private TableView<CandidateFinderViewModel.EvidenceRow> evidenceTable;
    @FXML
    private TableColumn<CandidateFinderViewModel.EvidenceRow, String> eTitleColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.EvidenceRow, String> eKindColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.EvidenceRow, LocalDate> eDateColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.EvidenceRow, String> eShareColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.EvidenceRow, String> eBasisColumn;
    @FXML
    private TableColumn<CandidateFinderViewModel.EvidenceRow, String> ePointsColumn;

    private final CandidateFinderViewModel viewModel;
    private final CheckComboBox<Choice> techBox = new CheckComboBox<>();
    private boolean syncing;

    public CandidateFinderView(CandidateFinderViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        Fxml.load(this, bundle);
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        textArea.textProperty().bindBidirectional(viewModel.textProperty());
        issuerField.textProperty().bindBidirectional(viewModel.issuerProperty());
        reviewersField.textProperty().bindBidirectional(viewModel.reviewersProperty());

        techBox.setId(TECH_BOX_ID);
        techBox.setMaxWidth(Double.MAX_VALUE);
        String prompt = bundle.getString("keytech.ui.chooseTechnologies");
        techBox.setTitle(prompt);
        form.getChildren().add(form.getChildren().indexOf(techLabel) + 1, techBox);
        techBox.getItems().setAll(viewModel.technologyChoices());
        viewModel.technologyChoices().addListener((ListChangeListener<Choice>) c -> {
            syncing = true;
            techBox.getItems().setAll(viewModel.technologyChoices());
            for (Choice choice : techBox.getItems()) {
                if (viewModel.selectedTechnologies().contains(choice.value())) {
                    techBox.getCheckModel().check(choice);
                }
            }
            syncing = false;
        });
        techBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) c -> {
            if (!syncing) {
                viewModel.selectedTechnologies().setAll(techBox.getCheckModel().getCheckedItems().stream()
                        .map(Choice::value).toList());
            }
            techBox.setTitle(techBox.getCheckModel().getCheckedItems().isEmpty() ? prompt
                    : String.join("、", techBox.getCheckModel().getCheckedItems().stream().map(Choice::label)
                    .toList()));
        });

        categoryBox.setItems(viewModel.categories());
        categoryBox.valueProperty().bindBidirectional(viewModel.categoryProperty());
        departmentBox.setItems(viewModel.departments());
        departmentBox.valueProperty().bindBidirectional(viewModel.departmentProperty());
        youngBox.selectedProperty().bindBidirectional(viewModel.youngOnlyProperty());
        conflictBox.selectedProperty().bindBidirectional(viewModel.excludeConflictedProperty());
        standingBox.selectedProperty().bindBidirectional(viewModel.withStandingProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory limit = new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                200, 20);
        limit.valueProperty().bindBidirectional(viewModel.limitProperty());
        limitSpinner.setValueFactory(limit);
        Dates.iso(asOfPicker);
        asOfPicker.valueProperty().bindBidirectional(viewModel.asOfProperty());
        findButton.disableProperty().bind(viewModel.canFindProperty().not());
        pdfButton.disableProperty().bind(viewModel.canExportProperty().not().or(viewModel.busyProperty()));
        infoLabel.textProperty().bind(viewModel.infoProperty());

        Columns.bind(rankColumn, CandidateFinderViewModel.CandidateRow::rank);
        Columns.bind(nameColumn, CandidateFinderViewModel.CandidateRow::name);
        Columns.bind(deptColumn, CandidateFinderViewModel.CandidateRow::department);
        Columns.bind(titleColumn, CandidateFinderViewModel.CandidateRow::titleCategory);
        Columns.bind(youngColumn, CandidateFinderViewModel.CandidateRow::young);
        Columns.bind(scoreColumn, CandidateFinderViewModel.CandidateRow::score);
        Columns.bind(partsColumn, CandidateFinderViewModel.CandidateRow::parts);
        Columns.bind(techColumn, CandidateFinderViewModel.CandidateRow::technologies);
        Columns.bind(standingColumn, CandidateFinderViewModel.CandidateRow::standing);
        Columns.bind(conflictColumn, CandidateFinderViewModel.CandidateRow::conflicts);
        table.setItems(viewModel.rows());
        EmptyState.install(table, bundle.getString("keytech.ui.noCandidates"));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(CandidateFinderViewModel.CandidateRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(CONFLICT_ROW);
                if (!empty && item != null && item.conflicted()) {
                    getStyleClass().add(CONFLICT_ROW);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                viewModel.selectedProperty().set(b);
            }
        });
        viewModel.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        Columns.bind(eTitleColumn, CandidateFinderViewModel.EvidenceRow::title);
        Columns.bind(eKindColumn, CandidateFinderViewModel.EvidenceRow::kind);
        Columns.bind(eDateColumn, CandidateFinderViewModel.EvidenceRow::date);
        Columns.bind(eShareColumn, CandidateFinderViewModel.EvidenceRow::share);
        Columns.bind(eBasisColumn, CandidateFinderViewModel.EvidenceRow::basis);
        Columns.bind(ePointsColumn, CandidateFinderViewModel.EvidenceRow::points);
        evidenceTable.setItems(viewModel.evidence());
        EmptyState.install(evidenceTable, bundle.getString("keytech.ui.noEvidence"));
    }

    @FXML
    private void onFind() {
        viewModel.find();
    }

    @FXML
    private void onExport() {
        viewModel.exportPdf();
    }
}
