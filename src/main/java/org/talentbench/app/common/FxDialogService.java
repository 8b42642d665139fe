package org.talentbench.app.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final String databaseFilesLabel;

    public FxDialogService(Supplier<Window> owner, String databaseFilesLabel) {
        this.owner = owner;
        this.databaseFilesLabel = databaseFilesLabel;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait()
                .filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen(String title) {
        return Optional.ofNullable(chooser(title).showOpenDialog(owner.get())).map(f -> f.toPath());
    }

    @Override
    public Optional<Path> chooseDatabaseToCreate(String title) {
        return Optional.ofNullable(chooser(title).showSaveDialog(owner.get())).map(f -> f.toPath());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterLabel, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(f -> f.toPath());
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(databaseFilesLabel, "*.mv.db"));
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, type == Alert.AlertType.CONFIRMATION
                ? new ButtonType[] {ButtonType.OK, ButtonType.CANCEL} : new ButtonType[] {ButtonType.OK});
        alert.setTitle(title);
        alert.setHeaderText(null);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }
}
