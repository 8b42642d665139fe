package org.talentbench.app.keytech;

import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.EmptyState;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;

/** The tagging tab: pending suggestions with accept and reject for the selected rows. */
public final class TagSuggestionsView extends VBox {
    @FXML
    private ComboBox<Choice> modeBox;
    @FXML
    private ComboBox<Choice> techBox;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<TagSuggestionsViewModel.SuggestionRow> table;
    @FXML
    private TableColumn<TagSuggestionsViewModel.SuggestionRow, String> subjectColumn;
    @FXML
    private TableColumn<TagSuggestionsViewModel.SuggestionRow, String> detailColumn;
    @FXML
    private TableColumn<TagSuggestionsViewModel.SuggestionRow, String> techColumn;
    @FXML
    private TableColumn<TagSuggestionsViewModel.SuggestionRow, String> scoreColumn;
    @FXML
    private TableColumn<TagSuggestionsViewModel.SuggestionRow, String> evidenceColumn;
    @FXML
    private Button acceptButton;
    @FXML
    private Button rejectButton;

    private final TagSuggestionsViewModel viewModel;

    public TagSuggestionsView(TagSuggestionsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        Fxml.load(this, bundle);
        modeBox.setItems(viewModel.modes());
        modeBox.valueProperty().bindBidirectional(viewModel.modeProperty());
        techBox.setItems(viewModel.technologies());
        techBox.valueProperty().bindBidirectional(viewModel.technologyProperty());
        modeBox.valueProperty().addListener((o, a, b) -> viewModel.load());
        techBox.valueProperty().addListener((o, a, b) -> viewModel.load());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Columns.bind(subjectColumn, TagSuggestionsViewModel.SuggestionRow::subject);
        Columns.bind(detailColumn, TagSuggestionsViewModel.SuggestionRow::detail);
        Columns.bind(techColumn, TagSuggestionsViewModel.SuggestionRow::technology);
        Columns.bind(scoreColumn, TagSuggestionsViewModel.SuggestionRow::score);
        Columns.bind(evidenceColumn, TagSuggestionsViewModel.SuggestionRow::evidence);
        table.setItems(viewModel.rows());
        EmptyState.install(table, bundle.getString("keytech.ui.noSuggestions"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        acceptButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.busyProperty()).or(viewModel.mayEditProperty().not()));
        rejectButton.disableProperty().bind(acceptButton.disableProperty());
    }

    private List<TagSuggestionsViewModel.SuggestionRow> chosen() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    @FXML
    private void onLoad() {
        viewModel.load();
    }

    @FXML
    private void onAccept() {
        viewModel.accept(chosen());
    }

    @FXML
    private void onReject() {
        viewModel.reject(chosen());
    }
}
