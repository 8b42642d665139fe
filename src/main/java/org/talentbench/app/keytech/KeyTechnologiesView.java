package org.talentbench.app.keytech;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.Fxml;

/**
 * The Key technologies screen: a tab each for the talent map, the technology list, tagging suggestions and the
 * open-call candidate finder. Suggestions are read the first time their tab is opened.
 */
public final class KeyTechnologiesView extends VBox {
    public static final String STYLESHEET = "keytech.css";

    @FXML
    private TabPane tabs;
    @FXML
    private Tab mapTab;
    @FXML
    private Tab listTab;
    @FXML
    private Tab suggestionsTab;
    @FXML
    private Tab finderTab;

    public KeyTechnologiesView(KeyTechnologiesViewModel viewModel, ResourceBundle bundle) {
        Fxml.load(this, bundle);
        getStylesheets().add(KeyTechnologiesView.class.getResource(STYLESHEET).toExternalForm());
        mapTab.setContent(new TalentMapView(viewModel.map(), bundle));
        listTab.setContent(new TechListView(viewModel.list(), bundle));
        suggestionsTab.setContent(new TagSuggestionsView(viewModel.suggestions(), bundle));
        finderTab.setContent(new CandidateFinderView(viewModel.finder(), bundle));
        suggestionsTab.selectedProperty().addListener((o, a, b) -> {
            if (b && viewModel.suggestions().rows().isEmpty()) {
                viewModel.suggestions().load();
            }
        });
        viewModel.activate();
    }
}
