package org.talentbench.app.accounts;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.EmptyState;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;

/**
 * The accounts screen: the table of accounts, the new-account form and the commands on the selected account. Binds
 * to {@link AccountsViewModel}; no logic lives here.
 */
public final class AccountsView extends VBox {
    public static final String TABLE_ID = "accountsTable";

    private final AccountsViewModel vm;

    @FXML
    private Label noticeLabel;
    @FXML
    private Button changeOwnButton;
    @FXML
    private TableView<AccountRow> accountsTable;
    @FXML
    private TableColumn<AccountRow, Object> loginColumn;
    @FXML
    private TableColumn<AccountRow, Object> nameColumn;
    @FXML
    private TableColumn<AccountRow, Object> roleColumn;
    @FXML
    private TableColumn<AccountRow, Object> researcherColumn;
    @FXML
    private TableColumn<AccountRow, Object> departmentColumn;
    @FXML
    private TableColumn<AccountRow, Object> stateColumn;
    @FXML
    private TextField newLoginField;
    @FXML
    private TextField newNameField;
    @FXML
    private ComboBox<Choice> newRoleBox;
    @FXML
    private TextField newEmployeeNoField;
    @FXML
    private PasswordField newPasswordField;
    @FXML
    private PasswordField newRepeatField;
    @FXML
    private Button createAccountButton;
    @FXML
    private Button toggleActiveButton;
    @FXML
    private Button resetPasswordButton;

    public AccountsView(AccountsViewModel viewModel, ResourceBundle bundle) {
        this.vm = viewModel;
        Fxml.load(this, bundle);
        noticeLabel.textProperty().bind(vm.noticeProperty());
        changeOwnButton.disableProperty().bind(vm.signedIn().not().or(vm.busyProperty()));
        accountsTable.setItems(vm.rows());
        EmptyState.install(accountsTable, vm.emptyTextProperty());
        accountsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(loginColumn, AccountRow::login);
        column(nameColumn, AccountRow::displayName);
        column(roleColumn, AccountRow::role);
        column(researcherColumn, AccountRow::researcher);
        column(departmentColumn, AccountRow::department);
        column(stateColumn, AccountRow::state);
        accountsTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != accountsTable.getSelectionModel().getSelectedItem()) {
                accountsTable.getSelectionModel().select(b);
            }
        });

        newLoginField.textProperty().bindBidirectional(vm.newLoginProperty());
        newNameField.textProperty().bindBidirectional(vm.newNameProperty());
        newRoleBox.setItems(vm.roles());
        newRoleBox.valueProperty().bindBidirectional(vm.newRoleProperty());
        newEmployeeNoField.textProperty().bindBidirectional(vm.newEmployeeNoProperty());
        newPasswordField.textProperty().bindBidirectional(vm.newPasswordProperty());
        newRepeatField.textProperty().bindBidirectional(vm.newRepeatProperty());
        createAccountButton.disableProperty().bind(vm.canCreate().not());
        toggleActiveButton.disableProperty().bind(vm.canManage().not().or(vm.selectedProperty().isNull())
                .or(vm.busyProperty()));
        resetPasswordButton.disableProperty().bind(vm.canManage().not().or(vm.selectedProperty().isNull())
                .or(vm.busyProperty()));
        // only an administrator may fill it in; while a password is hashed in the background (the status bar shows
        // it) the form waits
        for (var field : new javafx.scene.Node[] {newLoginField, newNameField, newRoleBox, newEmployeeNoField,
                newPasswordField, newRepeatField}) {
            field.disableProperty().bind(vm.canManage().not().or(vm.busyProperty()));
        }
    }

    private static void column(TableColumn<AccountRow, Object> col, Function<AccountRow, Object> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void onCreate() {
        vm.create();
    }

    @FXML
    private void onToggleActive() {
        vm.toggleActive();
    }

    @FXML
    private void onResetPassword() {
        vm.resetPassword();
    }

    @FXML
    private void onChangeOwn() {
        vm.changeOwnPassword();
    }
}
