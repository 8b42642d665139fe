package org.talentbench.app.committee;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.EmptyState;
import org.talentbench.app.common.Fxml;

/**
 * The panels screen: a round's panels, the members of the chosen one (ticked in a table), its reviewer
 * assignments and the conflicts of interest with the override. Binds to {@link PanelsViewModel}; no logic here.
 */
public final class PanelsView extends VBox {
    public static final String ASSIGNMENTS_TABLE_ID = "assignmentsTable";
    public static final String CONFLICTS_TABLE_ID = "conflictsTable";

    private final PanelsViewModel vm;

    @FXML
    private ComboBox<Choice> panelsRoundBox;
    @FXML
    private ComboBox<Choice> panelsPanelBox;
    @FXML
    private Button fromRankingButton;
    @FXML
    private Label panelsSummary;
    @FXML
    private TableView<PanelRows.Member> membersTable;
    @FXML
    private TableColumn<PanelRows.Member, Boolean> onPanelColumn;
    @FXML
    private TableColumn<PanelRows.Member, Object> memberNameColumn;
    @FXML
    private TableColumn<PanelRows.Member, Object> memberRoleColumn;
    @FXML
    private Button saveMembersButton;
    @FXML
    private ComboBox<Choice> reviewerBox;
    @FXML
    private ComboBox<Choice> personBox;
    @FXML
    private Button assignButton;
    @FXML
    private Button assignAllButton;
    @FXML
    private Spinner<Integer> perPersonSpinner;
    @FXML
    private Button autoAssignButton;
    @FXML
    private Button unassignButton;
    @FXML
    private TableView<PanelRows.Assignment> assignmentsTable;
    @FXML
    private TableColumn<PanelRows.Assignment, Object> assignReviewerColumn;
    @FXML
    private TableColumn<PanelRows.Assignment, Object> assignEmployeeColumn;
    @FXML
    private TableColumn<PanelRows.Assignment, Object> assignPersonColumn;
    @FXML
    private TableView<PanelRows.Conflict> conflictsTable;
    @FXML
    private TableColumn<PanelRows.Conflict, Object> conflictReviewerColumn;
    @FXML
    private TableColumn<PanelRows.Conflict, Object> conflictEmployeeColumn;
    @FXML
    private TableColumn<PanelRows.Conflict, Object> conflictPersonColumn;
    @FXML
    private TableColumn<PanelRows.Conflict, Object> conflictReasonsColumn;
    @FXML
    private TableColumn<PanelRows.Conflict, Object> conflictOverrideColumn;
    @FXML
    private Button overrideButton;

    public PanelsView(PanelsViewModel viewModel, ResourceBundle bundle) {
        this.vm = viewModel;
        Fxml.load(this, bundle);
        panelsRoundBox.setItems(vm.rounds());
        panelsRoundBox.promptTextProperty().bind(vm.roundPromptProperty());
        panelsRoundBox.valueProperty().bindBidirectional(vm.roundProperty());
        panelsPanelBox.setItems(vm.panels());
        panelsPanelBox.valueProperty().bindBidirectional(vm.panelProperty());
        panelsSummary.textProperty().bind(vm.summaryProperty());
        var notManager = vm.canManage().not();
        fromRankingButton.disableProperty().bind(notManager);
        saveMembersButton.disableProperty().bind(notManager);
        assignButton.disableProperty().bind(notManager);
        assignAllButton.disableProperty().bind(notManager);
        autoAssignButton.disableProperty().bind(notManager);
        unassignButton.disableProperty().bind(notManager.or(vm.selectedAssignmentProperty().isNull()));
        overrideButton.disableProperty().bind(notManager.or(vm.selectedConflictProperty().isNull()));

        membersTable.setItems(vm.members());
        EmptyState.install(membersTable, vm.membersEmptyProperty());
        onPanelColumn.setCellValueFactory(c -> c.getValue().onPanel());
        onPanelColumn.setCellFactory(CheckBoxTableCell.forTableColumn(onPanelColumn));
        onPanelColumn.setEditable(true);
        column(memberNameColumn, PanelRows.Member::name);
        column(memberRoleColumn, PanelRows.Member::role);

        reviewerBox.setItems(vm.reviewers());
        reviewerBox.valueProperty().bindBidirectional(vm.reviewerProperty());
        personBox.setItems(vm.people());
        personBox.valueProperty().bindBidirectional(vm.personProperty());
        perPersonSpinner.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, 9, vm.perPersonProperty().get()));
        perPersonSpinner.valueProperty().addListener((o, a, b) -> vm.perPersonProperty().set(b));

        assignmentsTable.setId(ASSIGNMENTS_TABLE_ID);
        assignmentsTable.setItems(vm.assignments());
        EmptyState.install(assignmentsTable, vm.assignmentsEmptyProperty());
        column(assignReviewerColumn, PanelRows.Assignment::reviewer);
        column(assignEmployeeColumn, PanelRows.Assignment::employeeNo);
        column(assignPersonColumn, PanelRows.Assignment::person);
        assignmentsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, a, b) -> vm.selectedAssignmentProperty().set(b));

        conflictsTable.setId(CONFLICTS_TABLE_ID);
        conflictsTable.setItems(vm.conflicts());
        EmptyState.install(conflictsTable, vm.conflictsEmptyProperty());
        column(conflictReviewerColumn, PanelRows.Conflict::reviewer);
        column(conflictEmployeeColumn, PanelRows.Conflict::employeeNo);
        column(conflictPersonColumn, PanelRows.Conflict::person);
        column(conflictReasonsColumn, PanelRows.Conflict::reasons);
        column(conflictOverrideColumn, PanelRows.Conflict::override);
        conflictsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, a, b) -> vm.selectedConflictProperty().set(b));
    }

    private static <R> void column(TableColumn<R, Object> col, Function<R, Object> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void onFromRanking() {
        vm.createPanelsFromRanking();
    }

    @FXML
    private void onSaveMembers() {
        vm.saveMembers();
    }

    @FXML
    private void onAssign() {
        vm.assignOne();
    }

    @FXML
    private void onAssignAll() {
        vm.assignReviewerToAll();
    }

    @FXML
    private void onAutoAssign() {
        vm.autoAssign();
    }

    @FXML
    private void onUnassign() {
        vm.unassign();
    }

    @FXML
    private void onOverride() {
        vm.overrideConflict();
    }
}
