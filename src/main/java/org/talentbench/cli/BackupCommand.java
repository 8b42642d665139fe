package org.talentbench.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.talentbench.service.BackupService;
import org.talentbench.service.UserSettings;
import org.talentbench.store.BackupArchive;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench backup --db PATH [--out FILE.zip]}: an online backup (zip with database and manifest). Without
 * {@code --out} it goes to the {@code backups} folder beside the database, keeping the newest N.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up a database to a zip file (database + manifest with version and SHA-256).")
public final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--out", paramLabel = "FILE.zip",
            description = "Where to write the backup (default: the backups folder beside the database).")
    Path out;

    @Override
    public Integer call() {
        BackupService service = new BackupService(UserSettings.load().backupKeep(), Clock.systemDefaultZone());
        Path written;
        BackupArchive.Manifest manifest;
        try (Database db = database.openExisting()) {
            if (out != null) {
                manifest = service.backupTo(db, out);
                written = out.toAbsolutePath();
            } else {
                written = service.backup(db, BackupService.MANUAL);
                manifest = BackupArchive.verify(written);
            }
        }
        spec.commandLine().getOut().println(root.context().messages().get("backup.done", written,
                manifest.schemaVersion(), manifest.size(), manifest.sha256()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
