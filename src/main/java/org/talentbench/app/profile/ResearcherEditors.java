package org.talentbench.app.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.FxDialogService;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The open profile-editor windows: one per researcher unless a second is asked for explicitly (to compare), each with
 * its own dialogs, and all closed with the main window or when another database is opened. FX thread only.
 */
public final class ResearcherEditors {
    private record Open(ResearcherEditorViewModel viewModel, Stage stage) {
    }

    private final List<Open> open = new ArrayList<>();
    private final Function<DialogService, ResearcherEditorViewModel> factory;
    private final List<String> stylesheets;
    private final String databaseFilter;

    /**
     * @param factory     makes an editor view model for the open workspace with the given dialogs
     * @param stylesheets the main window's stylesheets, so editors look the same
     */
    public ResearcherEditors(Function<DialogService, ResearcherEditorViewModel> factory, List<String> stylesheets,
                             String databaseFilter) {
        this.factory = factory;
        this.stylesheets = List.copyOf(stylesheets);
        this.databaseFilter = databaseFilter;
    }

    /** Opens (or brings to the front) the editor of a researcher; {@code id} null starts a new researcher. */
    public ResearcherEditorViewModel open(ResearcherId id, boolean newWindow) {
        if (id != null && !newWindow) {
            for (Open o : open) {
                if (o.viewModel().researcherId().equals(id)) {
                    o.stage().toFront();
                    o.stage().requestFocus();
                    return o.viewModel();
                }
            }
        }
        Stage stage = new Stage();
        ResearcherEditorViewModel vm = factory.apply(new FxDialogService(() -> stage, databaseFilter));
        ResearcherEditorView view = new ResearcherEditorView(vm);
        Scene scene = new Scene(view, 1120, 780);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.windowTitleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        Open entry = new Open(vm, stage);
        vm.setCloser(() -> {
            open.remove(entry);
            stage.close();
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            vm.requestClose();
        });
        open.add(entry);
        stage.show();
        if (id == null) {
            vm.startNew();
        } else {
            vm.load(id);
        }
        return vm;
    }

    /** Closes every editor without asking (the database they edit is going away). */
    public void closeAll() {
        for (Open o : List.copyOf(open)) {
            o.stage().close();
        }
        open.clear();
    }

    /** The view models of the open editors (tests). */
    public List<ResearcherEditorViewModel> viewModels() {
        return open.stream().map(Open::viewModel).toList();
    }
}
