package org.talentbench.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.talentbench.app.common.AppFonts;
import org.talentbench.app.common.FxDialogService;
import org.talentbench.app.common.FxTaskRunner;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.app.profile.ResearcherEditors;
import org.talentbench.app.researchers.ResearcherRowViewModel;
import org.talentbench.app.session.SignInDialog;
import org.talentbench.security.Principal;
import org.talentbench.app.shell.MainView;
import org.talentbench.app.shell.MainViewModel;
import org.talentbench.app.shell.StartupPrefetch;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;

/**
 * Puts the main view on a stage and rebuilds it when the language changes, keeping the open workspace and the
 * current screen. Used by {@link TalentBenchApp} and by the GUI tests.
 */
public final class MainWindow {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindow.class);
    private final Stage stage;
    private final UserSettings settings;
    private MainViewModel viewModel;
    private ResearcherEditors editors;

    public MainWindow(Stage stage, UserSettings settings) {
        this.stage = stage;
        this.settings = settings;
    }

    /** Shows the window in the saved language, then opens {@code requested} or the default database. */
    public void show(Optional<Path> requested) {
        show(requested, StartupPrefetch.NONE);
    }

    /** As {@link #show(Optional)}, using the database {@code ahead} has been opening meanwhile when it is that one. */
    public void show(Optional<Path> requested, StartupPrefetch ahead) {
        long t0 = System.nanoTime();
        build(settings.language(), null);
        long t1 = System.nanoTime();
        stage.show();
        LOG.info("start-up: main window built in {} ms and shown {} ms after JVM start", (t1 - t0) / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime());
        logWhenPopulated(viewModel);
        viewModel.usePrefetch(ahead);
        viewModel.start(requested);
    }

    /** Shows the window in the saved language, then opens the shared server database at {@code url}. */
    public void showShared(String url) {
        build(settings.language(), null);
        stage.show();
        logWhenPopulated(viewModel);
        viewModel.startShared(url);
    }

    /** Logs the cold-start figure that docs/benchmarks.md records: JVM start to a populated researchers table. */
    private static void logWhenPopulated(MainViewModel vm) {
        vm.researchers().visibleRows().addListener(new ListChangeListener<ResearcherRowViewModel>() {
            @Override
            public void onChanged(Change<? extends ResearcherRowViewModel> change) {
                if (!vm.researchers().visibleRows().isEmpty()) {
                    LOG.info("cold start: researchers table populated {} ms after JVM start ({} rows)",
                            ManagementFactory.getRuntimeMXBean().getUptime(), vm.researchers().totalCount());
                    vm.researchers().visibleRows().removeListener(this);
                }
            }
        });
    }

    /**
     * Shows the window on an already open workspace without a sign-in (tests of screens that need no role). The
     * application itself never opens a database this way: {@link #show(Optional)} and {@link #showShared(String)}
     * ask who signs in first.
     */
    public void show(Workspace workspace) {
        show(workspace, null);
    }

    /** Shows the window on an already open workspace with {@code who} signed in (tests of role-checked screens). */
    public void show(Workspace workspace, Principal who) {
        build(settings.language(), null);
        stage.show();
        viewModel.adopt(workspace, who);
    }

    private void build(Language language, MainViewModel previous) {
        AppFonts.load();
        Messages messages = Messages.of(language);
        StatusViewModel status = new StatusViewModel();
        FxDialogService dialogs = new FxDialogService(() -> stage, messages.get("file.filter.database"));
        MainViewModel vm = new MainViewModel(messages, settings, new FxTaskRunner(status), dialogs, status);
        if (previous != null) {
            vm.screenProperty().set(previous.screenProperty().get());
        }
        vm.onLanguageChangeListener(l -> rebuild(l));
        MainView view = new MainView(vm, this::close);
        List<String> sheets = List.of(MainWindow.class.getResource("css/theme.css").toExternalForm(),
                MainWindow.class.getResource("css/components.css").toExternalForm());
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(view, 1280, 800);
            scene.getStylesheets().addAll(sheets);
            stage.setScene(scene);
        } else {
            scene.setRoot(view);
        }
        if (editors == null) {
            // editors outlive a language switch (they keep their language); they close with the database
            List<String> editorSheets = new java.util.ArrayList<>(sheets);
            editorSheets.add(MainWindow.class.getResource("css/profile.css").toExternalForm());
            editors = new ResearcherEditors(d -> viewModel.createEditor(d), editorSheets,
                    messages.get("file.filter.database"));
        }
        vm.setProfilePresenter(r -> editors.open(r.id(), r.newWindow()));
        vm.setSignInPresenter(signIn -> SignInDialog.show(stage, signIn, messages.bundle(), sheets));
        vm.workspaceProperty().addListener((o, a, b) -> {
            if (a != null) {
                editors.closeAll();
            }
        });
        stage.setTitle(messages.get("app.title") + " — TalentBench");
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        if (previous != null && previous.workspaceProperty().get() != null) {
            vm.adopt(previous.workspaceProperty().get(), previous.principalProperty().get());
        }
        viewModel = vm;
    }

    private void rebuild(Language language) {
        build(language, viewModel);
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** The open profile editors (tests). */
    public ResearcherEditors editors() {
        return editors;
    }

    public void close() {
        if (editors != null) {
            editors.closeAll();
        }
        if (viewModel != null) {
            viewModel.close();
        }
        stage.close();
    }
}
