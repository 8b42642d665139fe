package org.talentbench.app.researchers;

import java.time.LocalDate;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.table.TableFilter;
import org.controlsfx.control.textfield.TextFields;
import org.talentbench.app.common.EmptyState;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;

/**
 * The researchers table: search, department and category filters, ControlsFX column filters (right-click a column
 * header), grouping by department or category, and opening a profile by double-click or Enter. Binds to
 * {@link ResearchersViewModel}; holds no logic.
 */
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
    private ComboBox<Choice> groupingBox;
    @FXML
    private Button newButton;
    @FXML
    private Label countsLabel;
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
    @FXML
    private TreeTableView<Object> groupedTable;
    @FXML
    private TreeTableColumn<Object, String> groupNameColumn;
    @FXML
    private TreeTableColumn<Object, String> groupEmployeeNoColumn;
    @FXML
    private TreeTableColumn<Object, String> groupLatinColumn;
    @FXML
    private TreeTableColumn<Object, String> groupDepartmentColumn;
    @FXML
    private TreeTableColumn<Object, String> groupTitleColumn;
    @FXML
    private TreeTableColumn<Object, String> groupCategoryColumn;
    @FXML
    private TreeTableColumn<Object, String> groupStatusColumn;
    @FXML
    private TreeTableColumn<Object, String> groupOutputsColumn;

    private final ResearchersViewModel viewModel;
    private final TextField search;

    public ResearchersView(ResearchersViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        Fxml.load(this, bundle);
        search = TextFields.createClearableTextField();
        search.setId(SEARCH_ID);
        search.setPromptText(bundle.getString("researchers.search.prompt"));
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        toolbar.getChildren().add(0, search);

        departmentBox.setItems(viewModel.departmentChoices());
        departmentBox.valueProperty().bindBidirectional(viewModel.departmentProperty());
        categoryBox.setItems(viewModel.categoryChoices());
        categoryBox.valueProperty().bindBidirectional(viewModel.categoryProperty());
        groupingBox.setItems(viewModel.groupingChoices());
        groupingBox.valueProperty().bindBidirectional(viewModel.groupingProperty());
        countsLabel.textProperty().bind(viewModel.countsProperty());
        EmptyState.install(table, viewModel.emptyTextProperty());
        EmptyState.install(groupedTable, viewModel.emptyTextProperty());

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
        // the column filters wrap the search result: TableFilter puts its own filtered and sorted lists on the table
        table.setItems(viewModel.visibleRows());
        newButton.visibleProperty().bind(viewModel.canEditProperty());
        newButton.managedProperty().bind(viewModel.canEditProperty());
        TableFilter.forTableView(table).lazy(true).apply();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().addListener((ListChangeListener<ResearcherRowViewModel>) c -> {
            viewModel.reportShown(table.getItems().size());
            if (groupedTable.isVisible()) {
                rebuildGroups();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> viewModel.selectedProperty().set(b));
        table.setRowFactory(t -> {
            TableRow<ResearcherRowViewModel> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            row.setContextMenu(rowMenu(bundle, row::getItem));
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });

        bindGrouped();
        viewModel.groupingProperty().addListener((o, a, b) -> showGrouping());
        showGrouping();
    }

    private ContextMenu rowMenu(ResourceBundle bundle, java.util.function.Supplier<ResearcherRowViewModel> row) {
        MenuItem open = new MenuItem(bundle.getString("researchers.open"));
        open.setOnAction(e -> viewModel.open(row.get()));
        MenuItem second = new MenuItem(bundle.getString("researchers.openNewWindow"));
        second.setOnAction(e -> viewModel.openInNewWindow(row.get()));
        return new ContextMenu(open, second);
    }

    private void bindGrouped() {
        groupNameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().getValue() instanceof ResearcherRowViewModel r ? r.nameZh()
                        : String.valueOf(c.getValue().getValue())));
        groupCell(groupEmployeeNoColumn, ResearcherRowViewModel::employeeNo);
        groupCell(groupLatinColumn, ResearcherRowViewModel::nameLatin);
        groupCell(groupDepartmentColumn, ResearcherRowViewModel::department);
        groupCell(groupTitleColumn, ResearcherRowViewModel::title);
        groupCell(groupCategoryColumn, ResearcherRowViewModel::category);
        groupCell(groupStatusColumn, ResearcherRowViewModel::status);
        groupCell(groupOutputsColumn, r -> Integer.toString(r.outputs()));
        groupedTable.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        groupedTable.setRowFactory(t -> {
            TreeTableRow<Object> row = new TreeTableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() instanceof ResearcherRowViewModel r) {
                    viewModel.open(r);
                }
            });
            return row;
        });
        groupedTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            TreeItem<Object> item = groupedTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.getValue() instanceof ResearcherRowViewModel r) {
                viewModel.open(r);
                e.consume();
            }
        });
    }

    private static void groupCell(TreeTableColumn<Object, String> column, Function<ResearcherRowViewModel, String> f) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().getValue() instanceof ResearcherRowViewModel r ? f.apply(r) : ""));
    }

    private void showGrouping() {
        boolean grouped = isGroupingOn();
        groupedTable.setVisible(grouped);
        table.setVisible(!grouped);
        if (grouped) {
            rebuildGroups();
        }
    }

    private boolean isGroupingOn() {
        Choice g = viewModel.groupingProperty().get();
        return g != null && !ResearchersViewModel.Grouping.NONE.name().equals(g.value());
    }

    private void rebuildGroups() {
        TreeItem<Object> root = new TreeItem<>("");
        for (ResearchersViewModel.Group g : viewModel.groups(table.getItems())) {
            TreeItem<Object> heading = new TreeItem<>(g.label());
            heading.setExpanded(true);
            for (ResearcherRowViewModel r : g.rows()) {
                heading.getChildren().add(new TreeItem<>(r));
            }
            root.getChildren().add(heading);
        }
        groupedTable.setRoot(root);
    }

    /** Puts the cursor into the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    private void onNew() {
        viewModel.newResearcher();
    }

    private static <T> void bind(TableColumn<ResearcherRowViewModel, T> column,
                                 Function<ResearcherRowViewModel, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
