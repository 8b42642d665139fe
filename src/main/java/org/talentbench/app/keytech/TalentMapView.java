package org.talentbench.app.keytech;

import java.time.LocalDate;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.EmptyState;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;

/** The talent-map tab: options, the technology table with details, and the heat map. Binds; holds no logic. */
public final class TalentMapView extends VBox {
    public static final String GAP_ROW = "gap-row";

    @FXML
    private DatePicker asOfPicker;
    @FXML
    private Spinner<Integer> yearsSpinner;
    @FXML
    private CheckBox suggestedBox;
    @FXML
    private CheckBox standingBox;
    @FXML
    private Button refreshButton;
    @FXML
    private CheckBox gapsBox;
    @FXML
    private ComboBox<Choice> groupBox;
    @FXML
    private Button xlsxButton;
    @FXML
    private Button pdfButton;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<TalentMapViewModel.MapRow> table;
    @FXML
    private TableColumn<TalentMapViewModel.MapRow, String> nameColumn;
    @FXML
    private TableColumn<TalentMapViewModel.MapRow, String> groupColumn;
    @FXML
    private TableColumn<TalentMapViewModel.MapRow, Integer> peopleColumn;
    @FXML
    private TableColumn<TalentMapViewModel.MapRow, Long> leadersColumn;
    @FXML
    private TableColumn<TalentMapViewModel.MapRow, Long> youngColumn;
    @FXML
    private TableColumn<TalentMapViewModel.MapRow, String> outputsColumn;
    @FXML
    private TableColumn<TalentMapViewModel.MapRow, Integer> landmarksColumn;
    @FXML
    private TableColumn<TalentMapViewModel.MapRow, String> concentrationColumn;
    @FXML
    private TableColumn<TalentMapViewModel.MapRow, String> gapsColumn;
    @FXML
    private Label detailsLabel;
    @FXML
    private TableView<TalentMapViewModel.PersonRow> peopleTable;
    @FXML
    private TableColumn<TalentMapViewModel.PersonRow, String> pNameColumn;
    @FXML
    private TableColumn<TalentMapViewModel.PersonRow, String> pDeptColumn;
    @FXML
    private TableColumn<TalentMapViewModel.PersonRow, String> pTitleColumn;
    @FXML
    private TableColumn<TalentMapViewModel.PersonRow, String> pCategoryColumn;
    @FXML
    private TableColumn<TalentMapViewModel.PersonRow, String> pYoungColumn;
    @FXML
    private TableColumn<TalentMapViewModel.PersonRow, String> pLeaderColumn;
    @FXML
    private TableColumn<TalentMapViewModel.PersonRow, String> pStandingColumn;
    @FXML
    private TableColumn<TalentMapViewModel.PersonRow, Integer> pOutputsColumn;
    @FXML
    private TableView<TalentMapViewModel.LandmarkRow> landmarkTable;
    @FXML
    private TableColumn<TalentMapViewModel.LandmarkRow, LocalDate> lDateColumn;
    @FXML
    private TableColumn<TalentMapViewModel.LandmarkRow, String> lKindColumn;
    @FXML
    private TableColumn<TalentMapViewModel.LandmarkRow, String> lTitleColumn;
    @FXML
    private TableColumn<TalentMapViewModel.LandmarkRow, String> lPeopleColumn;
    @FXML
    private TableColumn<TalentMapViewModel.LandmarkRow, String> lMarksColumn;
    @FXML
    private ScrollPane heatScroll;

    private final TalentMapViewModel viewModel;

    public TalentMapView(TalentMapViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        Fxml.load(this, bundle);
        Dates.iso(asOfPicker);
        asOfPicker.valueProperty().bindBidirectional(viewModel.asOfProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory years = new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                10, 3);
        years.valueProperty().bindBidirectional(viewModel.recentYearsProperty());
        yearsSpinner.setValueFactory(years);
        suggestedBox.selectedProperty().bindBidirectional(viewModel.includeSuggestedProperty());
        standingBox.selectedProperty().bindBidirectional(viewModel.withStandingProperty());
        gapsBox.selectedProperty().bindBidirectional(viewModel.onlyGapsProperty());
        groupBox.setItems(viewModel.groupChoices());
        groupBox.valueProperty().bindBidirectional(viewModel.groupProperty());
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        xlsxButton.disableProperty().bind(viewModel.loadedProperty().not().or(viewModel.busyProperty()));
        pdfButton.disableProperty().bind(viewModel.loadedProperty().not().or(viewModel.busyProperty()));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());

        Columns.bind(nameColumn, TalentMapViewModel.MapRow::name);
        Columns.bind(groupColumn, TalentMapViewModel.MapRow::group);
        Columns.bind(peopleColumn, TalentMapViewModel.MapRow::people);
        Columns.bind(leadersColumn, TalentMapViewModel.MapRow::leaders);
        Columns.bind(youngColumn, TalentMapViewModel.MapRow::young);
        Columns.bind(outputsColumn, TalentMapViewModel.MapRow::outputs);
        Columns.bind(landmarksColumn, TalentMapViewModel.MapRow::landmarks);
        Columns.bind(concentrationColumn, TalentMapViewModel.MapRow::concentration);
        Columns.bind(gapsColumn, TalentMapViewModel.MapRow::gaps);
        SortedList<TalentMapViewModel.MapRow> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        EmptyState.install(table, viewModel.emptyTextProperty());
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(TalentMapViewModel.MapRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(GAP_ROW);
                if (!empty && item != null && item.flagged()) {
                    getStyleClass().add(GAP_ROW);
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
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        detailsLabel.textProperty().bind(viewModel.detailsProperty());
        Columns.bind(pNameColumn, TalentMapViewModel.PersonRow::name);
        Columns.bind(pDeptColumn, TalentMapViewModel.PersonRow::department);
        Columns.bind(pTitleColumn, TalentMapViewModel.PersonRow::title);
        Columns.bind(pCategoryColumn, TalentMapViewModel.PersonRow::category);
        Columns.bind(pYoungColumn, TalentMapViewModel.PersonRow::young);
        Columns.bind(pLeaderColumn, TalentMapViewModel.PersonRow::leader);
        Columns.bind(pStandingColumn, TalentMapViewModel.PersonRow::standing);
        Columns.bind(pOutputsColumn, TalentMapViewModel.PersonRow::recentOutputs);
        peopleTable.setItems(viewModel.people());
        EmptyState.install(peopleTable, bundle.getString("keytech.ui.noPeople"));
        Columns.bind(lDateColumn, TalentMapViewModel.LandmarkRow::date);
        Columns.bind(lKindColumn, TalentMapViewModel.LandmarkRow::kind);
        Columns.bind(lTitleColumn, TalentMapViewModel.LandmarkRow::title);
        Columns.bind(lPeopleColumn, TalentMapViewModel.LandmarkRow::contributors);
        Columns.bind(lMarksColumn, TalentMapViewModel.LandmarkRow::marks);
        landmarkTable.setItems(viewModel.landmarks());
        EmptyState.install(landmarkTable, bundle.getString("keytech.ui.noLandmarks"));

        heatScroll.setContent(new HeatMapView(viewModel.heatProperty()));
    }

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }

    @FXML
    private void onExportXlsx() {
        viewModel.exportXlsx();
    }

    @FXML
    private void onExportPdf() {
        viewModel.exportPdf();
    }
}
