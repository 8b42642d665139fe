package org.talentbench.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.core.committee.Role;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.security.PasswordHasher;
import org.talentbench.security.Principal;
import org.talentbench.service.AuthService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

class SignInViewModelTest {
    private final Messages messages = Messages.of(Language.EN);
    private final Database db = Database.open(DatabaseLocation.memory("sign-in-" + System.nanoTime()));
    private final AuthService auth = new AuthService(db, new PasswordHasher(new PasswordHasher.Cost(64, 1, 1)),
            Clock.systemUTC());

    @AfterEach
    void close() {
        db.close();
    }

    private SignInViewModel dialog() {
        return new SignInViewModel(messages, auth, "demo.mv.db", TaskRunner.direct());
    }

    /** Submits on a direct runner: the account signed in, or empty when refused. */
    private static Optional<Principal> submit(SignInViewModel vm) {
        Principal[] who = new Principal[1];
        vm.submit(p -> who[0] = p);
        return Optional.ofNullable(who[0]);
    }

    @Test
    void aDatabaseWithoutAccountsAsksForItsFirstAdministratorAndSignsThemIn() {
        SignInViewModel vm = dialog();
        assertTrue(vm.firstRunProperty().get());
        assertEquals("Create the administrator", vm.title());
        assertTrue(vm.heading().contains("demo.mv.db has no accounts yet"), vm.heading());
        vm.loginProperty().set("hr");
        vm.displayNameProperty().set("人事处");
        vm.passwordProperty().set("secret-pw1");
        vm.repeatProperty().set("secret-pw1");

        Optional<Principal> who = submit(vm);

        assertTrue(who.isPresent());
        assertEquals(Role.ADMIN, who.get().role());
        assertEquals("人事处", who.get().displayName());
        assertEquals("", vm.passwordProperty().get());
        assertEquals("", vm.repeatProperty().get());
        assertFalse(dialog().firstRunProperty().get(), "the next sign-in is an ordinary one");
    }

    @Test
    void twoDifferentPasswordsCreateNobody() {
        SignInViewModel vm = dialog();
        vm.loginProperty().set("hr");
        vm.passwordProperty().set("secret-pw1");
        vm.repeatProperty().set("secret-pw2");

        assertTrue(submit(vm).isEmpty());
        assertEquals("The two passwords differ.", vm.errorProperty().get());
        assertFalse(auth.hasAccounts());
    }

    @Test
    void aWrongPasswordKeepsTheDialogOpenWithTheReasonAndTheRightOneSignsIn() {
        auth.createFirstAdministrator("hr", "HR", "secret-pw1".toCharArray());
        SignInViewModel vm = dialog();
        assertFalse(vm.firstRunProperty().get());
        assertEquals("Sign in", vm.title());
        vm.loginProperty().set("hr");
        vm.passwordProperty().set("wrong-password");
        assertTrue(vm.canSubmit().get());

        assertTrue(submit(vm).isEmpty());
        assertEquals("Wrong login or password.", vm.errorProperty().get());
        assertEquals("", vm.passwordProperty().get());
        assertFalse(vm.canSubmit().get(), "nothing to submit until the password is typed again");

        vm.passwordProperty().set("secret-pw1");
        Optional<Principal> who = submit(vm);
        assertEquals("hr", who.orElseThrow().login());
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void aShortFirstPasswordIsRefusedWithTheRule() {
        SignInViewModel vm = dialog();
        vm.loginProperty().set("hr");
        vm.passwordProperty().set("short");
        vm.repeatProperty().set("short");
        assertTrue(submit(vm).isEmpty());
        assertEquals("The password needs at least 8 characters.", vm.errorProperty().get());
    }
}
