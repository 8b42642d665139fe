package org.talentbench.app.keytech;

import java.time.LocalDate;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.EmptyState;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;
import org.talentbench.core.tech.TechStatus;

/** The technology-list tab: the list as of a date, the selected entry's history and terms, the change form. */
public final class TechListView extends VBox {
    public static final String ENDED_ROW = "ended-row";

    @FXML
    private DatePicker asOfPicker;
    @FXML
    private CheckBox allBox;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<TechListViewModel.TechRow> table;
    @FXML
    private TableColumn<TechListViewModel.TechRow, String> groupColumn;
    @FXML
    private TableColumn<TechListViewModel.TechRow, String> nameColumn;
    @FXML
    private TableColumn<TechListViewModel.TechRow, String> codeColumn;
    @FXML
    private TableColumn<TechListViewModel.TechRow, String> statusColumn;
    @FXML
    private TableColumn<TechListViewModel.TechRow, LocalDate> sinceColumn;
    @FXML
    private TableColumn<TechListViewModel.TechRow, LocalDate> untilColumn;
    @FXML
    private TableView<TechListViewModel.HistoryRow> historyTable;
    @FXML
    private TableColumn<TechListViewModel.HistoryRow, LocalDate> hDateColumn;
    @FXML
    private TableColumn<TechListViewModel.HistoryRow, String> hChangeColumn;
    @FXML
    private TableColumn<TechListViewModel.HistoryRow, String> hNamesColumn;
    @FXML
    private TableColumn<TechListViewModel.HistoryRow, String> hGroupColumn;
    @FXML
    private TableColumn<TechListViewModel.HistoryRow, String> hNoteColumn;
    @FXML
    private TableColumn<TechListViewModel.HistoryRow, String> hActorColumn;
    @FXML
    private TextArea termsArea;
    @FXML
    private Button termsButton;
    @FXML
    private ComboBox<Choice> kindBox;
    @FXML
    private TextField codeField;
    @FXML
    private TextField nameZhField;
    @FXML
    private TextField nameEnField;
    @FXML
    private ComboBox<Choice> groupBox;
    @FXML
    private ComboBox<Choice> targetBox;
    @FXML
    private DatePicker effectivePicker;
    @FXML
    private TextField noteField;
    @FXML
    private Button applyButton;

    private final TechListViewModel viewModel;

    public TechListView(TechListViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        Fxml.load(this, bundle);
        Dates.iso(asOfPicker, effectivePicker);
        asOfPicker.valueProperty().bindBidirectional(viewModel.asOfProperty());
        allBox.selectedProperty().bindBidirectional(viewModel.showAllProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Columns.bind(groupColumn, TechListViewModel.TechRow::group);
        Columns.bind(nameColumn, TechListViewModel.TechRow::name);
        Columns.bind(codeColumn, TechListViewModel.TechRow::code);
        Columns.bind(statusColumn, TechListViewModel.TechRow::status);
        Columns.bind(sinceColumn, TechListViewModel.TechRow::added);
        Columns.bind(untilColumn, TechListViewModel.TechRow::ended);
        table.setItems(viewModel.rows());
        EmptyState.install(table, bundle.getString("empty.keytech.list"));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(TechListViewModel.TechRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(ENDED_ROW);
                if (!empty && item != null && item.statusCode() != TechStatus.ACTIVE) {
                    getStyleClass().add(ENDED_ROW);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> viewModel.selectedProperty()
                .set(b));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Columns.bind(hDateColumn, TechListViewModel.HistoryRow::effective);
        Columns.bind(hChangeColumn, TechListViewModel.HistoryRow::change);
        Columns.bind(hNamesColumn, TechListViewModel.HistoryRow::names);
        Columns.bind(hGroupColumn, TechListViewModel.HistoryRow::group);
        Columns.bind(hNoteColumn, TechListViewModel.HistoryRow::note);
        Columns.bind(hActorColumn, TechListViewModel.HistoryRow::actor);
        historyTable.setItems(viewModel.history());
        EmptyState.install(historyTable, bundle.getString("empty.keytech.history"));

        termsArea.textProperty().bindBidirectional(viewModel.termsProperty());
        termsButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty())
                .or(viewModel.mayEditProperty().not()));
        kindBox.setItems(viewModel.kinds());
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        codeField.textProperty().bindBidirectional(viewModel.codeProperty());
        nameZhField.textProperty().bindBidirectional(viewModel.nameZhProperty());
        nameEnField.textProperty().bindBidirectional(viewModel.nameEnProperty());
        groupBox.setItems(viewModel.groups());
        groupBox.valueProperty().bindBidirectional(viewModel.groupProperty());
        targetBox.setItems(viewModel.targets());
        targetBox.valueProperty().bindBidirectional(viewModel.targetProperty());
        effectivePicker.valueProperty().bindBidirectional(viewModel.effectiveProperty());
        noteField.textProperty().bindBidirectional(viewModel.noteProperty());
        applyButton.disableProperty().bind(viewModel.canApplyProperty().not().or(viewModel.mayEditProperty().not()));
    }

    @FXML
    private void onSaveTerms() {
        viewModel.saveTerms();
    }

    @FXML
    private void onApply() {
        viewModel.apply();
    }
}
