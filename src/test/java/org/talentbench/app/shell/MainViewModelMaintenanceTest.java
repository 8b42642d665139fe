package org.talentbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.DemoService;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;
import org.talentbench.store.AuditChain;

/** What the main window does when a database opens: the scheduled backup and the audit trail's state. */
class MainViewModelMaintenanceTest {
    @TempDir
    Path dir;

    /** Records what would have been shown. */
    static final class RecordingDialogs implements DialogService {
        final List<String> errors = new ArrayList<>();
        final List<String> infos = new ArrayList<>();

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInformation(String title, String message) {
            infos.add(message);
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public Optional<Path> chooseDatabaseToOpen(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseDatabaseToCreate(String title) {
            return Optional.empty();
        }
    }

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final StatusViewModel status = new StatusViewModel();

    private MainViewModel viewModel() {
        return new MainViewModel(Messages.of(Language.EN), new UserSettings(dir.resolve("settings.properties")),
                TaskRunner.direct(), dialogs, status);
    }

    private Path demoWithChain(boolean tampered) throws Exception {
        Path db = dir.resolve("inst");
        DemoService.create(db, new DemoSpec(3, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
        String prev = AuditChain.GENESIS;
        LocalDateTime at = LocalDateTime.of(2026, 4, 1, 10, 0);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
             PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (changed_at, actor, entity, entity_id,"
                     + " field, old_value, new_value, prev_hash, hash) VALUES (?, 'hr', 'researcher', 1, 'title',"
                     + " NULL, ?, ?, ?)")) {
            for (int i = 1; i <= 3; i++) {
                String hash = AuditChain.hash(prev, at, "hr", "researcher", 1, "title", null, "v" + i);
                ps.setTimestamp(1, Timestamp.valueOf(at));
                ps.setString(2, "v" + i);
                ps.setString(3, prev);
                ps.setString(4, hash);
                ps.executeUpdate();
                prev = hash;
            }
            if (tampered) {
                c.createStatement().execute("UPDATE change_log SET new_value = 'forged' WHERE id = 2");
            }
        }
        return db;
    }

    @Test
    void openingADatabaseBacksItUpAndShowsAnIntactTrail() throws Exception {
        Path db = demoWithChain(false);
        MainViewModel vm = viewModel();
        vm.adopt(Workspace.open(db, false));
        assertEquals("Audit trail intact", status.auditProperty().get());
        assertFalse(status.auditBrokenProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertEquals(1, backups.filter(p -> p.toString().endsWith("-scheduled.zip")).count());
        }
        vm.close();
    }

    @Test
    void tamperedTrailIsShownInTheStatusBarAndInADialog() throws Exception {
        Path db = demoWithChain(true);
        MainViewModel vm = viewModel();
        vm.adopt(Workspace.open(db, false));
        assertEquals("Audit trail tampered with (record 2)", status.auditProperty().get());
        assertTrue(status.auditBrokenProperty().get());
        assertEquals(List.of("The audit trail was tampered with: record 2 was edited outside TalentBench"
                + " (3 records checked)."), dialogs.errors);
        vm.close();
    }

    @Test
    void backUpNowWritesAZipAndSaysWhere() throws Exception {
        Path db = demoWithChain(false);
        MainViewModel vm = viewModel();
        vm.adopt(Workspace.open(db, false));
        vm.backupNow();
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).startsWith("The database was backed up to " + dir.resolve("backups")),
                dialogs.infos.toString());
        vm.close();
    }
}
