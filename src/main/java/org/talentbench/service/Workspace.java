package org.talentbench.service;

import java.nio.file.Files;
import java.nio.file.Path;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * One open institute database and the application services over it; what a main window works on. Closing the
 * workspace closes the database.
 */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private final ResearcherService researchers;
    private final TechnologyService technologies;
    private final TechnologyExports technologyExports;

    public Workspace(Database database) {
        this.database = database;
        this.researchers = new ResearcherService(database);
        this.technologies = new TechnologyService(database);
        this.technologyExports = new TechnologyExports(database);
    }

    public static Workspace open(DatabaseLocation location, boolean create) {
        return new Workspace(Database.open(location, create));
    }

    /** Opens the H2 database file at {@code file} ({@code name} or {@code name.mv.db}). */
    public static Workspace open(Path file, boolean create) {
        return open(DatabaseLocation.file(file), create);
    }

    /** Whether an H2 database file exists for {@code file} ({@code name} or {@code name.mv.db}). */
    public static boolean exists(Path file) {
        return Files.exists(DatabaseLocation.file(file).dataFile());
    }

    /** How a database file is named to the user: the full path of its {@code .mv.db} file. */
    public static String display(Path file) {
        return DatabaseLocation.file(file).display();
    }

    /** The base path of the database (without {@code .mv.db}), as remembered in settings. */
    public Path file() {
        return database.location().file();
    }

    /** The database as named to the user. */
    public String display() {
        return database.location().display();
    }

    public ResearcherService researchers() {
        return researchers;
    }

    public TechnologyService technologies() {
        return technologies;
    }

    public TechnologyExports technologyExports() {
        return technologyExports;
    }

    @Override
    public void close() {
        database.close();
    }
}
