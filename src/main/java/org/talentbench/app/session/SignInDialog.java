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
 * The modal sign-in dialog shown when a database opens and on "switch user". The OK button tries the credentials
 * through the view model and keeps the dialog open with the reason when they fail; cancel answers empty.
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
        Principal[] signedIn = new Principal[1];
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<Principal> p = vm.submit();
            if (p.isEmpty()) {
                e.consume();
            } else {
                signedIn[0] = p.get();
            }
        });
        dialog.setResultConverter(b -> b == ok ? signedIn[0] : null);
        // the reason line appears below the fields: grow the window so the buttons stay visible
        vm.errorProperty().addListener((o, a, b) -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        Platform.runLater(view::focusLogin);
        return dialog.showAndWait();
    }
}
