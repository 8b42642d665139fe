package org.talentbench.app;

import java.util.concurrent.TimeUnit;
import org.talentbench.app.session.SignInDialog;
import org.talentbench.app.session.SignInView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Types into the application's sign-in dialog once it shows (it appears after the database has opened). */
public final class SignInSteps {
    private SignInSteps() {
    }

    public static void awaitDialog(FxRobot robot) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#" + SignInView.LOGIN_ID).match(org.testfx.util.NodeQueryUtils.isVisible())
                        .tryQuery().isPresent());
    }

    /**
     * The password is checked in the background after OK: waits until that is over (the dialog closed, or open
     * again with the reason).
     */
    public static void awaitAttempt(FxRobot robot) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#" + SignInView.BUSY_ID).match(org.testfx.util.NodeQueryUtils.isVisible())
                        .tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void signIn(FxRobot robot, String login, String password) throws Exception {
        awaitDialog(robot);
        robot.clickOn("#" + SignInView.LOGIN_ID).write(login);
        robot.clickOn("#" + SignInView.PASSWORD_ID).write(password);
        robot.clickOn("#" + SignInDialog.OK_ID);
        awaitAttempt(robot);
    }

    /** On a database without accounts: creates the first administrator. */
    public static void createAdministrator(FxRobot robot, String login, String name, String password)
            throws Exception {
        awaitDialog(robot);
        robot.clickOn("#" + SignInView.LOGIN_ID).write(login);
        robot.clickOn("#" + SignInView.NAME_ID).write(name);
        robot.clickOn("#" + SignInView.PASSWORD_ID).write(password);
        robot.clickOn("#" + SignInView.REPEAT_ID).write(password);
        robot.clickOn("#" + SignInDialog.OK_ID);
        awaitAttempt(robot);
    }
}
