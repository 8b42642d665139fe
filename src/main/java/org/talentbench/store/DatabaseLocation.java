package org.talentbench.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a TalentBench database lives: an embedded H2 file (given as {@code /dir/name} or {@code /dir/name.mv.db}),
 * an in-memory H2 database (tests), or a PostgreSQL server ({@code postgresql://host[:port]/db[?user=..&...]}).
 * The {@code display} form never carries a password, so it can be shown and logged.
 */
public record DatabaseLocation(Kind kind, Path file, String jdbcUrl, String display) {
    public enum Kind { H2_FILE, H2_MEMORY, POSTGRES }

    public static final String H2_SUFFIX = ".mv.db";

    /** Parses what a user types after {@code --db}. */
    public static DatabaseLocation parse(String text) {
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")
                || lower.startsWith("jdbc:postgresql://")) {
            return postgres(t);
        }
        return file(Path.of(t));
    }

    /** A PostgreSQL server database; accepts {@code postgresql://}, {@code postgres://} and {@code jdbc:postgresql://}. */
    public static DatabaseLocation postgres(String url) {
        String t = url.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("jdbc:postgresql://")) {
            rest = t.substring("jdbc:postgresql://".length());
        } else if (lower.startsWith("postgresql://")) {
            rest = t.substring("postgresql://".length());
        } else if (lower.startsWith("postgres://")) {
            rest = t.substring("postgres://".length());
        } else {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + t);
        }
        String jdbc = "jdbc:postgresql://" + rest;
        return new DatabaseLocation(Kind.POSTGRES, null, jdbc, "postgresql://" + PgConnectionInfo.withoutPassword(rest));
    }

    public static DatabaseLocation file(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        if (name.endsWith(H2_SUFFIX)) {
            abs = abs.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
        }
        return new DatabaseLocation(Kind.H2_FILE, abs, "jdbc:h2:file:" + abs, abs + H2_SUFFIX);
    }

    /** A private in-memory database that lives as long as the returned {@link Database} is open. */
    public static DatabaseLocation memory(String name) {
        return new DatabaseLocation(Kind.H2_MEMORY, null, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "mem:" + name);
    }

    /** The H2 data file ({@code name.mv.db}); null unless this is an H2 file location. */
    public Path dataFile() {
        return file == null ? null : file.resolveSibling(file.getFileName() + H2_SUFFIX);
    }

    /**
     * The key slots of an encrypted H2 file ({@code name.keys.json} beside {@code name.mv.db}); null unless this is
     * an H2 file location.
     */
    public Path keyFile() {
        return file == null ? null : org.talentbench.security.KeySlotFile.beside(file);
    }

    /** Whether this is a shared server database (several users at once) rather than a file of one user. */
    public boolean isShared() {
        return kind == Kind.POSTGRES;
    }
}
