package org.talentbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.AuthService;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/** The database opened while JavaFX starts is the one the window adopts, or it is closed; failures read the same. */
class StartupPrefetchTest {
    @TempDir
    Path dir;

    private MainViewModel vm;
    private FakeDialogService dialogs;
    private UserSettings settings;

    @BeforeEach
    void create() {
        settings = new UserSettings(dir.resolve("settings.properties"));
        dialogs = new FakeDialogService();
        vm = new MainViewModel(Messages.of(Language.EN), settings, TaskRunner.direct(), dialogs,
                new StatusViewModel());
        vm.setSignInPresenter(s -> Optional.empty());
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private Path demoMarked(String name) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(DatabaseLocation.file(file))) {
            db.inTransaction(r -> {
                r.settings().put(AuthService.DEMO_SEED_SETTING, "7");
                return null;
            });
        }
        return file;
    }

    @Test
    void theWindowAdoptsTheWorkspaceOpenedAhead() {
        Path db = demoMarked("demo");
        StartupPrefetch ahead = StartupPrefetch.begin(MainViewModel.startTarget(Optional.of(db), settings));
        vm.usePrefetch(ahead);

        vm.start(Optional.of(db));

        assertNotNull(vm.workspaceProperty().get());
        assertEquals(Optional.empty(), ahead.take(db), "the window took it: nothing is left to take");
        assertEquals(java.util.List.of(), dialogs.errors);
    }

    @Test
    void aWorkspaceOpenedAheadForAnotherFileIsClosed() throws Exception {
        Path first = demoMarked("first");
        Path second = demoMarked("second");
        StartupPrefetch ahead = StartupPrefetch.begin(first);
        vm.usePrefetch(ahead);

        vm.start(Optional.of(second));

        assertTrue(vm.workspaceProperty().get().display().contains("second"));
        assertEquals(Optional.empty(), ahead.take(first), "discarded, not left open");
    }

    @Test
    void aFileThatFailsToOpenAheadGivesTheSameMessageAsWithout() throws IOException {
        Path bad = dir.resolve("bad");
        Files.writeString(dir.resolve("bad.mv.db"), "this is not an H2 database, it is a note someone saved");
        vm.usePrefetch(StartupPrefetch.begin(bad));
        vm.start(Optional.of(bad));
        String withPrefetch = String.join("\n", dialogs.errors);

        dialogs.errors.clear();
        vm.start(Optional.of(bad));
        String without = String.join("\n", dialogs.errors);

        assertNull(vm.workspaceProperty().get());
        assertTrue(withPrefetch.contains("bad.mv.db"), withPrefetch);
        assertEquals(without, withPrefetch);
    }

    @Test
    void nothingIsOpenedAheadForAMissingOrEncryptedFile() {
        assertSame(StartupPrefetch.NONE, StartupPrefetch.begin(dir.resolve("absent")));
        Workspace.Opened enc = Workspace.createEncrypted(dir.resolve("enc"), "hr", "HR", "enc-pass-12".toCharArray());
        enc.workspace().close();
        assertSame(StartupPrefetch.NONE, StartupPrefetch.begin(dir.resolve("enc")));
    }
}
