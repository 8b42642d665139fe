package org.talentbench.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.MainWindow;
import org.talentbench.app.shell.Screen;
import org.talentbench.core.audit.ChangeLogEntry;
import org.talentbench.i18n.Language;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On the Settings screen, the basic-research cycle is changed from 5 to 6 years and saved into the database. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class SettingsGuiTest {
    @TempDir
    static Path dir;

    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("settings-gui-" + System.nanoTime()), true);
        UserSettings settings = new UserSettings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.language(Language.EN);
        MainWindow window = new MainWindow(stage, settings);
        window.show(workspace);
        window.viewModel().screenProperty().set(Screen.SETTINGS);
    }

    @Test
    void aChangedCycleLengthIsSavedToTheDatabase(FxRobot robot) {
        TextField years = robot.lookup("#" + SettingsView.controlId("cycle.BASIC.years")).queryAs(TextField.class);
        Button save = robot.lookup("#settingsSave").queryAs(Button.class);
        assertEquals("5", years.getText());
        assertTrue(save.isDisabled());

        robot.interact(() -> {
            years.requestFocus();
            years.selectAll();
        });
        robot.write("6");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(save.isDisabled());
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("6", workspace.ruleSettings().stored().get("cycle.BASIC.years"));
        ChangeLogEntry logged = workspace.ruleSettings().history().get(0);
        assertEquals("cycle.BASIC.years", logged.field());
        assertEquals("6", logged.newValue());
        assertEquals("Saved; 1 change(s) recorded in the audit trail.",
                robot.lookup("#settingsStatus").queryAs(Label.class).getText());
        assertTrue(save.isDisabled());
    }
}
