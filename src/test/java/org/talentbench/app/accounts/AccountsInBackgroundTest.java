package org.talentbench.app.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.ManualTaskRunner;
import org.talentbench.core.committee.Role;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.Workspace;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * Creating an account and setting a password hash it with Argon2id through the task runner: the screen is busy while
 * the job waits, usable again after success or failure, and an outcome for a workspace that was closed meanwhile is
 * dropped.
 */
class AccountsInBackgroundTest {
    private static final String PASSWORD = "password-1";
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SimpleObjectProperty<Principal> session = new SimpleObjectProperty<>();
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private Workspace ws;
    private AccountsViewModel vm;

    @BeforeEach
    void open() {
        ws = new Workspace(Database.open(DatabaseLocation.memory("accounts-bg-" + System.nanoTime())));
        Principal admin = ws.auth().createFirstAdministrator("hr", "人事处", PASSWORD.toCharArray());
        session.addListener((javafx.beans.InvalidationListener) o -> ws.signIn(session.get()));
        vm = new AccountsViewModel(Messages.of(Language.EN), dialogs, session, tasks);
        vm.load(ws);
        session.set(admin);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void fillNew(String login, String employeeNo) {
        vm.newLoginProperty().set(login);
        vm.newRoleProperty().set(vm.roles().stream().filter(c -> c.value().equals(Role.MEMBER.name()))
                .findFirst().orElseThrow());
        vm.newEmployeeNoProperty().set(employeeNo);
        vm.newPasswordProperty().set(PASSWORD);
        vm.newRepeatProperty().set(PASSWORD);
    }

    @Test
    void creatingAnAccountKeepsTheScreenBusyUntilTheJobHasRun() {
        fillNew("m1", "");

        vm.create();

        assertTrue(vm.busyProperty().get());
        assertEquals(List.of("Creating the account…"), List.copyOf(tasks.titles()));
        assertEquals(1, vm.rows().size(), "the account is made by the job, not by the click");
        vm.newPasswordProperty().set(PASSWORD);
        assertFalse(vm.canCreate().get(), "no second account while the first is being made");

        tasks.runNext();

        assertFalse(vm.busyProperty().get());
        assertEquals(List.of("hr", "m1"), vm.rows().stream().map(AccountRow::login).toList());
        assertEquals("", vm.newLoginProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals("2 accounts", vm.noticeProperty().get());
    }

    @Test
    void aRefusedAccountLeavesTheFormUsableWithTheReason() {
        fillNew("m1", "NOPE-1");

        vm.create();
        tasks.runNext();

        assertFalse(vm.busyProperty().get());
        assertEquals(List.of("No researcher has the employee number NOPE-1."), dialogs.errors);
        assertEquals("m1", vm.newLoginProperty().get(), "what was typed stays to be corrected");
        vm.newEmployeeNoProperty().set("");
        vm.newPasswordProperty().set(PASSWORD);
        vm.newRepeatProperty().set(PASSWORD);
        assertTrue(vm.canCreate().get());
    }

    @Test
    void aPasswordResetIsBusyUntilDoneAndThenSaysSo() {
        fillNew("m1", "");
        vm.create();
        tasks.runNext();
        dialogs.passwordAnswers.addAll(List.of("fresh-pass-9", "fresh-pass-9"));

        vm.resetPassword();

        assertTrue(vm.busyProperty().get());
        assertTrue(dialogs.informations.isEmpty());
        tasks.runNext();
        assertFalse(vm.busyProperty().get());
        assertEquals(List.of("The password of m1 was reset; any login pause is lifted."), dialogs.informations);
    }

    @Test
    void aWrongCurrentPasswordIsSaidAfterTheCheckAndTheScreenIsUsableAgain() {
        dialogs.passwordAnswers.addAll(List.of("wrong-current", "next-pass-1", "next-pass-1"));

        vm.changeOwnPassword();
        assertTrue(vm.busyProperty().get());
        tasks.runNext();

        assertFalse(vm.busyProperty().get());
        assertEquals(List.of("Wrong login or password."), dialogs.errors);
    }

    @Test
    void anOutcomeArrivingAfterTheWorkspaceClosedIsDropped() {
        fillNew("m1", "NOPE-1");
        vm.create();

        vm.clear();
        tasks.runNext();

        assertFalse(vm.busyProperty().get());
        assertTrue(dialogs.errors.isEmpty(), "no dialog about a database that is gone");
        assertTrue(vm.rows().isEmpty());
    }
}
