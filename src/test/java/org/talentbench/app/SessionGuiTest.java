package org.talentbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.accounts.AccountRow;
import org.talentbench.app.accounts.AccountsView;
import org.talentbench.app.common.Choice;
import org.talentbench.app.researchers.ResearchersView;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.service.DemoService;
import org.talentbench.service.UserSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start as `mvn javafx:run` does it: the window opens a demo institute that has no accounts at once, with
 * open access; "switch user" creates the administrator, who creates a committee member on the accounts screen;
 * "switch user" then signs the member in.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class SessionGuiTest {
    @TempDir
    static Path dir;

    private static Path db;
    private MainWindow window;

    /** The demo institute is made off the FX thread. */
    @org.junit.jupiter.api.BeforeAll
    static void prepare() {
        db = dir.resolve("session-" + System.nanoTime());
        DemoService.create(db, new DemoSpec(12, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
    }

    @Start
    void start(Stage stage) {
        UserSettings settings = new UserSettings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.language(Language.EN);
        window = new MainWindow(stage, settings);
        window.show(Optional.of(db));
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void theDemoOpensAtOnceAndSwitchUserCreatesTheAdministratorWhoCreatesAnAccount(FxRobot robot) throws Exception {
        TableView<?> researchers = robot.lookup("#" + ResearchersView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> researchers.getItems().size() == 12);
        assertEquals("Demo institute, open access (no accounts)", label(robot, "sessionLabel"));

        robot.clickOn("File");
        robot.clickOn("Sign out / switch user…");
        SignInSteps.createAdministrator(robot, "hr", "HR office", "admin-pass-1");
        assertEquals("HR office (HR administrator)", label(robot, "sessionLabel"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> researchers.getItems().size() == 12);

        robot.clickOn("#nav-accounts");
        @SuppressWarnings("unchecked")
        TableView<AccountRow> accounts = robot.lookup("#" + AccountsView.TABLE_ID).queryAs(TableView.class);
        assertEquals(1, accounts.getItems().size());
        robot.clickOn("#newLoginField").write("wang");
        robot.clickOn("#newNameField").write("Wang Fang");
        @SuppressWarnings("unchecked")
        ComboBox<Choice> role = robot.lookup("#newRoleBox").queryAs(ComboBox.class);
        robot.interact(() -> role.getItems().stream().filter(c -> c.value().equals("MEMBER")).findFirst()
                .ifPresent(role::setValue));
        robot.clickOn("#newPasswordField").write("member-pass-1");
        robot.clickOn("#newRepeatField").write("member-pass-1");
        robot.clickOn("#createAccountButton");
        // the password is hashed in the background
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> accounts.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        AccountRow wang = accounts.getItems().stream().filter(r -> r.login().equals("wang")).findFirst()
                .orElseThrow();
        assertEquals("Committee member", wang.role());
        assertEquals("Active", wang.state());

        robot.clickOn("File");
        robot.clickOn("Sign out / switch user…");
        SignInSteps.signIn(robot, "wang", "member-pass-1");
        assertEquals("Wang Fang (Committee member)", label(robot, "sessionLabel"));
        assertTrue(label(robot, "noticeLabel").startsWith("Your role does not allow this"),
                label(robot, "noticeLabel"));
    }
}
