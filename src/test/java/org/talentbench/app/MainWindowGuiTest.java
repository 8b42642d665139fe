package org.talentbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.researchers.ResearchersView;
import org.talentbench.i18n.Language;
import org.talentbench.service.DemoService;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;
import org.talentbench.demo.DemoSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the main window on a small demo institute and clicks through the researchers table and the language. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class MainWindowGuiTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private UserSettings settings;

    @Start
    void start(Stage stage) {
        Path db = dir.resolve("gui-" + System.nanoTime());
        DemoService.create(db, new DemoSpec(30, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
        settings = new UserSettings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.language(Language.ZH);
        window = new MainWindow(stage, settings);
        window.show(Workspace.open(db, false));
    }

    @Test
    void researchersTableIsPopulatedAndSearchFilters(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#" + ResearchersView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 30);
        assertEquals("工号", table.getColumns().get(0).getText());

        String firstName = window.viewModel().researchers().visibleRows().get(0).nameZh();
        robot.clickOn("#" + ResearchersView.SEARCH_ID).write(firstName);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().size() >= 1 && table.getItems().size() < 30, "search narrows the table");
        robot.interact(() -> robot.lookup("#" + ResearchersView.SEARCH_ID).queryAs(TextField.class).clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30, table.getItems().size());
    }

    @Test
    void languageSwitchRebuildsTheWindowInEnglishAndIsRemembered(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#" + ResearchersView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 30);
        robot.clickOn("#nav-settings");
        robot.clickOn("#languageBox");
        robot.clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-researchers");
        TableView<?> english = robot.lookup("#" + ResearchersView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> english.getItems().size() == 30);
        assertEquals("Employee no.", english.getColumns().get(0).getText());
        assertEquals(Language.EN, settings.language());
        List<String> navTexts = List.of("Researchers", "Evaluation", "Committee", "Reports", "Key technologies",
                "Settings");
        for (String t : navTexts) {
            assertTrue(robot.lookup(t).tryQuery().isPresent(), "navigation shows " + t);
        }
    }
}
