package org.talentbench.app.settings;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;

/** The Settings screen; binds to {@link SettingsViewModel}. */
public final class SettingsView extends VBox {
    @FXML
    private ComboBox<Choice> languageBox;
    @FXML
    private Label databaseLabel;
    @FXML
    private Label dataDirectoryLabel;

    private final SettingsViewModel viewModel;

    public SettingsView(SettingsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        Fxml.load(this, bundle);
        languageBox.setItems(viewModel.languages());
        languageBox.valueProperty().bindBidirectional(viewModel.languageProperty());
        databaseLabel.textProperty().bind(viewModel.databaseProperty());
        dataDirectoryLabel.textProperty().bind(viewModel.dataDirectoryProperty());
    }

    @FXML
    private void onOpen() {
        viewModel.openDatabase();
    }

    @FXML
    private void onNewEmpty() {
        viewModel.newEmptyInstitute();
    }
}
