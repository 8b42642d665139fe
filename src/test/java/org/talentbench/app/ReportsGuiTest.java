package org.talentbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.FxTaskRunner;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.app.reports.ReportsView;
import org.talentbench.app.reports.ReportsViewModel;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.report.PdfTestSupport;
import org.talentbench.service.DemoService;
import org.talentbench.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Reports screen on a small demo institute: choose the committee's ranked list of the open round and export it;
 * the save dialog is a fake answering with a file in a temporary folder.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ReportsGuiTest {
    @TempDir
    static Path dir;
    private static Path db;
    private static Workspace workspace;
    private final SaveDialogs dialogs = new SaveDialogs();

    /** The demo is written before the toolkit starts: on a loaded machine it outlasts the setup timeout. */
    @BeforeAll
    static void demo() {
        db = dir.resolve("gui-reports");
        DemoService.create(db, new DemoSpec(40, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
        workspace = Workspace.open(db, false);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages m = Messages.of(Language.ZH);
        ReportsViewModel vm = new ReportsViewModel(m, new FxTaskRunner(new StatusViewModel()), dialogs);
        vm.setWorkspace(workspace);
        stage.setScene(new Scene(new ReportsView(vm, m.bundle()), 800, 600));
        stage.show();
    }

    @Test
    void exportsTheRankedListOfTheOpenRound(FxRobot robot) throws Exception {
        ComboBox<?> rounds = robot.lookup("#reportsRound").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rounds.getValue() != null);
        ComboBox<?> kinds = robot.lookup("#reportsKind").queryAs(ComboBox.class);
        assertTrue(((Choice) kinds.getValue()).label().contains("排序名单"), kinds.getValue().toString());

        Path file = dir.resolve("ranked-gui.pdf");
        dialogs.filesToSave.add(file);
        robot.clickOn("#reportsExport");
        TextArea result = robot.lookup("#reportsResult").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> result.getText().contains("ranked-gui.pdf"));
        assertTrue(result.getText().startsWith("已写入 1 个文件"), result.getText());
        String text = PdfTestSupport.text(Files.readAllBytes(file));
        assertTrue(text.contains("评审委员会排序名单"), text);
        snapshot(robot, "reports-zh.png");
    }

    /** Writes the window as a PNG to target/gui-png for a person to look at. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().getRoot().snapshot(null, null)));
        WritableImage img = image.get();
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = img.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path dirPng = Path.of("target", "gui-png");
        Files.createDirectories(dirPng);
        ImageIO.write(out, "png", dirPng.resolve(name).toFile());
    }

    /** Answers save dialogs from a queue; everything else is declined. */
    private static final class SaveDialogs implements DialogService {
        final Deque<Path> filesToSave = new ConcurrentLinkedDeque<>();

        @Override
        public void showError(String title, String message) {
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public Optional<Path> chooseDatabaseToOpen(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseDatabaseToCreate(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String initialName, List<String> extensions) {
            return Optional.ofNullable(filesToSave.poll());
        }
    }
}
