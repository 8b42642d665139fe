package org.talentbench.app.reports;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;

/** The Reports screen: binds the choices of {@link ReportsViewModel} and forwards the export command. */
public final class ReportsView extends VBox {
    private final ReportsViewModel viewModel;

    @FXML
    private ComboBox<String> roundBox;
    @FXML
    private ComboBox<Choice> kindBox;
    @FXML
    private ComboBox<Choice> languageBox;
    @FXML
    private ComboBox<Choice> personBox;
    @FXML
    private CheckBox everyoneBox;
    @FXML
    private CheckBox mergedBox;
    @FXML
    private Button exportButton;
    @FXML
    private TextArea resultArea;

    public ReportsView(ReportsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        Fxml.load(this, bundle);
        roundBox.setItems(viewModel.rounds());
        roundBox.valueProperty().bindBidirectional(viewModel.roundProperty());
        kindBox.setItems(viewModel.kinds());
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        languageBox.setItems(viewModel.languages());
        languageBox.valueProperty().bindBidirectional(viewModel.languageProperty());
        personBox.setItems(viewModel.people());
        personBox.valueProperty().bindBidirectional(viewModel.personProperty());
        everyoneBox.selectedProperty().bindBidirectional(viewModel.everyoneProperty());
        mergedBox.selectedProperty().bindBidirectional(viewModel.mergedProperty());
        personBox.disableProperty().bind(viewModel.perPersonProperty().not().or(viewModel.everyoneProperty()));
        everyoneBox.disableProperty().bind(viewModel.individualProperty().not());
        mergedBox.disableProperty().bind(viewModel.everyoneProperty().not());
        exportButton.disableProperty().bind(viewModel.canExportProperty().not());
        resultArea.textProperty().bind(viewModel.resultProperty());
    }

    @FXML
    private void onExport() {
        viewModel.export();
    }
}
