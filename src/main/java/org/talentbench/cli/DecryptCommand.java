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
 * {@code talentbench decrypt --db PATH --user ADMIN [--password-file F]}: turns a closed encrypted database file back
 * into a plain one, after a timestamped backup of the encrypted file and its keys.
 */
@Command(name = "decrypt", mixinStandardHelpOptions = true,
        description = "Remove the encryption at rest of a database file (administrator only; the file must be closed).")
public final class DecryptCommand implements Callable<Integer> {
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
            EncryptionService.Converted done = EncryptionService.decrypt(database.location(), admin);
            spec.commandLine().getOut().println(root.context().messages().get("encryption.cli.decrypted",
                    done.location().display(), done.backup()));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } finally {
            admin.wipe();
        }
    }
}
