package org.talentbench.app.tour;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.talentbench.app.MainWindow;
import org.talentbench.app.profile.ResearcherEditorViewModel;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Language;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;

/**
 * A developer tool, not a test: opens the app on a database, walks through the profile editor and writes PNG
 * snapshots of each step, so the screens can be looked at (run on an X display; see docs/benchmarks.md).
 * Arguments: database path, output directory, language (zh|en), researcher id.
 */
public final class ScreenTour {
    private ScreenTour() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        File out = new File(args[1]);
        Language lang = Language.parse(args[2]);
        long id = Long.parseLong(args[3]);
        out.mkdirs();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        UserSettings settings = new UserSettings(out.toPath().resolve("settings.properties"));
        settings.language(lang);
        MainWindow[] window = new MainWindow[1];
        fx(() -> {
            window[0] = new MainWindow(new Stage(), settings);
            window[0].show(Workspace.open(db, false));
        });
        Thread.sleep(6000);
        shot(sceneOf("TalentBench"), out, "main");
        fx(() -> window[0].viewModel().researchers().groupingProperty().set(
                window[0].viewModel().researchers().groupingChoices().get(1)));
        Thread.sleep(1500);
        shot(sceneOf("TalentBench"), out, "main-grouped");
        fx(() -> window[0].viewModel().researchers().groupingProperty().set(
                window[0].viewModel().researchers().groupingChoices().get(0)));
        ResearcherEditorViewModel[] vm = new ResearcherEditorViewModel[1];
        fx(() -> vm[0] = window[0].editors().open(new ResearcherId(id), false));
        Thread.sleep(5000);
        Scene editor = sceneOf(vm[0].windowTitleProperty().get());
        shot(editor, out, "editor-profile");
        for (int tab = 1; tab < 5; tab++) {
            int t = tab;
            fx(() -> ((TabPane) editor.lookup(".tab-pane")).getSelectionModel().select(t));
            if (t == 1) {
                fx(() -> vm[0].selectedOutputProperty().set(vm[0].visibleOutputs().get(0)));
            }
            if (t == 2 && !vm[0].works().isEmpty()) {
                fx(() -> ((javafx.scene.control.TableView<?>) editor.lookup("#worksTable")).getSelectionModel()
                        .select(0));
            }
            Thread.sleep(1500);
            shot(editor, out, "editor-tab" + t);
        }
        // bad input on the profile tab
        fx(() -> {
            ((TabPane) editor.lookup(".tab-pane")).getSelectionModel().select(0);
            vm[0].orcidProperty().set("0000-0002-1825-0098");
            vm[0].birthDateProperty().set(java.time.LocalDate.now().plusDays(3));
            vm[0].emailProperty().set("not-an-email");
            vm[0].nameZhProperty().set("");
        });
        Thread.sleep(1500);
        shot(editor, out, "editor-errors");
        fx(() -> {
            ((TabPane) editor.lookup(".tab-pane")).getSelectionModel().select(1);
            vm[0].newOutput(org.talentbench.core.researcher.OutputKind.PATENT);
        });
        Thread.sleep(1500);
        shot(editor, out, "editor-newpatent");
        fx(() -> {
            ((TabPane) editor.lookup(".tab-pane")).getSelectionModel().select(3);
            var b = vm[0].addBreak();
            b.startProperty().set(java.time.LocalDate.of(2024, 5, 1));
            b.endProperty().set(java.time.LocalDate.of(2024, 3, 1));
        });
        Thread.sleep(1500);
        shot(editor, out, "editor-breaks-error");
        Platform.exit();
        System.exit(0);
    }

    private static Scene sceneOf(String titlePart) {
        List<Scene> found = new ArrayList<>();
        fxQuiet(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof Stage s && s.getTitle() != null && (titlePart == null
                        || s.getTitle().contains(titlePart))) {
                    found.add(s.getScene());
                }
            }
        });
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    private static void shot(Scene scene, File dir, String name) throws Exception {
        Scene s = scene != null ? scene : sceneOf(null);
        WritableImage[] img = new WritableImage[1];
        fx(() -> img[0] = s.snapshot(null));
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, r.getArgb(x, y));
            }
        }
        ImageIO.write(b, "png", new File(dir, name + ".png"));
    }

    private static void fx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX step timed out");
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }

    private static void fxQuiet(Runnable r) {
        try {
            fx(r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
