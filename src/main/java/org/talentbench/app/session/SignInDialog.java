package org.talentbench.app.session;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.talentbench.security.Principal;

/**
 * The modal sign-in dialog shown when a database opens and on "switch user". The OK button starts the view model's
 * attempt, which runs in the background while the form is disabled; the dialog closes with the account when it
 * succeeds and stays open with the reason when it fails. Cancel (or closing the window) answers empty at once, also
 * during an attempt, whose outcome is then discarded.
 */
public final class SignInDialog {
    public static final String OK_ID = "signInOk";

    private SignInDialog() {
    }

    public static Optional<Principal> show(Window owner, SignInViewModel vm, ResourceBundle bundle,
                                           List<String> stylesheets) {
        Dialog<Principal> dialog = new Dialog<>();
        dialog.setTitle(vm.title());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        ButtonType ok = new ButtonType(vm.okText(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(vm.cancelText(), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        SignInView view = new SignInView(vm, bundle);
        dialog.getDialogPane().setContent(view);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId(OK_ID);
        okButton.disableProperty().bind(vm.canSubmit().not());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            // the dialog closes when the attempt succeeds, by setting its result
            e.consume();
            vm.submit(dialog::setResult);
        });
        // only cancel and the window's close reach the converter: OK never closes the dialog by itself
        dialog.setResultConverter(b -> null);
        // the reason line and the busy line appear below the fields: fit the window so the buttons stay visible
        Runnable fit = () -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        vm.errorProperty().addListener((o, a, b) -> fit.run());
        vm.busyProperty().addListener((o, a, b) -> fit.run());
        Platform.runLater(view::focusLogin);
        Optional<Principal> who = dialog.showAndWait();
        if (who.isEmpty()) {
            vm.cancel();
        }
        return who;
    }
}
