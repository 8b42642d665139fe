package org.talentbench.app.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbench.app.FakeDialogService;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.committee.RankedScore;
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
import org.talentbench.core.round.RoundScope;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.AccountService;
import org.talentbench.service.Workspace;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/** The quota override and the objections of the publicity period on the committee screen, with fake dialogs. */
class CommitteeViewModelTest {
    private static final char[] PASSWORD = "password-1".toCharArray();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SimpleObjectProperty<Principal> session = new SimpleObjectProperty<>();
    private Workspace ws;
    private CommitteeViewModel vm;
    private List<ResearcherId> people;

    private static Researcher researcher(String no) {
        return new Researcher(ResearcherId.NEW, no, "候选人" + no, "Candidate " + no, Gender.FEMALE,
                LocalDate.of(1986, 1, 1), Degree.DOCTORATE, null, null, "PHY", "", "physics", ResearchCategory.BASIC,
                Set.of(), "", "", "", Set.of(), EmploymentStatus.ACTIVE, List.of(), List.of(), 0);
    }

    @BeforeEach
    void open() {
        Database db = Database.open(DatabaseLocation.memory("committee-vm-" + System.nanoTime()));
        ws = new Workspace(db);
        people = db.inTransaction(r -> {
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
        Principal admin = ws.auth().createFirstAdministrator("hr", "HR", PASSWORD);
        ws.signIn(admin);
        ws.accounts().create(admin, new AccountService.NewAccount("chair", "Chair", Role.CHAIR, null, null, null),
                PASSWORD);
        Principal chair = ws.auth().login("chair", PASSWORD);
        long round = ws.rounds().create("2026 基础研究", LocalDate.of(2026, 12, 31), RoundScope.all()).id();
        ws.committee().createPanel(chair, round, "BASIC", "基础研究组", Set.of(chair.id()),
                List.of(new RankedScore(people.get(0), 1, 90.0), new RankedScore(people.get(1), 2, 80.0)));
        // as MainViewModel does: the workspace acts for whoever the screen's session names (decision 0090)
        session.addListener((javafx.beans.InvalidationListener) o -> ws.signIn(session.get()));
        vm = new CommitteeViewModel(Messages.of(Language.EN), dialogs, session);
        vm.load(ws);
        session.set(chair);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void decide(int index, AppraisalGrade g) {
        vm.selectedProperty().set(vm.agenda().get(index));
        vm.gradeProperty().set(vm.grades().stream().filter(c -> c.value().equals(g.name())).findFirst().orElseThrow());
        vm.decide();
    }

    @Test
    void aBrokenQuotaHoldsOnceTheChairRecordsAnOverrideWithAReason() {
        assertEquals(2, vm.agenda().size());
        // Excellent is not the proposal: the panel (the chair alone) votes it first
        vm.selectedProperty().set(vm.agenda().get(0));
        vm.gradeProperty().set(vm.grades().get(AppraisalGrade.EXCELLENT.ordinal()));
        vm.openBallot();
        vm.vote(org.talentbench.core.committee.VoteChoice.FOR);
        vm.closeBallot();
        decide(0, AppraisalGrade.EXCELLENT);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        decide(1, AppraisalGrade.QUALIFIED);
        assertTrue(vm.quotaTextProperty().get().endsWith("A quota does not hold: change grades or record an override."),
                vm.quotaTextProperty().get());

        vm.gradeProperty().set(vm.grades().get(AppraisalGrade.EXCELLENT.ordinal()));
        vm.overrideQuota();
        assertTrue(vm.quotaTextProperty().get().endsWith("does not hold: change grades or record an override."),
                "no reason given, nothing recorded");

        dialogs.textAnswers.add("two outstanding candidates in a small cohort");
        vm.overrideQuota();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(vm.quotaTextProperty().get().endsWith("Quotas hold."), vm.quotaTextProperty().get());
    }

    @Test
    void anObjectionDuringPublicityIsRecordedAndResolvedWithItsHandling() {
        decide(0, AppraisalGrade.QUALIFIED);
        decide(1, AppraisalGrade.QUALIFIED);
        vm.selectedProperty().set(vm.agenda().get(0));
        dialogs.textAnswers.add("too early");
        vm.recordObjection();
        assertEquals(1, dialogs.errors.size(), "no objection before the results are published");
        dialogs.errors.clear();

        vm.publicityStartProperty().set("2020-01-06");
        vm.publish();
        vm.selectedProperty().set(vm.agenda().get(0));
        dialogs.textAnswers.add("my second paper was not counted");
        vm.recordObjection();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(1, vm.objections().size());
        String line = vm.objections().get(0).label();
        assertTrue(line.startsWith("P1 候选人P1, " + LocalDate.now() + ": my second paper was not counted — Pending"),
                line);

        dialogs.choiceAnswers.add("Partly upheld");
        dialogs.textAnswers.add("paper added; score unchanged in grade");
        vm.resolveObjection();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(vm.objections().get(0).label().endsWith(
                "— Partly upheld: paper added; score unchanged in grade"), vm.objections().get(0).label());
    }
}
