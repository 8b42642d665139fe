package org.talentbench.app.researchers;

import java.time.LocalDate;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;

/** The researchers table with search and filters. Binds to {@link ResearchersViewModel}; holds no logic. */
public final class ResearchersView extends VBox {
    public static final String SEARCH_ID = "researcherSearch";
    public static final String TABLE_ID = "researchersTable";

    @FXML
    private HBox toolbar;
    @FXML
    private ComboBox<Choice> departmentBox;
    @FXML
    private ComboBox<Choice> categoryBox;
    @FXML
    private Label countsLabel;
    @FXML
    private Label placeholder;
    @FXML
    private TableView<ResearcherRowViewModel> table;
    @FXML
    private TableColumn<ResearcherRowViewModel, String> employeeNoColumn;
    @FXML
    private TableColumn<ResearcherRowViewModel, String> nameColumn;
    @FXML
    private TableColumn<ResearcherRowViewModel, String> latinColumn;
    @FXML
    private TableColumn<ResearcherRowViewModel, String> genderColumn;
    @FXML
    private TableColumn<ResearcherRowViewModel, LocalDate> birthColumn;
    @FXML
    private TableColumn<ResearcherRowViewModel, String> departmentColumn;
    @FXML
    private TableColumn<ResearcherRowViewModel, String> titleColumn;
    @FXML
    private TableColumn<ResearcherRowViewModel, String> disciplineColumn;
    @FXML
    private TableColumn<ResearcherRowViewModel, String> categoryColumn;
    @FXML
    private TableColumn<ResearcherRowViewModel, String> statusColumn;
    @FXML
    private TableColumn<ResearcherRowViewModel, Integer> outputsColumn;

    public ResearchersView(ResearchersViewModel viewModel, ResourceBundle bundle) {
        Fxml.load(this, bundle);
        TextField search = TextFields.createClearableTextField();
        search.setId(SEARCH_ID);
        search.setPromptText(bundle.getString("researchers.search.prompt"));
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        toolbar.getChildren().add(0, search);

        departmentBox.setItems(viewModel.departmentChoices());
        departmentBox.valueProperty().bindBidirectional(viewModel.departmentProperty());
        categoryBox.setItems(viewModel.categoryChoices());
        categoryBox.valueProperty().bindBidirectional(viewModel.categoryProperty());
        countsLabel.textProperty().bind(viewModel.countsProperty());
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.loadingProperty())
                .then(bundle.getString("researchers.loading")).otherwise(bundle.getString("researchers.empty")));

        table.setId(TABLE_ID);
        bind(employeeNoColumn, ResearcherRowViewModel::employeeNo);
        bind(nameColumn, ResearcherRowViewModel::nameZh);
        bind(latinColumn, ResearcherRowViewModel::nameLatin);
        bind(genderColumn, ResearcherRowViewModel::gender);
        bind(birthColumn, ResearcherRowViewModel::birthDate);
        bind(departmentColumn, ResearcherRowViewModel::department);
        bind(titleColumn, ResearcherRowViewModel::title);
        bind(disciplineColumn, ResearcherRowViewModel::discipline);
        bind(categoryColumn, ResearcherRowViewModel::category);
        bind(statusColumn, ResearcherRowViewModel::status);
        bind(outputsColumn, ResearcherRowViewModel::outputs);
        SortedList<ResearcherRowViewModel> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static <T> void bind(TableColumn<ResearcherRowViewModel, T> column,
                                 Function<ResearcherRowViewModel, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
