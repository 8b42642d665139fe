package org.talentbench.app.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.Choice;
import org.talentbench.core.committee.ConflictDeclaration;
import org.talentbench.core.committee.DeclarationKind;
import org.talentbench.core.committee.Role;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.RoundStage;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.AccountService;
import org.talentbench.service.DemoService;
import org.talentbench.service.ResearcherSummary;
import org.talentbench.service.RoundSummary;
import org.talentbench.service.Workspace;

/** Panels from the demo's ranked list, members, manual, bulk and automatic assignment, and conflict overrides. */
class PanelsViewModelTest {
    private static final char[] PASSWORD = "password-1".toCharArray();
    @TempDir
    static Path shared;
    private static Path demo;

    @TempDir
    Path dir;
    private Workspace ws;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SimpleObjectProperty<Principal> session = new SimpleObjectProperty<>();
    private PanelsViewModel vm;
    private Principal admin;
    private Principal chair;
    private Principal member;
    private ResearcherSummary linked;

    @BeforeAll
    static void makeDemo() {
        demo = shared.resolve("demo");
        DemoService.create(demo, new DemoSpec(16, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
    }

    @BeforeEach
    void open() throws Exception {
        Path copy = dir.resolve("copy");
        Files.copy(shared.resolve("demo.mv.db"), dir.resolve("copy.mv.db"));
        ws = Workspace.open(copy, false);
        admin = ws.auth().createFirstAdministrator("hr", "HR", PASSWORD);
        ws.signIn(admin);
        linked = ws.researchers().list().get(0);
        ws.accounts().create(admin, new AccountService.NewAccount("chair", "Chair", Role.CHAIR, null, null, null),
                PASSWORD);
        ws.accounts().create(admin, new AccountService.NewAccount("m1", "Member One", Role.MEMBER,
                linked.employeeNo(), null, null), PASSWORD);
        ws.accounts().create(admin, new AccountService.NewAccount("m2", "Member Two", Role.MEMBER, null, null, null),
                PASSWORD);
        chair = ws.auth().login("chair", PASSWORD);
        member = ws.auth().login("m1", PASSWORD);
        // as MainViewModel does: the workspace acts for whoever the screen's session names (decision 0090)
        session.addListener((javafx.beans.InvalidationListener) o -> ws.signIn(session.get()));
        vm = new PanelsViewModel(Messages.of(Language.EN), dialogs, session);
        vm.load(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void chooseCalibrationRound() {
        RoundSummary open = ws.rounds().list().stream().filter(r -> r.stage() == RoundStage.CALIBRATION)
                .findFirst().orElseThrow();
        vm.roundProperty().set(vm.rounds().stream().filter(c -> c.value().equals(Long.toString(open.id())))
                .findFirst().orElseThrow());
    }

    private void tick(String... names) {
        Set<String> wanted = Set.of(names);
        vm.members().forEach(m -> m.onPanel().set(wanted.contains(m.name())));
    }

    /** Panels from the ranking, then the panel that judges the linked member's department. */
    private void panelsWithEveryone() {
        session.set(chair);
        chooseCalibrationRound();
        tick("Chair", "Member One", "Member Two");
        vm.createPanelsFromRanking();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertFalse(vm.panels().isEmpty());
    }

    @Test
    void aChairCreatesPanelsFromTheRankingWithTheTickedMembers() {
        session.set(chair);
        chooseCalibrationRound();
        assertTrue(vm.panels().isEmpty());
        assertTrue(vm.canManage().get());
        assertEquals(List.of("Chair", "Member One", "Member Two"), vm.members().stream()
                .map(PanelRows.Member::name).sorted().toList(), "accounts that may sit on a panel (not the admin)");
        tick("Chair", "Member Two");

        vm.createPanelsFromRanking();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(dialogs.informations.get(0).contains("created, one per cohort"), dialogs.informations.get(0));
        assertEquals(Set.of("Chair", "Member Two"), vm.members().stream().filter(m -> m.onPanel().get())
                .map(PanelRows.Member::name).collect(Collectors.toSet()));
        assertFalse(vm.people().isEmpty());

        tick("Chair", "Member One", "Member Two");
        vm.saveMembers();
        assertEquals(3, vm.members().stream().filter(m -> m.onPanel().get()).count());
        assertEquals(List.of("Chair", "Member One", "Member Two"), vm.reviewers().stream().map(Choice::label)
                .toList());
    }

    @Test
    void aReviewerIsAssignedByHandInBulkAndAutomaticallyAndCanBeRemoved() {
        panelsWithEveryone();
        vm.reviewerProperty().set(vm.reviewers().stream().filter(c -> c.label().equals("Member Two")).findFirst()
                .orElseThrow());
        vm.personProperty().set(vm.people().get(0));
        vm.assignOne();
        assertEquals(1, vm.assignments().size());
        assertEquals("Member Two", vm.assignments().get(0).reviewer());

        vm.assignReviewerToAll();
        int people = vm.people().size();
        assertEquals(people, vm.assignments().stream().filter(a -> a.reviewer().equals("Member Two")).count(),
                "nobody conflicts with an unlinked member");

        vm.perPersonProperty().set(2);
        vm.autoAssign();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        vm.assignments().stream().collect(Collectors.groupingBy(PanelRows.Assignment::personId, Collectors.counting()))
                .values().forEach(n -> assertTrue(n >= 1));
        int before = vm.assignments().size();
        vm.selectedAssignmentProperty().set(vm.assignments().get(0));
        vm.unassign();
        assertEquals(before - 1, vm.assignments().size());
    }

    @Test
    void conflictsShowTheirReasonsAndTheChairOverridesOneWithAReason() {
        session.set(chair);
        chooseCalibrationRound();
        tick("Chair", "Member One", "Member Two");
        vm.createPanelsFromRanking();
        // Member Two declares a family tie with the first person of the chosen panel
        long person = Long.parseLong(vm.people().get(0).value());
        Principal two = ws.auth().login("m2", PASSWORD);
        ws.committee().declare(two, new ConflictDeclaration(roundId(), two.id(), new ResearcherId(person),
                DeclarationKind.FAMILY, "spouse"));
        vm.refreshPanel();
        PanelRows.Conflict family = conflictWith(person);
        assertEquals("Family (spouse)", family.reasons());
        assertTrue(family.barring());
        assertEquals("", family.override());

        // a conflicted pair cannot be assigned by hand
        vm.reviewerProperty().set(vm.reviewers().stream().filter(c -> c.label().equals("Member Two")).findFirst()
                .orElseThrow());
        vm.personProperty().set(vm.people().stream().filter(c -> c.value().equals(Long.toString(person)))
                .findFirst().orElseThrow());
        vm.assignOne();
        assertEquals(1, dialogs.errors.size());
        dialogs.errors.clear();

        // without a reason nothing is overridden; with one it is recorded
        vm.selectedConflictProperty().set(family);
        vm.overrideConflict();
        assertEquals("", conflictWith(person).override());
        dialogs.textAnswers.add("only expert in this field");
        vm.selectedConflictProperty().set(conflictWith(person));
        vm.overrideConflict();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals("Overridden: only expert in this field", conflictWith(person).override());
        assertFalse(conflictWith(person).barring());
        vm.assignOne();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(vm.assignments().stream().anyMatch(a -> a.personId() == person
                && a.reviewer().equals("Member Two")));
    }

    private long roundId() {
        return Long.parseLong(vm.roundProperty().get().value());
    }

    private PanelRows.Conflict conflictWith(long person) {
        return vm.conflicts().stream().filter(c -> c.personId() == person && c.reviewer().equals("Member Two"))
                .findFirst().orElseThrow();
    }

    @Test
    void aMemberManagesNothingAndTheServicesRefuseWhenAskedAnyway() {
        panelsWithEveryone();
        session.set(member);
        chooseCalibrationRound();
        assertFalse(vm.canManage().get());
        assertTrue(vm.members().isEmpty(), "members do not see the account list");
        dialogs.errors.clear();
        vm.createPanelsFromRanking();
        vm.autoAssign();
        assertEquals(2, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.stream().allMatch(e -> e.startsWith("Your role does not allow this")),
                dialogs.errors.toString());
    }
}
