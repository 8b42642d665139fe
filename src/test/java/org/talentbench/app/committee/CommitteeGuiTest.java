package org.talentbench.app.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.MainWindow;
import org.talentbench.app.SignInSteps;
import org.talentbench.app.common.Choice;
import org.talentbench.app.shell.Screen;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.ReviewAssignment;
import org.talentbench.core.committee.Role;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.Round;
import org.talentbench.core.round.RoundScope;
import org.talentbench.i18n.Language;
import org.talentbench.security.PasswordHasher;
import org.talentbench.security.Principal;
import java.time.Clock;
import org.talentbench.service.AccountService;
import org.talentbench.service.AuthService;
import org.talentbench.service.CommitteeService;
import org.talentbench.service.RoundService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.talentbench.service.Session;

/**
 * A chair signs in when the main window opens the database (the application's sign-in dialog), submits one review, runs one anonymous ballot, records the grades,
 * publishes (a past period, so it is over) and finalises; the lock's fingerprint then verifies.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class CommitteeGuiTest {
    @TempDir
    static Path dir;

    private static Path file;
    private static long roundId;
    private MainWindow window;

    private static Researcher researcher(String no) {
        return new Researcher(ResearcherId.NEW, no, "候选人" + no, "Candidate " + no, Gender.FEMALE,
                LocalDate.of(1986, 1, 1), Degree.DOCTORATE, null, null, "PHY", "", "physics", ResearchCategory.BASIC,
                Set.of(), "", "", "", Set.of(), EmploymentStatus.ACTIVE, List.of(), List.of(), 0);
    }

    /** The institute is prepared off the FX thread, with cheap password hashes. */
    @org.junit.jupiter.api.BeforeAll
    static void prepare() {
        file = dir.resolve("committee-gui-" + System.nanoTime());
        PasswordHasher cheap = new PasswordHasher(new PasswordHasher.Cost(64, 1, 1));
        try (Database db = Database.open(DatabaseLocation.file(file), true)) {
            List<ResearcherId> people = db.inTransaction(r -> {
                List<ResearcherId> ids = new java.util.ArrayList<>();
                for (String no : List.of("P1", "P2")) {
                    Researcher p = r.researchers().insert(researcher(no));
                    Output work = r.outputs().insert(new Output(OutputId.NEW, OutputKind.JOURNAL_PAPER, "代表作 " + no,
                            LocalDate.of(2025, 3, 1), "物理学报", "", "", true, null, "", null, null, Map.of(),
                            List.of(new Contribution(p.id(), 1, true, 100)), 0));
                    r.representativeWorks().insertAll(List.of(new RepresentativeWork(0, p.id(), work.id(), 1, "", "")));
                    ids.add(p.id());
                }
                return ids;
            });
            AuthService auth = new AuthService(db, cheap, Clock.systemDefaultZone());
            Principal admin = auth.createFirstAdministrator("hr", "HR", PASSWORD.toCharArray());
            AccountService accounts = new AccountService(db, cheap, Clock.systemDefaultZone());
            for (String[] a : List.of(new String[] {"chair", "CHAIR"}, new String[] {"m2", "MEMBER"})) {
                accounts.create(admin, new AccountService.NewAccount(a[0], a[0], Role.valueOf(a[1]), null, null, null),
                        PASSWORD.toCharArray());
            }
            Principal chair = auth.login("chair", PASSWORD.toCharArray());
            Principal m2 = auth.login("m2", PASSWORD.toCharArray());
            Round round = new RoundService(db, Session.of(db, admin)).create("2026 基础研究", LocalDate.of(2026, 12, 31), RoundScope.all());
            roundId = round.id();
            CommitteeService committee = new CommitteeService(db, Clock.systemDefaultZone());
            long panelId = committee.createPanel(chair, roundId, "BASIC", "基础研究组", Set.of(chair.id(), m2.id()),
                    List.of(new RankedScore(people.get(0), 1, 90.0), new RankedScore(people.get(1), 2, 80.0))).id();
            committee.assign(chair, panelId, List.of(new ReviewAssignment(panelId, chair.id(), people.get(0))), false);
        }
    }

    @Start
    void start(Stage stage) {
        UserSettings settings = new UserSettings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.language(Language.EN);
        window = new MainWindow(stage, settings);
        window.show(java.util.Optional.of(file));
    }

    private static final String PASSWORD = "password-1";

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String id, String label) {
        ComboBox<Choice> box = robot.lookup("#" + id).queryAs(ComboBox.class);
        robot.interact(() -> box.getItems().stream().filter(c -> c.label().equals(label)).findFirst()
                .ifPresent(box::setValue));
    }

    @Test
    void aChairReviewsVotesAndFinalises(FxRobot robot) throws Exception {
        SignInSteps.signIn(robot, "chair", PASSWORD);
        assertEquals("chair (Committee chair)", text(robot, "sessionLabel"));
        robot.interact(() -> window.viewModel().screenProperty().set(Screen.COMMITTEE));
        TableView<AgendaRow> agenda = robot.lookup("#" + CommitteeView.AGENDA_TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> agenda.getItems().size() == 2);

        // one review: P1 is assigned to the chair; the defaults (5 on every criterion, confidence 3) are submitted
        robot.clickOn("P1");
        assertTrue(text(robot, "formLabel").startsWith("Draft"), text(robot, "formLabel"));
        robot.clickOn("#submitButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Submitted: final.", text(robot, "formLabel"));
        assertEquals("5.00", agenda.getItems().stream().filter(r -> r.employeeNo().equals("P1")).findFirst()
                .orElseThrow().peerReview());

        // one vote: the chair proposes Excellent for P1; with 2 eligible, one vote for is not enough
        choose(robot, "gradeBox", "Excellent");
        robot.clickOn("#openBallotButton");
        robot.clickOn("#voteForButton");
        assertTrue(text(robot, "ballotLabel").contains("1 of 2 have voted"), text(robot, "ballotLabel"));
        robot.clickOn("#closeBallotButton");
        assertTrue(text(robot, "ballotLabel").contains("not passed"), text(robot, "ballotLabel"));

        // grades as proposed (2 people at 20%: no excellent), then publicity in the past and finalisation
        choose(robot, "gradeBox", "Qualified");
        robot.clickOn("#decideButton");
        robot.clickOn("P2");
        robot.clickOn("#decideButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(agenda.getItems().stream().allMatch(r -> r.decided().equals("Qualified")));
        javafx.scene.control.TextField start = robot.lookup("#publicityStartField")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> start.setText("2020-01-06"));
        robot.clickOn("#publishButton");
        assertEquals("Published from 2020-01-06 to 2020-01-10 (5 working days).", text(robot, "lockLabel"));
        robot.clickOn("#finaliseButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "lockLabel").startsWith("Locked; fingerprint "), text(robot, "lockLabel"));

        Workspace workspace = window.viewModel().workspaceProperty().get();
        Principal hr = workspace.auth().login("hr", PASSWORD.toCharArray());
        assertTrue(workspace.calibration().verify(hr, roundId).intact());
    }

    @Test
    void anEmptyTableSaysWhyItIsEmptyInsteadOfNoContent(FxRobot robot) throws Exception {
        SignInSteps.signIn(robot, "chair", PASSWORD);
        robot.interact(() -> window.viewModel().screenProperty().set(Screen.PANELS));
        TableView<?> assignments = robot.lookup("#" + PanelsView.ASSIGNMENTS_TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> assignments.getItems().size() == 1);
        // nobody on the panel is linked to a researcher profile: no conflict of interest, and the table says so
        TableView<?> conflicts = robot.lookup("#" + PanelsView.CONFLICTS_TABLE_ID).queryAs(TableView.class);
        assertTrue(conflicts.getItems().isEmpty());
        Label placeholder = robot.lookup("#" + PanelsView.CONFLICTS_TABLE_ID + " .empty-state").queryAs(Label.class);
        assertTrue(placeholder.isVisible());
        assertEquals("No conflict of interest between this panel's members and the people it reviews.",
                placeholder.getText());
    }
}
