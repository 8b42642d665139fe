package org.talentbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.session.SignInViewModel;
import org.talentbench.app.settings.SettingsViewModel;
import org.talentbench.core.committee.Role;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;

/** File → New with encryption, and opening an encrypted file: one sign-in, asked before anything is read. */
class MainViewModelEncryptionTest {
    @TempDir
    Path dir;

    private MainViewModel vm;
    private FakeDialogService dialogs;
    private final Deque<String[]> typed = new ArrayDeque<>();
    private final List<String> headings = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void create() {
        dialogs = new FakeDialogService();
        vm = new MainViewModel(Messages.of(Language.EN), new UserSettings(dir.resolve("settings.properties")),
                TaskRunner.direct(), dialogs, new StatusViewModel());
        vm.setSignInPresenter(s -> {
            headings.add(s.heading());
            String[] t;
            while ((t = typed.poll()) != null) {
                s.loginProperty().set(t[0]);
                s.passwordProperty().set(t[1]);
                s.repeatProperty().set(t[1]);
                s.displayNameProperty().set("HR office");
                Principal[] who = new Principal[1];
                s.submit(p -> who[0] = p);
                if (who[0] != null) {
                    return Optional.of(who[0]);
                }
                errors.add(s.errorProperty().get());
            }
            return Optional.empty();
        });
    }

    @AfterEach
    void close() {
        vm.close();
    }

    @Test
    void aNewEncryptedInstituteIsCreatedWithItsAdministratorSignedIn() {
        Path file = dir.resolve("secret");
        dialogs.filesToCreate.add(file);
        dialogs.answerIndexes.add(1);
        typed.add(new String[] {"hr", "first-pass-1"});

        vm.newEmptyInstitute();

        assertTrue(dialogs.answerQuestions.get(0).startsWith("Encrypt "), dialogs.answerQuestions.toString());
        Workspace ws = vm.workspaceProperty().get();
        assertNotNull(ws);
        assertTrue(ws.encrypted());
        assertEquals(Role.ADMIN, vm.principalProperty().get().role());
        assertTrue(Workspace.isEncrypted(file));
        assertTrue(Files.exists(dir.resolve("secret.keys.json")));
        assertEquals("This database is encrypted at rest; each active account's password unlocks it.",
                new SettingsViewModel(vm).securityProperty().get());
    }

    @Test
    void openingAnEncryptedFileAsksOnceAndRetriesAWrongPassword() {
        Path file = dir.resolve("secret");
        Workspace.createEncrypted(file, "hr", "HR", "first-pass-1".toCharArray()).workspace().close();
        dialogs.filesToOpen.add(file);
        typed.add(new String[] {"hr", "wrong-pass-9"});
        typed.add(new String[] {"hr", "first-pass-1"});

        vm.openDatabase();

        assertEquals(1, headings.size(), "one dialog for unlocking and signing in");
        assertTrue(headings.get(0).contains("is encrypted: sign in to open it"), headings.get(0));
        assertEquals(List.of("Wrong login or password."), errors);
        assertTrue(vm.workspaceProperty().get().encrypted());
        assertEquals("hr", vm.principalProperty().get().login());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aPlainNewInstituteIsStillTheDefault() {
        Path file = dir.resolve("plain");
        dialogs.filesToCreate.add(file);
        typed.add(new String[] {"hr", "first-pass-1"});
        vm.newEmptyInstitute();
        assertFalse(vm.workspaceProperty().get().encrypted());
        assertEquals("This database is not encrypted at rest (talentbench encrypt --db … --user ADMIN converts it).",
                new SettingsViewModel(vm).securityProperty().get());
    }

    @Test
    void cancellingTheUnlockOpensNothing() {
        Path file = dir.resolve("secret");
        Workspace.createEncrypted(file, "hr", "HR", "first-pass-1".toCharArray()).workspace().close();
        dialogs.filesToOpen.add(file);
        vm.openDatabase();
        assertNull(vm.workspaceProperty().get());
        Workspace.openAndSignIn(file, "hr", "first-pass-1".toCharArray()).workspace().close();
    }
}
