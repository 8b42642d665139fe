package org.talentbench.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.evaluation.EvaluationView;
import org.talentbench.app.researchers.ResearchersView;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.ReviewAssignment;
import org.talentbench.core.committee.Role;
import org.talentbench.core.round.RoundScope;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.security.PasswordHasher;
import org.talentbench.security.Principal;
import org.talentbench.service.AccountService;
import org.talentbench.service.AuthService;
import org.talentbench.service.CommitteeService;
import org.talentbench.service.DemoService;
import org.talentbench.service.ResearcherService;
import org.talentbench.service.ResearcherSummary;
import org.talentbench.service.RoundService;
import org.talentbench.service.Session;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 0090 on screen: a committee member signed in to a demo institute sees only the two people assigned to
 * them, no New researcher button, and the Evaluation screen's commands greyed out.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class MemberWindowGuiTest {
    private static final char[] PASSWORD = "password-1".toCharArray();

    @TempDir
    static Path dir;

    private static Path file;

    /** The institute is prepared off the FX thread, with cheap password hashes. */
    @BeforeAll
    static void prepare() {
        file = dir.resolve("member");
        DemoService.create(file, new DemoSpec(12, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
        PasswordHasher cheap = new PasswordHasher(new PasswordHasher.Cost(64, 1, 1));
        try (Database db = Database.open(DatabaseLocation.file(file), false)) {
            AuthService auth = new AuthService(db, cheap, Clock.systemDefaultZone());
            Principal admin = auth.createFirstAdministrator("hr", "HR", PASSWORD);
            new AccountService(db, cheap, Clock.systemDefaultZone()).create(admin,
                    new AccountService.NewAccount("m1", "Member One", Role.MEMBER, null, null, null), PASSWORD);
            Principal member = auth.login("m1", PASSWORD);
            Session asAdmin = Session.of(db, admin);
            List<ResearcherSummary> people = new ResearcherService(db, asAdmin).list();
            long round = new RoundService(db, asAdmin).create("2030 基础研究", LocalDate.of(2030, 12, 31),
                    RoundScope.all()).id();
            CommitteeService committee = new CommitteeService(db, Clock.systemDefaultZone());
            Panel panel = committee.createPanel(admin, round, "BASIC", "基础研究组", Set.of(member.id()),
                    List.of(new RankedScore(people.get(0).id(), 1, 90.0), new RankedScore(people.get(1).id(), 2, 80.0),
                            new RankedScore(people.get(2).id(), 3, 70.0)));
            committee.assign(admin, panel.id(), List.of(new ReviewAssignment(panel.id(), member.id(),
                    people.get(0).id()), new ReviewAssignment(panel.id(), member.id(), people.get(2).id())), false);
        }
    }

    @Start
    void start(Stage stage) {
        Workspace ws = Workspace.open(file, false);
        Principal member = ws.auth().login("m1", PASSWORD);
        UserSettings settings = new UserSettings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.language(Language.EN);
        new MainWindow(stage, settings).show(ws, member);
    }

    @Test
    void aMemberSeesTheAssignedPeopleAndNoEditActions(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#" + ResearchersView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        Node newButton = robot.lookup("#newResearcherButton").query();
        assertFalse(newButton.isVisible(), "New researcher is hidden for a member");

        robot.clickOn("#nav-evaluation");
        WaitForAsyncUtils.waitForFxEvents();
        Node score = robot.lookup("#" + EvaluationView.SCORE_BUTTON_ID).query();
        assertTrue(score.isDisabled(), "a member may not score a round");
    }
}
