package org.talentbench.app.session;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.Fxml;

/** The fields of the sign-in dialog, bound to {@link SignInViewModel}; the first-run fields show only on a new database. */
public final class SignInView extends VBox {
    public static final String LOGIN_ID = "signInLogin";
    public static final String NAME_ID = "signInName";
    public static final String PASSWORD_ID = "signInPassword";
    public static final String REPEAT_ID = "signInRepeat";
    public static final String BUSY_ID = "signInBusy";

    @FXML
    private Label headingLabel;
    @FXML
    private TextField signInLogin;
    @FXML
    private Label nameLabel;
    @FXML
    private TextField signInName;
    @FXML
    private PasswordField signInPassword;
    @FXML
    private Label repeatLabel;
    @FXML
    private PasswordField signInRepeat;
    @FXML
    private Label signInError;
    @FXML
    private ProgressIndicator signInBusy;
    @FXML
    private Label busyLabel;
    @FXML
    private HBox busyRow;

    public SignInView(SignInViewModel vm, ResourceBundle bundle) {
        Fxml.load(this, bundle);
        headingLabel.setText(vm.heading());
        signInLogin.textProperty().bindBidirectional(vm.loginProperty());
        signInName.textProperty().bindBidirectional(vm.displayNameProperty());
        signInPassword.textProperty().bindBidirectional(vm.passwordProperty());
        signInRepeat.textProperty().bindBidirectional(vm.repeatProperty());
        signInError.textProperty().bind(vm.errorProperty());
        signInError.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        signInError.managedProperty().bind(signInError.visibleProperty());
        for (var n : new javafx.scene.Node[] {nameLabel, signInName, repeatLabel, signInRepeat}) {
            n.visibleProperty().bind(vm.firstRunProperty());
            n.managedProperty().bind(vm.firstRunProperty());
        }
        for (var n : new javafx.scene.Node[] {signInLogin, signInName, signInPassword, signInRepeat}) {
            n.disableProperty().bind(vm.busyProperty());
        }
        busyLabel.setText(vm.busyText());
        busyRow.visibleProperty().bind(vm.busyProperty());
        busyRow.managedProperty().bind(vm.busyProperty());
        signInBusy.visibleProperty().bind(vm.busyProperty());
        // a refused attempt: the password is typed again (the reason is set after the form is enabled again)
        vm.errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                signInPassword.requestFocus();
            }
        });
    }

    /** Puts the caret in the login field. */
    public void focusLogin() {
        signInLogin.requestFocus();
    }
}
