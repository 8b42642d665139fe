package org.talentbench.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.talentbench.i18n.Messages;
import org.talentbench.service.BackupService;
import org.talentbench.service.UserSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench restore --db PATH --from FILE.zip [--force]}: checks the backup completely, then replaces the
 * database. A bad zip, a checksum mismatch or a newer schema exit with 2 and leave the database untouched.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a database from a backup zip (checked before anything is replaced).")
public final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Option(names = "--from", required = true, paramLabel = "FILE.zip", description = "The backup to restore.")
    Path from;

    @Option(names = "--force", description = "Replace an existing database (it is backed up first).")
    boolean force;

    @Override
    public Integer call() {
        BackupService service = new BackupService(UserSettings.load().backupKeep(), Clock.systemDefaultZone());
        BackupService.Restored r = service.restore(from, database.location(), force);
        Messages m = root.context().messages();
        var out = spec.commandLine().getOut();
        out.println(m.get("restore.done", r.target().display(), from, r.manifest().createdAt().toString(),
                r.manifest().schemaVersion()));
        r.previous().ifPresent(p -> out.println(m.get("restore.previousKept", p)));
        out.flush();
        return ExitCodes.OK;
    }
}
