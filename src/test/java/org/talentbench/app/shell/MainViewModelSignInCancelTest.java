package org.talentbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.ManualTaskRunner;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.app.session.SignInViewModel;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;

/**
 * Unlocking an encrypted file runs in the background; the dialog can be closed meanwhile. An unlock that succeeds
 * after that adopts nothing and leaves the file closed.
 */
class MainViewModelSignInCancelTest {
    @TempDir
    Path dir;

    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<SignInViewModel> shown = new ArrayList<>();
    private MainViewModel vm;

    @BeforeEach
    void create() {
        vm = new MainViewModel(Messages.of(Language.EN), new UserSettings(dir.resolve("settings.properties")),
                tasks, dialogs, new StatusViewModel());
    }

    @AfterEach
    void close() {
        vm.close();
    }

    /** Whether some connection of this JVM still holds the H2 file (MVStore locks it while open). */
    private static boolean heldOpen(Path mvDb) throws Exception {
        try (FileChannel ch = FileChannel.open(mvDb, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    @Test
    void anUnlockFinishingAfterTheDialogWasClosedAdoptsNothingAndClosesTheFile() throws Exception {
        Path file = dir.resolve("secret");
        Workspace.createEncrypted(file, "hr", "HR", "first-pass-1".toCharArray()).workspace().close();
        dialogs.filesToOpen.add(file);
        vm.setSignInPresenter(s -> {
            shown.add(s);
            s.loginProperty().set("hr");
            s.passwordProperty().set("first-pass-1");
            s.submit(p -> {
                throw new AssertionError("a closed dialog gets no account");
            });
            assertTrue(s.busyProperty().get(), "the unlock waits in the background");
            s.cancel();
            return Optional.empty();
        });

        vm.openDatabase();
        assertEquals(1, shown.size());
        assertEquals(1, tasks.waiting());
        tasks.runNext();

        assertNull(vm.workspaceProperty().get());
        assertNull(vm.principalProperty().get());
        assertFalse(heldOpen(dir.resolve("secret.mv.db")), "the late unlock's database is closed again");
        Workspace again = Workspace.openAndSignIn(file, "hr", "first-pass-1".toCharArray()).workspace();
        assertNotNull(again);
        again.close();
    }
}
