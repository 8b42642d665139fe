package org.talentbench.app.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.Choice;
import org.talentbench.core.committee.Role;
import org.talentbench.core.round.RoundScope;
import org.talentbench.core.round.RoundStage;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.AccountService;
import org.talentbench.service.DemoService;
import org.talentbench.service.RoundSummary;
import org.talentbench.service.Workspace;

/**
 * What the committee and panels screens say while a table is empty: on the open demo (no accounts), for a round
 * without a ranked list, for a scored round without panels, for a member on no panel, and with a panel that has no
 * assignments yet. The expected sentences are the English bundle's.
 */
class CommitteeEmptyStatesTest {
    private static final char[] PASSWORD = "password-1".toCharArray();
    private static final String OPEN_DEMO = "Committee work is done under personal accounts, and this demo institute"
            + " has none yet. Choose File → Sign out / switch user… to create the HR administrator, then add chairs"
            + " and members on the Accounts screen.";
    @TempDir
    static Path shared;

    @TempDir
    Path dir;
    private Workspace ws;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SimpleObjectProperty<Principal> session = new SimpleObjectProperty<>();
    private CommitteeViewModel committee;
    private PanelsViewModel panels;

    @BeforeAll
    static void makeDemo() {
        DemoService.create(shared.resolve("demo"), new DemoSpec(16, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { },
                () -> false);
    }

    @BeforeEach
    void open() throws Exception {
        Files.copy(shared.resolve("demo.mv.db"), dir.resolve("copy.mv.db"));
        ws = Workspace.open(dir.resolve("copy"), false);
        session.addListener((javafx.beans.InvalidationListener) o -> ws.signIn(session.get()));
        Messages en = Messages.of(Language.EN);
        committee = new CommitteeViewModel(en, dialogs, session);
        panels = new PanelsViewModel(en, dialogs, session);
        committee.load(ws);
        panels.load(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static void choose(javafx.beans.property.ObjectProperty<Choice> box, java.util.List<Choice> choices,
                               long id) {
        box.set(choices.stream().filter(c -> c.value().equals(Long.toString(id))).findFirst().orElseThrow());
    }

    private Principal admin() {
        Principal admin = ws.auth().createFirstAdministrator("hr", "HR", PASSWORD);
        ws.signIn(admin);
        return admin;
    }

    private long calibrationRound() {
        return ws.rounds().list().stream().filter(r -> r.stage() == RoundStage.CALIBRATION).findFirst()
                .map(RoundSummary::id).orElseThrow();
    }

    @Test
    void theOpenDemoSaysCommitteeWorkNeedsAccountsAndHowToCreateTheAdministrator() {
        assertTrue(ws.auth().isUnclaimedDemo());
        assertTrue(committee.rounds().isEmpty());
        assertEquals("No account signed in", committee.roundPromptProperty().get(),
                "not 'No round yet': the demo has rounds");
        assertEquals("No account signed in", panels.roundPromptProperty().get());
        assertEquals(OPEN_DEMO, committee.agendaEmptyProperty().get());
        assertEquals(OPEN_DEMO, panels.membersEmptyProperty().get());
        assertEquals(OPEN_DEMO, panels.assignmentsEmptyProperty().get());
    }

    @Test
    void aRoundWithoutARankedListSaysToScoreItBeforeCreatingPanels() {
        Principal admin = admin();
        long fresh = ws.rounds().create("2027 trial", LocalDate.of(2027, 12, 31), RoundScope.all()).id();
        session.set(admin);
        assertEquals("No round yet", committee.roundPromptProperty().get());
        choose(committee.roundProperty(), committee.rounds(), fresh);
        choose(panels.roundProperty(), panels.rounds(), fresh);

        assertEquals("Round \"2027 trial\" (Draft) has no ranked list yet, so it has no panels. Score it on the"
                + " Evaluation screen (\"Score\"), then choose \"Create panels from the ranking\" on Panels & assignment.",
                committee.agendaEmptyProperty().get());
        assertEquals("Round \"2027 trial\" (Draft) has no ranked list yet. Score it on the Evaluation screen"
                + " (\"Score\"), then choose \"Create panels from the ranking\" above.",
                panels.assignmentsEmptyProperty().get());
    }

    @Test
    void aScoredRoundWithoutPanelsPointsToCreatePanelsFromTheRankingThenToAssigning() {
        Principal admin = admin();
        session.set(admin);
        choose(committee.roundProperty(), committee.rounds(), calibrationRound());
        choose(panels.roundProperty(), panels.rounds(), calibrationRound());
        assertTrue(panels.panels().isEmpty());
        assertEquals("No panels for this round yet. On Panels & assignment, choose \"Create panels from the ranking\".",
                committee.agendaEmptyProperty().get());
        assertEquals("No panels for this round yet. Choose \"Create panels from the ranking\" above.",
                panels.assignmentsEmptyProperty().get());
        assertEquals("No account can sit on a panel yet. Create chairs and members on the Accounts screen, then"
                + " tick them here and choose \"Save members\".", panels.membersEmptyProperty().get(),
                "the administrator alone never sits on a panel");

        ws.accounts().create(admin, new AccountService.NewAccount("chair", "Chair", Role.CHAIR, null, null, null),
                PASSWORD);
        panels.load(ws);
        choose(panels.roundProperty(), panels.rounds(), calibrationRound());
        panels.createPanelsFromRanking();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(panels.assignments().isEmpty());
        assertEquals("No reviewer assigned yet. Pick a reviewer and a person above and choose \"Assign\", or choose"
                + " \"Assign automatically\".", panels.assignmentsEmptyProperty().get());
    }

    @Test
    void aMemberOnNoPanelSeesNoRoundAndIsToldWhoAddsMembersRatherThanThatNoRoundExists() {
        Principal admin = admin();
        ws.accounts().create(admin, new AccountService.NewAccount("m1", "Member One", Role.MEMBER, null, null, null),
                PASSWORD);
        session.set(ws.auth().login("m1", PASSWORD));
        assertTrue(committee.rounds().isEmpty(), "a member sees only the rounds of their panels");
        assertEquals("No round with a panel of yours", committee.roundPromptProperty().get());
        assertEquals("You sit on no panel yet, so no round is shown. The committee chair or the HR administrator"
                + " adds members on Panels & assignment.", committee.agendaEmptyProperty().get());
        assertEquals("No round with a panel of yours", panels.roundPromptProperty().get());
        assertEquals("Only the HR administrator or the committee chair chooses panel members.",
                panels.membersEmptyProperty().get());
    }
}
