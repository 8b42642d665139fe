package org.talentbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.keytech.HeatMapView;
import org.talentbench.app.keytech.TalentMapViewModel;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.service.DemoService;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Key technologies screen on a small demo institute: the talent map fills with every technology of the default
 * list, gap rows say what is missing, the heat map is drawn, and the list tab shows the list. The window is written
 * to target/gui-png for a person to look at.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class KeyTechnologiesGuiTest {
    private static final Path PNG_DIR = Path.of("target", "gui-png");
    @TempDir
    static Path dir;

    private static Path db;
    private MainWindow window;
    private Stage stage;

    /** The demo is written before the toolkit starts: on a loaded machine it outlasts the setup timeout. */
    @BeforeAll
    static void demo() {
        db = dir.resolve("gui-keytech");
        DemoService.create(db, new DemoSpec(40, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UserSettings settings = new UserSettings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.language(Language.ZH);
        window = new MainWindow(stage, settings);
        window.show(Workspace.open(db, false));
    }

    @Test
    void theTalentMapShowsEveryTechnologyItsGapsAndTheHeatMap(FxRobot robot) throws Exception {
        robot.clickOn("#nav-keyTechnologies");
        TableView<?> table = robot.lookup("#mapTable").queryAs(TableView.class);
        Label summaryLabel = robot.lookup("#mapSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> table.getItems().size() == 41
                && !summaryLabel.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("技术", table.getColumns().get(0).getText());
        TalentMapViewModel.MapRow lithography = table.getItems().stream()
                .map(TalentMapViewModel.MapRow.class::cast).filter(r -> r.code().equals("lithography"))
                .findFirst().orElseThrow();
        assertTrue(lithography.gaps().contains("无人承担"), lithography.gaps());
        String summary = summaryLabel.getText();
        assertTrue(summary.contains("41 项技术在列"), summary);
        snapshot(robot, "keytech-map-zh.png");

        robot.clickOn("部门 × 技术热力图");
        WaitForAsyncUtils.waitForFxEvents();
        Node heat = robot.lookup("#" + HeatMapView.ID).query();
        assertTrue(heat.getBoundsInLocal().getHeight() > 41 * 20, "a row per technology");
        snapshot(robot, "keytech-heat-zh.png");

        robot.clickOn("技术清单");
        TableView<?> list = robot.lookup("#listTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.getItems().size() == 41);
        robot.clickOn("揭榜挂帅");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#findCandidates").tryQuery().isPresent());
    }

    /** Writes the window as a PNG (JavaFX snapshot copied into an AWT image, no Swing bridge needed). */
    private void snapshot(FxRobot robot, String name) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().getRoot().snapshot(null, null)));
        WritableImage img = image.get();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(PNG_DIR);
        ImageIO.write(out, "png", PNG_DIR.resolve(name).toFile());
    }
}
