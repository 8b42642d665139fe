package org.talentbench.app.committee;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.EmptyState;
import org.talentbench.app.common.Fxml;
import org.talentbench.core.committee.ReviewCriterion;
import org.talentbench.core.committee.VoteChoice;

/**
 * The committee screen for the signed-in account: the panel's meeting agenda, the signed-in
 * reviewer's form for the selected case, the ballot on it, and the quotas and finalisation. Binds to
 * {@link CommitteeViewModel}; no logic lives here.
 */
public final class CommitteeView extends VBox {
    public static final String AGENDA_TABLE_ID = "agendaTable";

    private final CommitteeViewModel vm;

    @FXML
    private ComboBox<Choice> roundBox;
    @FXML
    private ComboBox<Choice> panelBox;
    @FXML
    private SplitPane content;
    @FXML
    private VBox casePane;
    @FXML
    private TableView<AgendaRow> agendaTable;
    @FXML
    private TableColumn<AgendaRow, Object> positionColumn;
    @FXML
    private TableColumn<AgendaRow, Object> employeeColumn;
    @FXML
    private TableColumn<AgendaRow, Object> nameColumn;
    @FXML
    private TableColumn<AgendaRow, Object> rankColumn;
    @FXML
    private TableColumn<AgendaRow, Object> peerColumn;
    @FXML
    private TableColumn<AgendaRow, Object> proposedColumn;
    @FXML
    private TableColumn<AgendaRow, Object> decidedColumn;
    @FXML
    private TableColumn<AgendaRow, Object> reasonColumn;
    @FXML
    private Label formLabel;
    @FXML
    private GridPane scoreGrid;
    @FXML
    private TextArea commentArea;
    @FXML
    private Button saveDraftButton;
    @FXML
    private Button submitButton;
    @FXML
    private ComboBox<Choice> gradeBox;
    @FXML
    private Label ballotLabel;
    @FXML
    private Label quotaLabel;
    @FXML
    private TextField publicityStartField;
    @FXML
    private Label lockLabel;
    @FXML
    private ComboBox<Choice> objectionBox;

    public CommitteeView(CommitteeViewModel viewModel, ResourceBundle bundle) {
        this.vm = viewModel;
        Fxml.load(this, bundle);
        agendaTable.setId(AGENDA_TABLE_ID);
        roundBox.setItems(vm.rounds());
        roundBox.promptTextProperty().bind(vm.roundPromptProperty());
        roundBox.valueProperty().bindBidirectional(vm.roundProperty());
        panelBox.setItems(vm.panels());
        panelBox.valueProperty().bindBidirectional(vm.panelProperty());
        // only the case pane: the agenda is empty anyway without a session, and its placeholder must stay legible
        casePane.disableProperty().bind(vm.signedInBinding().not());

        agendaTable.setItems(vm.agenda());
        EmptyState.install(agendaTable, vm.agendaEmptyProperty());
        column(positionColumn, AgendaRow::position);
        column(employeeColumn, AgendaRow::employeeNo);
        column(nameColumn, AgendaRow::name);
        column(rankColumn, AgendaRow::rank);
        column(peerColumn, AgendaRow::peerReview);
        column(proposedColumn, AgendaRow::proposed);
        column(decidedColumn, AgendaRow::decided);
        column(reasonColumn, AgendaRow::reason);
        agendaTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));

        int row = 0;
        for (ReviewCriterion c : ReviewCriterion.values()) {
            Spinner<Integer> s = new Spinner<>(ReviewCriterion.MIN, ReviewCriterion.MAX, 5);
            s.setId("score-" + c.name());
            s.getValueFactory().valueProperty().addListener((o, a, b) -> vm.scoreProperty(c).set(b));
            vm.scoreProperty(c).addListener((o, a, b) -> s.getValueFactory().setValue(b.intValue()));
            s.disableProperty().bind(vm.formEditableProperty().not());
            scoreGrid.addRow(row++, new Label(bundle.getString("review.criterion." + c.name())), s);
        }
        Spinner<Integer> conf = new Spinner<>(1, 5, 3);
        conf.setId("confidence");
        conf.getValueFactory().valueProperty().addListener((o, a, b) -> vm.confidenceProperty().set(b));
        vm.confidenceProperty().addListener((o, a, b) -> conf.getValueFactory().setValue(b.intValue()));
        conf.disableProperty().bind(vm.formEditableProperty().not());
        scoreGrid.addRow(row, new Label(bundle.getString("committee.confidence")), conf);
        commentArea.textProperty().bindBidirectional(vm.commentProperty());
        commentArea.editableProperty().bind(vm.formEditableProperty());
        formLabel.textProperty().bind(vm.formTextProperty());
        saveDraftButton.disableProperty().bind(vm.formEditableProperty().not());
        submitButton.disableProperty().bind(vm.formEditableProperty().not());

        gradeBox.setItems(vm.grades());
        gradeBox.valueProperty().bindBidirectional(vm.gradeProperty());
        ballotLabel.textProperty().bind(vm.ballotTextProperty());
        quotaLabel.textProperty().bind(vm.quotaTextProperty());
        lockLabel.textProperty().bind(vm.lockTextProperty());
        publicityStartField.textProperty().bindBidirectional(vm.publicityStartProperty());
        objectionBox.setItems(vm.objections());
        objectionBox.valueProperty().bindBidirectional(vm.objectionProperty());
    }

    private static void column(TableColumn<AgendaRow, Object> col, Function<AgendaRow, Object> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void onSaveDraft() {
        vm.saveDraft();
    }

    @FXML
    private void onSubmit() {
        vm.submitReview();
    }

    @FXML
    private void onOpenBallot() {
        vm.openBallot();
    }

    @FXML
    private void onCloseBallot() {
        vm.closeBallot();
    }

    @FXML
    private void onDecide() {
        vm.decide();
    }

    @FXML
    private void onVoteFor() {
        vm.vote(VoteChoice.FOR);
    }

    @FXML
    private void onVoteAgainst() {
        vm.vote(VoteChoice.AGAINST);
    }

    @FXML
    private void onAbstain() {
        vm.vote(VoteChoice.ABSTAIN);
    }

    @FXML
    private void onPublish() {
        vm.publish();
    }

    @FXML
    private void onFinalise() {
        vm.finalise();
    }

    @FXML
    private void onQuotaOverride() {
        vm.overrideQuota();
    }

    @FXML
    private void onRecordObjection() {
        vm.recordObjection();
    }

    @FXML
    private void onResolveObjection() {
        vm.resolveObjection();
    }
}
