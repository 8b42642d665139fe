package org.talentbench.cli;

import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option shared by the commands that work on a database. */
public final class DatabaseOption {
    @Option(names = "--db", required = true, paramLabel = "PATH",
            description = "Database file (name or name.mv.db) or postgresql://host/db.")
    String db;

    public DatabaseLocation location() {
        if (db == null || db.isBlank()) {
            throw new UsageException("--db PATH");
        }
        return DatabaseLocation.parse(db);
    }

    /** Opens an existing database (a missing file is bad input, not a new database). */
    public Database openExisting() {
        return Database.open(location(), false);
    }
}
