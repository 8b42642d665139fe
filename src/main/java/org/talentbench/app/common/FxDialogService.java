package org.talentbench.app.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    /** Where the last import files were chosen, to open there again (one user, one session). */
    private static java.io.File lastImportDirectory;
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
    public Optional<String> askText(String title, String prompt, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(
                initial == null ? "" : initial);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        dialog.getDialogPane().setMinWidth(520);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        return dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt) {
        javafx.scene.control.Dialog<char[]> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(title);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.control.PasswordField first = new javafx.scene.control.PasswordField();
        first.setId("passwordAnswer");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, new javafx.scene.control.Label(prompt), first);
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK || first.getText().isEmpty()) {
                return null;
            }
            return first.getText().toCharArray();
        });
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        javafx.application.Platform.runLater(first::requestFocus);
        Optional<char[]> answer = dialog.showAndWait();
        first.clear();
        return answer;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(f -> f.toPath());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(f -> f.toPath());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions), extensions));
        java.io.File file = chooser.showOpenDialog(owner.get());
        return file == null ? Optional.empty() : Optional.of(file.toPath());
    }

    @Override
    public List<Path> chooseFilesToImport(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("*.xlsx, *.csv, *.json, *.xml", "*.xlsx", "*.csv", "*.json", "*.xml",
                        "*.txt"),
                new FileChooser.ExtensionFilter("*.*", "*.*"));
        if (lastImportDirectory != null && lastImportDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastImportDirectory);
        }
        List<java.io.File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastImportDirectory = files.get(0).getParentFile();
        return files.stream().map(java.io.File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        for (String e : extensions) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*" + e, "*" + e));
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(f -> f.toPath());
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> dialog = new ChoiceDialog<>(options.get(0), options);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        return dialog.showAndWait();
    }

    @Override
    public VersionChoice chooseVersion(String title, String message, List<VersionRow> rows, String keepMine,
                                       String takeTheirs) {
        return VersionDialog.show(owner.get(), title, message, rows, keepMine, takeTheirs);
    }

    @Override
    public int chooseAnswer(String title, String message, List<String> answers) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            buttons.add(new ButtonType(answers.get(i), i == 0 ? ButtonBar.ButtonData.OK_DONE
                    : i == answers.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER));
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, buttons.toArray(ButtonType[]::new));
        alert.setTitle(title);
        alert.setHeaderText(null);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.getDialogPane().setMinWidth(520);
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
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
