package org.talentbench.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talentbench.app.common.ManualTaskRunner;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Role;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.security.PasswordHasher;
import org.talentbench.security.Principal;
import org.talentbench.service.AuthService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * The sign-in's password work runs through the task runner, off the FX thread: the form is busy meanwhile, usable
 * again after a refusal, and an outcome arriving after the dialog was cancelled is dropped.
 */
class SignInInBackgroundTest {
    private final Messages messages = Messages.of(Language.EN);
    private final Database db = Database.open(DatabaseLocation.memory("sign-in-bg-" + System.nanoTime()));
    private final AuthService auth = new AuthService(db, new PasswordHasher(new PasswordHasher.Cost(64, 1, 1)),
            Clock.systemUTC());
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final List<Principal> signedIn = new ArrayList<>();

    @AfterEach
    void close() {
        db.close();
    }

    private SignInViewModel signInWith(String login, String password) {
        auth.createFirstAdministrator("hr", "HR", "secret-pw1".toCharArray());
        SignInViewModel vm = new SignInViewModel(messages, auth, "demo.mv.db", tasks);
        vm.loginProperty().set(login);
        vm.passwordProperty().set(password);
        return vm;
    }

    @Test
    void theFormIsBusyWhileThePasswordIsCheckedAndSignsInAfterwards() {
        SignInViewModel vm = signInWith("hr", "secret-pw1");

        vm.submit(signedIn::add);

        assertTrue(vm.busyProperty().get());
        assertFalse(vm.canSubmit().get(), "OK is disabled during the check");
        assertTrue(signedIn.isEmpty(), "nothing is signed in before the job has run");
        assertEquals(List.of("Checking the password…"), List.copyOf(tasks.titles()));
        assertEquals("", vm.passwordProperty().get(), "the field is emptied at once");

        tasks.runNext();

        assertFalse(vm.busyProperty().get());
        assertEquals("hr", signedIn.get(0).login());
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void aWrongPasswordLeavesTheFormUsableWithTheReason() {
        SignInViewModel vm = signInWith("hr", "wrong-password");

        vm.submit(signedIn::add);
        tasks.runNext();

        assertFalse(vm.busyProperty().get());
        assertEquals("Wrong login or password.", vm.errorProperty().get());
        assertTrue(signedIn.isEmpty());
        assertEquals("hr", vm.loginProperty().get(), "the login stays");
        vm.passwordProperty().set("secret-pw1");
        assertTrue(vm.canSubmit().get(), "the form accepts the next attempt");

        vm.submit(signedIn::add);
        assertEquals("", vm.errorProperty().get(), "the old reason goes while the next attempt runs");
        tasks.runNext();
        assertEquals("hr", signedIn.get(0).login());
    }

    @Test
    void aSecondOkDuringTheCheckStartsNothing() {
        SignInViewModel vm = signInWith("hr", "secret-pw1");
        vm.submit(signedIn::add);
        vm.passwordProperty().set("secret-pw1");

        vm.submit(signedIn::add);

        assertEquals(1, tasks.waiting());
    }

    @Test
    void anAccountSignedInAfterCancelIsDroppedAndDiscarded() {
        List<Principal> discarded = new ArrayList<>();
        Principal admin = new Principal(new AccountId(1), "hr", "HR", Role.ADMIN);
        SignInViewModel vm = SignInViewModel.unlocking(messages, "secret.mv.db", tasks, (l, p) -> admin,
                discarded::add);
        vm.loginProperty().set("hr");
        vm.passwordProperty().set("secret-pw1");
        vm.submit(signedIn::add);

        vm.cancel();
        assertFalse(vm.busyProperty().get());
        tasks.runNext();

        assertTrue(signedIn.isEmpty(), "a cancelled dialog signs nobody in");
        assertEquals(List.of(admin), discarded, "what the late unlock opened is handed back to be closed");
    }

    @Test
    void aRefusalAfterCancelChangesNothing() {
        SignInViewModel vm = signInWith("hr", "wrong-password");
        vm.submit(signedIn::add);

        vm.cancel();
        tasks.runNext();

        assertEquals("", vm.errorProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void theJobWipesItsCopyOfThePasswordWhenItEnds() {
        char[][] seen = new char[1][];
        SignInViewModel vm = SignInViewModel.unlocking(messages, "secret.mv.db", tasks, (l, p) -> {
            seen[0] = p;
            throw new IllegalStateException("no");
        }, p -> { });
        vm.loginProperty().set("hr");
        vm.passwordProperty().set("secret-pw1");
        vm.submit(signedIn::add);

        tasks.runNext();

        assertNotNull(seen[0]);
        assertArrayEquals(new char[10], seen[0]);
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void theFirstAdministratorIsCreatedInTheBackground() {
        SignInViewModel vm = new SignInViewModel(messages, auth, "demo.mv.db", tasks);
        vm.loginProperty().set("hr");
        vm.passwordProperty().set("secret-pw1");
        vm.repeatProperty().set("secret-pw1");

        vm.submit(signedIn::add);

        assertTrue(vm.busyProperty().get());
        assertEquals("Creating the administrator…", tasks.titles().peekLast());
        assertFalse(auth.hasAccounts(), "the account is made by the job, not by the click");
        tasks.runNext();
        assertSame(Role.ADMIN, signedIn.get(0).role());
        assertFalse(vm.busyProperty().get());
    }
}
