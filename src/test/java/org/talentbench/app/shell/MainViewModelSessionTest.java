package org.talentbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.session.SignInViewModel;
import org.talentbench.core.committee.Role;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;

/** The session at start: a database is adopted only after a sign-in, and the first run creates the administrator. */
class MainViewModelSessionTest {
    @TempDir
    Path dir;

    private MainViewModel vm;
    private UserSettings settings;
    /** What the fake sign-in dialog types, one entry per time it is shown; null cancels. */
    private final Deque<String[]> typed = new ArrayDeque<>();
    private final List<Boolean> shownAsFirstRun = new ArrayList<>();
    private final List<Boolean> screensHidden = new ArrayList<>();

    @BeforeEach
    void create() {
        settings = new UserSettings(dir.resolve("settings.properties"));
        vm = new MainViewModel(Messages.of(Language.EN), settings, TaskRunner.direct(), new FakeDialogService(),
                new StatusViewModel());
        Function<SignInViewModel, Optional<Principal>> fake = s -> {
            shownAsFirstRun.add(s.firstRunProperty().get());
            screensHidden.add(vm.signingInProperty().get());
            String[] t = typed.poll();
            if (t == null) {
                return Optional.empty();
            }
            s.loginProperty().set(t[0]);
            s.passwordProperty().set(t[1]);
            s.repeatProperty().set(t[1]);
            s.displayNameProperty().set("HR office");
            Principal[] who = new Principal[1];
            s.submit(p -> who[0] = p);
            return Optional.ofNullable(who[0]);
        };
        vm.setSignInPresenter(fake);
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private Path emptyDatabase(String name) {
        Path file = dir.resolve(name);
        Workspace.open(file, true).close();
        return file;
    }

    @Test
    void theFirstRunOnANewDatabaseCreatesTheAdministratorWhoIsThenSignedIn() {
        Path db = emptyDatabase("new");
        typed.add(new String[] {"hr", "first-pass-1"});

        vm.start(Optional.of(db));

        assertEquals(List.of(true), shownAsFirstRun);
        assertNotNull(vm.workspaceProperty().get());
        Principal who = vm.principalProperty().get();
        assertEquals(Role.ADMIN, who.role());
        assertEquals("HR office (HR administrator)", vm.sessionTextProperty().get());
        assertEquals(who, vm.committee().principalProperty().get(), "the committee screen uses the same session");
        assertTrue(vm.workspaceProperty().get().auth().hasAccounts());
    }

    @Test
    void cancellingTheSignInLeavesTheDatabaseClosedAndUnremembered() {
        Path db = emptyDatabase("cancelled");
        vm.start(Optional.of(db));

        assertNull(vm.workspaceProperty().get());
        assertNull(vm.principalProperty().get());
        assertEquals("Not signed in", vm.sessionTextProperty().get());
        assertTrue(settings.lastDatabase().isEmpty());
        // the file was closed: it opens again
        Workspace.open(db, false).close();
    }

    @Test
    void switchingUserSignsTheNextAccountInAndCancellingClosesTheDatabase() {
        Path db = emptyDatabase("switch");
        typed.add(new String[] {"hr", "first-pass-1"});
        vm.start(Optional.of(db));
        Workspace ws = vm.workspaceProperty().get();
        Principal admin = vm.principalProperty().get();
        ws.accounts().create(admin, new org.talentbench.service.AccountService.NewAccount("m1", "Member One",
                Role.MEMBER, null, null, null), "member-pass-1".toCharArray());

        typed.add(new String[] {"m1", "member-pass-1"});
        vm.switchUser();
        assertEquals(List.of(true, false), shownAsFirstRun);
        assertEquals(List.of(false, true), screensHidden, "nothing shows behind the switch-user dialog");
        assertEquals(false, vm.signingInProperty().get());
        assertEquals("m1", vm.principalProperty().get().login());
        assertEquals("Member One (Committee member)", vm.sessionTextProperty().get());
        assertEquals(ws, vm.workspaceProperty().get());

        vm.switchUser();
        assertNull(vm.principalProperty().get());
        assertNull(vm.workspaceProperty().get());
    }

    @Test
    void aSwitchOfLanguageKeepsTheSession() {
        Path db = emptyDatabase("language");
        typed.add(new String[] {"hr", "first-pass-1"});
        vm.start(Optional.of(db));
        MainViewModel rebuilt = new MainViewModel(Messages.of(Language.ZH), settings, TaskRunner.direct(),
                new FakeDialogService(), new StatusViewModel());
        rebuilt.adopt(vm.workspaceProperty().get(), vm.principalProperty().get());
        assertEquals("HR office（人事管理员）", rebuilt.sessionTextProperty().get());
        assertEquals(Role.ADMIN, rebuilt.committee().principalProperty().get().role());
    }

    private Path unclaimedDemo(String name) {
        Path file = dir.resolve(name);
        try (org.talentbench.store.Database db = org.talentbench.store.Database.open(
                org.talentbench.store.DatabaseLocation.file(file))) {
            db.inTransaction(r -> {
                r.settings().put(org.talentbench.service.AuthService.DEMO_SEED_SETTING, "7");
                return null;
            });
        }
        return file;
    }

    @Test
    void anUnclaimedDemoInstituteOpensAtOnceWithOpenAccessAndNoDialog() {
        Path db = unclaimedDemo("demo");

        vm.start(Optional.of(db));

        assertEquals(List.of(), shownAsFirstRun, "a first-time user is not asked to invent a login for the demo");
        assertNotNull(vm.workspaceProperty().get());
        assertNull(vm.principalProperty().get());
        assertTrue(vm.sessionTextProperty().get().startsWith("Demo institute, open access"),
                vm.sessionTextProperty().get());
        assertTrue(vm.mayEditProfilesProperty().get(), "the bootstrap administrator may do everything");
        assertTrue(vm.sessionHintProperty().get().contains("Sign out / switch user"), vm.sessionHintProperty().get());
        MainViewModel rebuilt = new MainViewModel(Messages.of(Language.ZH), settings, TaskRunner.direct(),
                new FakeDialogService(), new StatusViewModel());
        rebuilt.adopt(vm.workspaceProperty().get(), null);
        assertEquals("示范机构，开放访问（未设账户）", rebuilt.sessionTextProperty().get(),
                "a switch of language keeps the open demo's status");
        vm.adopt(null);
        assertEquals("Not signed in", vm.sessionTextProperty().get(), "closing the demo clears its session text");
        assertEquals("", vm.sessionHintProperty().get());
        assertTrue(settings.lastDatabase().isPresent(), "remembered for the next start");
    }

    @Test
    void onTheDemoSwitchUserCreatesTheAdministratorAndCancellingKeepsTheDemoOpen() {
        Path db = unclaimedDemo("demo");
        vm.start(Optional.of(db));
        Workspace ws = vm.workspaceProperty().get();

        vm.switchUser();
        assertEquals(List.of(true), shownAsFirstRun);
        assertEquals(ws, vm.workspaceProperty().get(), "cancelling keeps the demo open");
        assertTrue(vm.sessionTextProperty().get().startsWith("Demo institute"));

        typed.add(new String[] {"hr", "first-pass-1"});
        vm.switchUser();
        assertEquals(Role.ADMIN, vm.principalProperty().get().role());
        assertTrue(!ws.auth().isUnclaimedDemo(), "the first account ends open access");

        vm.adopt(null);
        vm.start(Optional.of(db));
        assertEquals(List.of(true, true, false), shownAsFirstRun, "once claimed, the demo asks for a sign-in");
    }

    @Test
    void aDatabaseWithoutTheDemoMarkStillAsksForItsFirstAdministrator() {
        Path db = emptyDatabase("real");
        vm.start(Optional.of(db));
        assertEquals(List.of(true), shownAsFirstRun);
        assertNull(vm.workspaceProperty().get());
    }
}
