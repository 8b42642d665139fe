package org.talentbench.cli;

import java.util.concurrent.Callable;
import org.talentbench.security.Credentials;
import org.talentbench.service.EncryptionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench encrypt --db PATH --user ADMIN [--password-file F]}: converts a closed database file to
 * encryption at rest, after a timestamped backup (docs/decisions/0091-encryption-at-rest.md).
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = "Encrypt a database file at rest (administrator only; the file must be closed).")
public final class EncryptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOptions signIn;

    @Override
    public Integer call() {
        Credentials admin = signIn.credentials();
        try {
            EncryptionService.Converted done = EncryptionService.encrypt(database.location(), admin);
            spec.commandLine().getOut().println(root.context().messages().get("encryption.cli.encrypted",
                    done.location().display(), done.backup(), admin.login()));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } finally {
            admin.wipe();
        }
    }
}
