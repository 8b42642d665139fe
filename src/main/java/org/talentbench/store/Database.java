package org.talentbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.Transactions;

/**
 * An open TalentBench database: checks the file, backs it up before any migration, migrates it with Flyway and
 * serves jOOQ-backed repositories in transactions.
 *
 * <p>Opening never changes a file it refuses: a file that is not H2, is corrupt, comes from a newer TalentBench, is
 * read-only or is open in another TalentBench process gives a {@link DatabaseOpenException} naming the file.
 * Thread-safe: each transaction takes its own pooled connection.
 */
public final class Database implements Transactions, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String MIGRATIONS = "classpath:db/migration/common";
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DatabaseLocation location;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Path lastBackup;

    private Database(DatabaseLocation location, JdbcConnectionPool pool, Path lastBackup) {
        this.location = location;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.lastBackup = lastBackup;
    }

    /** Opens (creating when absent) the database at {@code location} and migrates it to the current schema. */
    public static Database open(DatabaseLocation location) {
        return open(location, true);
    }

    /**
     * Opens the database; when {@code create} is false a missing file is an error instead of a new database.
     */
    public static Database open(DatabaseLocation location, boolean create) {
        if (location.kind() == DatabaseLocation.Kind.POSTGRES) {
            throw new DatabaseOpenException(DatabaseProblem.UNREACHABLE, location.display(),
                    "PostgreSQL mode is not available in this version", null);
        }
        boolean existed = false;
        if (location.kind() == DatabaseLocation.Kind.H2_FILE) {
            existed = checkFile(location, create);
        }
        Path backup = null;
        if (existed) {
            backup = inspectReadOnly(location);
        }
        JdbcConnectionPool pool = createPool(location, existed, false);
        try {
            MigrateResult result = flyway(pool).migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("migrated {} to schema {} ({} migrations)", location.display(), result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw new DatabaseOpenException(DatabaseProblem.MIGRATION_FAILED, location.display(),
                    e.getMessage(), e);
        }
        return new Database(location, pool, backup);
    }

    /**
     * Looks at an existing file without writing to it: refuses a newer schema, and copies the file to a timestamped
     * backup when migrations are pending.
     *
     * @return the backup made, or null
     */
    private static Path inspectReadOnly(DatabaseLocation location) {
        JdbcConnectionPool readOnly = createPool(location, true, true);
        boolean pending;
        String current;
        try {
            MigrationInfoService info = flyway(readOnly).info();
            checkNotNewer(location, info);
            pending = info.pending().length > 0 && info.applied().length > 0;
            current = info.current() == null ? "0" : info.current().getVersion().toString();
        } catch (DatabaseOpenException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DatabaseOpenException(DatabaseProblem.CORRUPT, location.display(), e.getMessage(), e);
        } finally {
            readOnly.dispose();
        }
        return pending ? backupFile(location, current) : null;
    }

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure()
                .dataSource(pool)
                .locations(MIGRATIONS)
                .validateMigrationNaming(true)
                .load();
    }

    private static void checkNotNewer(DatabaseLocation location, MigrationInfoService info) {
        for (MigrationInfo applied : info.applied()) {
            if (applied.getState() == MigrationState.FUTURE_SUCCESS
                    || applied.getState() == MigrationState.FUTURE_FAILED) {
                MigrationVersion newest = info.current() == null ? applied.getVersion() : info.current().getVersion();
                throw new DatabaseOpenException(DatabaseProblem.NEWER_VERSION, location.display(),
                        String.valueOf(newest), null);
            }
        }
    }

    /** @return whether the file existed */
    private static boolean checkFile(DatabaseLocation location, boolean create) {
        Path data = location.dataFile();
        if (!Files.exists(data)) {
            if (!create) {
                throw new DatabaseOpenException(DatabaseProblem.NOT_FOUND, location.display(), null, null);
            }
            Path dir = data.getParent();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(), dir.toString(), e);
            }
            if (!isWritable(dir)) {
                throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(), dir.toString(), null);
            }
            return false;
        }
        if (Files.isDirectory(data)) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_H2, location.display(), null, null);
        }
        byte[] head = new byte[H2_HEADER.length];
        try (InputStream in = Files.newInputStream(data)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || !Arrays.equals(head, H2_HEADER)) {
                throw new DatabaseOpenException(DatabaseProblem.NOT_H2, location.display(), null, null);
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(), e.getMessage(), e);
        }
        if (!isWritable(data) || !isWritable(data.getParent())) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(), null, null);
        }
        return true;
    }

    /** Files.isWritable is always true for root, so the owner's write bit is checked too where POSIX applies. */
    private static boolean isWritable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
            return perms.contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }

    private static JdbcConnectionPool createPool(DatabaseLocation location, boolean mustExist, boolean readOnly) {
        String url = location.jdbcUrl();
        if (location.kind() == DatabaseLocation.Kind.H2_FILE) {
            url += ";DB_CLOSE_ON_EXIT=FALSE" + (mustExist ? ";IFEXISTS=TRUE" : "")
                    + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(location, e);
        }
        return pool;
    }

    private static DatabaseOpenException translate(DatabaseLocation location, SQLException e) {
        int code = e.getErrorCode();
        DatabaseProblem problem;
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            problem = DatabaseProblem.LOCKED;
        } else if (code == ErrorCode.FILE_VERSION_ERROR_1) {
            problem = DatabaseProblem.NOT_H2;
        } else if (code == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 || code == ErrorCode.DATABASE_NOT_FOUND_1) {
            problem = DatabaseProblem.NOT_FOUND;
        } else if (code == ErrorCode.WRONG_USER_OR_PASSWORD) {
            problem = DatabaseProblem.CORRUPT;
        } else {
            problem = DatabaseProblem.CORRUPT;
        }
        LOG.warn("cannot open {}: {}", location.display(), e.getMessage(), e);
        return new DatabaseOpenException(problem, location.display(), firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Path backupFile(DatabaseLocation location, String fromVersion) {
        Path data = location.dataFile();
        Path dir = data.resolveSibling("backups");
        String base = location.file().getFileName().toString();
        Path target = dir.resolve(base + "-before-migration-v" + fromVersion + "-"
                + LocalDateTime.now().format(STAMP) + DatabaseLocation.H2_SUFFIX);
        try {
            Files.createDirectories(dir);
            Files.copy(data, target);
            LOG.info("backed up {} to {} before migrating", data, target);
            return target;
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(), dir.toString(), e);
        }
    }

    public DatabaseLocation location() {
        return location;
    }

    /** The backup made before this open migrated the file, if one was needed. */
    public Optional<Path> lastBackup() {
        return Optional.ofNullable(lastBackup);
    }

    /** The jOOQ context; for the store package and its tests only. */
    DSLContext dsl() {
        return dsl;
    }

    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
        return dsl.transactionResult(cfg -> work.apply(new JooqRepositories(DSL.using(cfg))));
    }

    @Override
    public void close() {
        if (location.kind() == DatabaseLocation.Kind.H2_MEMORY) {
            try (Connection c = pool.getConnection(); var st = c.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.debug("in-memory database {} already closed", location.display(), e);
            }
        }
        pool.dispose();
    }
}
