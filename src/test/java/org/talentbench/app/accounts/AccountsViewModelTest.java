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
import org.talentbench.app.common.TaskRunner;
import org.talentbench.core.committee.Role;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.common.UserFacingException;
import org.talentbench.service.Workspace;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

class AccountsViewModelTest {
    private static final String PASSWORD = "password-1";
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SimpleObjectProperty<Principal> session = new SimpleObjectProperty<>();
    private Workspace ws;
    private Principal admin;
    private AccountsViewModel vm;

    @BeforeEach
    void open() {
        ws = new Workspace(Database.open(DatabaseLocation.memory("accounts-vm-" + System.nanoTime())));
        admin = ws.auth().createFirstAdministrator("hr", "人事处", PASSWORD.toCharArray());
        // as MainViewModel does: the workspace acts for whoever the screen's session names (decision 0090)
        session.addListener((javafx.beans.InvalidationListener) o -> ws.signIn(session.get()));
        vm = new AccountsViewModel(Messages.of(Language.EN), dialogs, session, TaskRunner.direct());
        vm.load(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void fillNew(String login, Role role, String password, String repeat) {
        vm.newLoginProperty().set(login);
        vm.newNameProperty().set("Name " + login);
        vm.newRoleProperty().set(vm.roles().stream().filter(c -> c.value().equals(role.name())).findFirst()
                .orElseThrow());
        vm.newPasswordProperty().set(password);
        vm.newRepeatProperty().set(repeat);
    }

    @Test
    void nobodySignedInSeesNoAccounts() {
        assertTrue(vm.rows().isEmpty());
        assertEquals("Sign in to see the accounts.", vm.noticeProperty().get());
    }

    /** The open demo has no account yet: the placeholder says how to make one, the header does not ask to sign in. */
    @Test
    void theOpenDemoExplainsItsFirstAccountInsteadOfAskingToSignIn() {
        Database db = Database.open(DatabaseLocation.memory("accounts-demo-" + System.nanoTime()));
        db.inTransaction(r -> {
            r.settings().put(org.talentbench.service.AuthService.DEMO_SEED_SETTING, "7");
            return null;
        });
        try (Workspace demo = new Workspace(db)) {
            AccountsViewModel open = new AccountsViewModel(Messages.of(Language.EN), dialogs,
                    new SimpleObjectProperty<>(), TaskRunner.direct());
            open.load(demo);
            assertEquals("", open.noticeProperty().get());
            assertEquals(Messages.of(Language.EN).get("empty.accounts.openDemo"), open.emptyTextProperty().get());
            assertFalse(open.canManage().get());
        }
    }

    @Test
    void theAdministratorCreatesAnAccountThatCanThenSignIn() {
        session.set(admin);
        assertEquals(List.of("hr"), vm.rows().stream().map(AccountRow::login).toList());
        assertTrue(vm.canManage().get());
        fillNew("chair1", Role.CHAIR, "chair-pass-1", "chair-pass-1");
        assertTrue(vm.canCreate().get());

        vm.create();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        AccountRow row = vm.rows().stream().filter(r -> r.login().equals("chair1")).findFirst().orElseThrow();
        assertEquals("Committee chair", row.role());
        assertEquals("Active", row.state());
        assertEquals(row, vm.selectedProperty().get());
        assertEquals("", vm.newLoginProperty().get());
        assertEquals("", vm.newPasswordProperty().get());
        assertEquals(Role.CHAIR, ws.auth().login("chair1", "chair-pass-1".toCharArray()).role());
    }

    @Test
    void mismatchedPasswordsCreateNothing() {
        session.set(admin);
        fillNew("m1", Role.MEMBER, "member-pass-1", "member-pass-2");
        vm.create();
        assertEquals(List.of("The two passwords differ."), dialogs.errors);
        assertEquals(1, vm.rows().size());
    }

    @Test
    void disablingAnAccountStopsItsSignInAndEnablingRestoresIt() {
        session.set(admin);
        fillNew("m1", Role.MEMBER, PASSWORD, PASSWORD);
        vm.create();
        dialogs.confirmAnswers.add(true);
        vm.toggleActive();
        assertEquals("Disabled", vm.selectedProperty().get().state());
        assertEquals("error.auth.failed", org.junit.jupiter.api.Assertions.assertThrows(UserFacingException.class,
                () -> ws.auth().login("m1", PASSWORD.toCharArray())).key());
        dialogs.confirmAnswers.add(true);
        vm.toggleActive();
        assertEquals("Active", vm.selectedProperty().get().state());
        assertEquals("m1", ws.auth().login("m1", PASSWORD.toCharArray()).login());
    }

    @Test
    void resettingAPasswordAsksTwiceAndTheNewOneWorks() {
        session.set(admin);
        fillNew("m1", Role.MEMBER, PASSWORD, PASSWORD);
        vm.create();
        dialogs.passwordAnswers.add("fresh-pass-9");
        dialogs.passwordAnswers.add("fresh-pass-9");
        vm.resetPassword();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(List.of("The password of m1 was reset; any login pause is lifted."), dialogs.informations);
        assertEquals("m1", ws.auth().login("m1", "fresh-pass-9".toCharArray()).login());
    }

    @Test
    void aMemberIsToldThatOnlyTheAdministratorManagesAccountsAndTheServiceRefusesThem() {
        session.set(admin);
        fillNew("m1", Role.MEMBER, PASSWORD, PASSWORD);
        vm.create();
        Principal member = ws.auth().login("m1", PASSWORD.toCharArray());
        session.set(member);
        assertTrue(vm.rows().isEmpty());
        assertFalse(vm.canManage().get());
        assertTrue(vm.noticeProperty().get().contains("not allow"), vm.noticeProperty().get());

        // asked anyway (the buttons are greyed out), the service refuses
        fillNew("m2", Role.ADMIN, PASSWORD, PASSWORD);
        vm.create();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Your role does not allow this"), dialogs.errors.get(0));
        session.set(admin);
        assertEquals(List.of("hr", "m1"), vm.rows().stream().map(AccountRow::login).toList());
    }

    @Test
    void anyoneChangesTheirOwnPasswordAfterGivingTheCurrentOne() {
        session.set(admin);
        fillNew("m1", Role.MEMBER, PASSWORD, PASSWORD);
        vm.create();
        session.set(ws.auth().login("m1", PASSWORD.toCharArray()));
        dialogs.passwordAnswers.addAll(List.of("wrong-current", "next-pass-1", "next-pass-1"));
        vm.changeOwnPassword();
        assertEquals(List.of("Wrong login or password."), dialogs.errors);

        dialogs.passwordAnswers.addAll(List.of(PASSWORD, "next-pass-1", "next-pass-1"));
        vm.changeOwnPassword();
        assertEquals(List.of("Your password was changed."), dialogs.informations);
        assertEquals("m1", ws.auth().login("m1", "next-pass-1".toCharArray()).login());
    }

    @Test
    void anAccountLinkedToAResearcherNeedsAnExistingEmployeeNumber() {
        session.set(admin);
        fillNew("m1", Role.MEMBER, PASSWORD, PASSWORD);
        vm.newEmployeeNoProperty().set("NOPE-1");
        vm.create();
        assertEquals(List.of("No researcher has the employee number NOPE-1."), dialogs.errors);
    }
}
