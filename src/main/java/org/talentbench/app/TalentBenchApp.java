package org.talentbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.app.shell.MainViewModel;
import org.talentbench.app.shell.StartupPrefetch;
import org.talentbench.i18n.Language;
import org.talentbench.service.LogSetup;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;

/**
 * The JavaFX application. Options: {@code --db PATH} opens that database (creating the demo institute there when it
 * does not exist) or, given as {@code postgresql://host/db}, that shared server database; {@code --lang zh|en}
 * overrides the saved language for this run.
 */
public final class TalentBenchApp extends Application {
    static {
        LogSetup.init();
    }

    private static final Logger LOG = LoggerFactory.getLogger(TalentBenchApp.class);
    private MainWindow window;

    /** Opened while the toolkit starts (docs/decisions/0097); handed to the window once, in {@link #start}. */
    private static volatile StartupPrefetch ahead = StartupPrefetch.NONE;

    public static void launchApp(String[] args) {
        List<String> raw = List.of(args);
        Optional<String> dbOption = option(raw, "--db");
        if (dbOption.filter(Workspace::isServerUrl).isEmpty()) {
            try {
                ahead = StartupPrefetch.begin(MainViewModel.startTarget(dbOption.map(Path::of), UserSettings.load()));
            } catch (RuntimeException e) {
                LOG.debug("no prefetch: the window opens the database itself", e);
            }
        }
        Application.launch(TalentBenchApp.class, args);
    }

    public static void main(String[] args) {
        launchApp(args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Optional<String> dbOption = option(args, "--db");
        UserSettings settings = UserSettings.load();
        option(args, "--lang").map(Language::parse).ifPresent(settings::language);
        window = new MainWindow(stage, settings);
        stage.setOnCloseRequest(e -> window.close());
        if (dbOption.filter(Workspace::isServerUrl).isPresent()) {
            window.showShared(dbOption.get());
        } else {
            StartupPrefetch opened = ahead;
            ahead = StartupPrefetch.NONE;
            window.show(dbOption.map(Path::of), opened);
        }
        LOG.info("main window shown");
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        Platform.exit();
    }

    private static Optional<String> option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (a.startsWith(name + "=")) {
                return Optional.of(a.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }
}
