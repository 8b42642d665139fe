package org.talentbench.cli;

import org.talentbench.security.Credentials;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --db PATH} option shared by the commands that work on a database. A database file encrypted at rest is
 * unlocked with the command's {@code --user} (the {@link SignInOptions} mixed into the same command), whose password
 * is then reused for the sign-in; without {@code --user} it is refused with {@code db.error.encrypted}
 * (docs/decisions/0091-encryption-at-rest.md).
 */
public final class DatabaseOption {
    @Option(names = "--db", required = true, paramLabel = "PATH",
            description = "Database file (name or name.mv.db) or postgresql://host/db.")
    String db;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    public DatabaseLocation location() {
        if (db == null || db.isBlank()) {
            throw new UsageException("--db PATH");
        }
        return DatabaseLocation.parse(db);
    }

    /**
     * Opens an existing database (a missing file is bad input, not a new database); an encrypted one with the
     * command's {@code --user}.
     */
    public Database openExisting() {
        return openExisting(location(), signInOptions());
    }

    /**
     * Opens the existing database at {@code location}; an encrypted one with {@code signIn}'s {@code --user} (may be
     * null). For a command whose {@code --db} is optional and so not this mixin.
     */
    static Database openExisting(DatabaseLocation location, SignInOptions signIn) {
        if (signIn != null && signIn.hasUser() && Database.isEncrypted(location)) {
            Credentials who = signIn.credentials();
            try {
                return Database.open(location, false, who);
            } finally {
                who.wipe();
            }
        }
        return Database.open(location, false);
    }

    /** The {@code --user} options mixed into the same command, or null when it has none. */
    SignInOptions signInOptions() {
        if (command == null) {
            return null;
        }
        for (CommandSpec mixin : command.mixins().values()) {
            if (mixin.userObject() instanceof SignInOptions s) {
                return s;
            }
        }
        return null;
    }
}
