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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.Transactions;
import org.talentbench.security.Credentials;
import org.talentbench.security.DataKey;
import org.talentbench.security.KeyRing;
import org.talentbench.security.KeySlotFile;
import org.talentbench.security.KeySlots;
import org.talentbench.security.PasswordHasher;
import org.talentbench.common.UserFacingException;

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
    private static final String POSTGRES_MIGRATIONS = "classpath:db/migration/postgresql";
    /** The version of the newest migration this build carries (see {@link #schemaIsCurrent}). */
    static final String LATEST_MIGRATION = "071";
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    /** What H2 writes at the start of a file encrypted with {@code CIPHER=AES} (its FileEncrypt header). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private final DatabaseLocation location;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Path lastBackup;
    private final KeySlotFile keys;

    /** How long H2 may keep commits in memory during {@link #bulk}. */
    private static final int BULK_WRITE_DELAY_MS = 2_000;
    private final AtomicInteger bulkDepth = new AtomicInteger();

    private Database(DatabaseLocation location, JdbcConnectionPool pool, Path lastBackup, KeySlotFile keys) {
        this.location = location;
        this.pool = pool;
        this.keys = keys;
        this.dsl = location.kind() == DatabaseLocation.Kind.POSTGRES
                // the generated classes carry H2's upper-case names; PostgreSQL folds unquoted names to lower case
                ? DSL.using(pool, SQLDialect.POSTGRES, new Settings().withRenderNameCase(RenderNameCase.LOWER))
                : DSL.using(pool, SQLDialect.H2);
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
            return openPostgres(location);
        }
        return openH2(location, create, null);
    }

    /**
     * Opens the database, unlocking it with {@code who}'s key slot when the file is encrypted at rest; a plain file
     * or server database opens as {@link #open(DatabaseLocation, boolean)} does and {@code who} is left for the
     * normal sign-in. Nothing is written to an encrypted file before its key was unwrapped.
     *
     * @throws UserFacingException {@code error.auth.failed} when the login has no slot or the password does not
     *                             open it (the same answer for both); {@link DatabaseOpenException} {@code KEYS_MISSING}
     *                             when the sidecar key file is missing or damaged
     */
    public static Database open(DatabaseLocation location, boolean create, Credentials who) {
        if (who == null || !isEncrypted(location)) {
            return open(location, create);
        }
        KeySlots slots = readSlots(location);
        DataKey key = slots.unwrap(who.login(), who.password())
                .orElseThrow(() -> new UserFacingException("error.auth.failed", true, null));
        try {
            return openH2(location, false, new KeySlotFile(location.keyFile(), key, PasswordHasher.DEFAULT_COST));
        } catch (RuntimeException e) {
            key.destroy();
            throw e;
        }
    }

    /**
     * Creates a new database file encrypted at rest with a fresh random data key, whose only key slot belongs to
     * {@code admin}; the caller then creates that administrator's account with the same login and password. The key
     * file is written before the database, so no data is ever encrypted under a key that is not stored.
     *
     * @throws DatabaseOpenException {@code ALREADY_EXISTS} when a database or key file is already there
     */
    public static Database createEncrypted(DatabaseLocation location, Credentials admin, PasswordHasher.Cost cost) {
        if (location.kind() != DatabaseLocation.Kind.H2_FILE) {
            throw new IllegalArgumentException("only an H2 file can be encrypted: " + location.display());
        }
        if (Files.exists(location.dataFile()) || Files.exists(location.keyFile())) {
            throw new DatabaseOpenException(DatabaseProblem.ALREADY_EXISTS, location.display(), null, null);
        }
        checkFile(location, true);
        DataKey key = DataKey.generate();
        try {
            KeySlotFile.write(location.keyFile(),
                    KeySlots.empty().adding(KeySlots.wrap(admin.login(), admin.password(), key, cost)));
        } catch (IOException e) {
            key.destroy();
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(),
                    location.keyFile().getParent().toString(), e);
        }
        try {
            return openH2(location, true, new KeySlotFile(location.keyFile(), key, cost));
        } catch (RuntimeException e) {
            key.destroy();
            throw e;
        }
    }

    /**
     * Encrypts a closed plain H2 file with a new data key whose only slot is {@code admin}'s, after a timestamped
     * backup of the plain file ({@code before-encrypt}). The key file is written before the data file is converted
     * (H2's {@code ChangeFileEncryption}, which writes a new file and renames it over the old one).
     *
     * @return the backup made
     * @throws DatabaseOpenException {@code LOCKED} when the file is open elsewhere, {@code ENCRYPTED} when it already is
     */
    public static Path encryptFile(DatabaseLocation location, Credentials admin, PasswordHasher.Cost cost,
                                   String schemaVersion) {
        if (isEncrypted(location)) {
            throw new DatabaseOpenException(DatabaseProblem.ENCRYPTED, location.display(), null, null);
        }
        checkFile(location, false);
        Path backup = backupClosed(location, schemaVersion, "before-encrypt");
        DataKey key = DataKey.generate();
        char[] hex = key.filePassword();
        try {
            KeySlotFile.write(location.keyFile(),
                    KeySlots.empty().adding(KeySlots.wrap(admin.login(), admin.password(), key, cost)));
            changeFileEncryption(location, null, hex);
            LOG.info("encrypted {} (backup {})", location.display(), backup);
            return backup;
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(), e.getMessage(), e);
        } finally {
            Arrays.fill(hex, '\0');
            key.destroy();
        }
    }

    /**
     * Decrypts a closed encrypted H2 file with the data key {@code admin}'s slot unwraps, after a timestamped backup
     * of the encrypted file and its key file ({@code before-decrypt}); the key file is deleted afterwards.
     *
     * @return the backup made
     */
    public static Path decryptFile(DatabaseLocation location, Credentials admin, String schemaVersion) {
        if (!isEncrypted(location)) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_ENCRYPTED, location.display(), null, null);
        }
        DataKey key = readSlots(location).unwrap(admin.login(), admin.password())
                .orElseThrow(() -> new UserFacingException("error.auth.failed", true, null));
        char[] hex = key.filePassword();
        try {
            Path backup = backupClosed(location, schemaVersion, "before-decrypt");
            changeFileEncryption(location, hex, null);
            Files.deleteIfExists(location.keyFile());
            LOG.info("decrypted {} (backup {})", location.display(), backup);
            return backup;
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(), e.getMessage(), e);
        } finally {
            Arrays.fill(hex, '\0');
            key.destroy();
        }
    }

    private static Path backupClosed(DatabaseLocation location, String schemaVersion, String reason) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(location.dataFile(),
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new DatabaseOpenException(DatabaseProblem.LOCKED, location.display(), null, null);
            }
            lock.release();
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(), e.getMessage(), e);
        }
        Path target = BackupArchive.fileFor(location, LocalDateTime.now(), reason + "-v" + schemaVersion);
        try {
            BackupArchive.writeFromFile(location.dataFile(), schemaVersion, reason, target);
            return target;
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(),
                    target.getParent().toString(), e);
        }
    }

    private static void changeFileEncryption(DatabaseLocation location, char[] from, char[] to) throws IOException {
        try {
            org.h2.tools.ChangeFileEncryption.execute(location.file().getParent().toString(),
                    location.file().getFileName().toString(), "AES", from, to, true);
        } catch (SQLException e) {
            throw new IOException(firstLine(e.getMessage()), e);
        }
    }

    /** Whether the H2 file at {@code location} exists and is encrypted at rest (by its header; nothing is written). */
    public static boolean isEncrypted(DatabaseLocation location) {
        if (location.kind() != DatabaseLocation.Kind.H2_FILE || !Files.isRegularFile(location.dataFile())) {
            return false;
        }
        return startsWith(location.dataFile(), ENCRYPTED_HEADER);
    }

    static boolean startsWith(Path file, byte[] header) {
        byte[] head = new byte[header.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, header);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code head} starts like an encrypted H2 file; for checking backups. */
    static boolean isEncryptedHeader(byte[] head) {
        return head.length >= ENCRYPTED_HEADER.length
                && Arrays.equals(Arrays.copyOf(head, ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
    }

    static int headerLength() {
        return ENCRYPTED_HEADER.length;
    }

    private static KeySlots readSlots(DatabaseLocation location) {
        try {
            return KeySlotFile.read(location.keyFile());
        } catch (IOException e) {
            LOG.warn("cannot read the key file of {}: {}", location.display(), e.getMessage());
            throw new DatabaseOpenException(DatabaseProblem.KEYS_MISSING, location.display(),
                    location.keyFile().toString(), e);
        }
    }

    private static Database openH2(DatabaseLocation location, boolean create, KeySlotFile keys) {
        DataKey key = keys == null ? null : keys.key();
        boolean existed = false;
        if (location.kind() == DatabaseLocation.Kind.H2_FILE) {
            existed = checkFile(location, create, key != null);
        }
        Path backup = null;
        if (existed) {
            backup = inspectReadOnly(location, key);
        }
        JdbcConnectionPool pool = createPool(location, existed, false, key);
        try {
            if (existed && schemaIsCurrent(pool)) {
                return new Database(location, pool, null, keys);
            }
            MigrateResult result = flyway(pool, location).migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("migrated {} to schema {} ({} migrations)", location.display(), result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw new DatabaseOpenException(DatabaseProblem.MIGRATION_FAILED, location.display(),
                    e.getMessage(), e);
        }
        return new Database(location, pool, backup, keys);
    }

    /**
     * Looks at an existing file without writing to it: refuses a newer schema, and copies the file to a timestamped
     * backup when migrations are pending.
     *
     * @return the backup made, or null
     */
    private static Path inspectReadOnly(DatabaseLocation location, DataKey key) {
        JdbcConnectionPool readOnly = createPool(location, true, true, key);
        boolean pending;
        String current;
        try {
            if (schemaIsCurrent(readOnly)) {
                return null;
            }
            MigrationInfoService info = flyway(readOnly, location).info();
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

    /**
     * Opens a shared PostgreSQL database: the server must be reachable and the database exist; the schema is
     * migrated unless it comes from a newer TalentBench. No file backup is made: a server is backed up by its
     * administrator ({@code pg_dump}).
     */
    private static Database openPostgres(DatabaseLocation location) {
        PgConnectionInfo info = PgConnectionInfo.resolve(location);
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(info.jdbcUrl());
        source.setUser(info.user());
        if (info.password() != null) {
            source.setPassword(info.password());
        }
        source.setApplicationName("TalentBench");
        source.setConnectTimeout(10);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw translatePostgres(location, e);
        }
        try {
            Flyway flyway = flyway(pool, location);
            checkNotNewer(location, flyway.info());
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("migrated {} to schema {} ({} migrations)", location.display(), result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (DatabaseOpenException e) {
            pool.dispose();
            throw e;
        } catch (RuntimeException e) {
            pool.dispose();
            throw new DatabaseOpenException(DatabaseProblem.MIGRATION_FAILED, location.display(),
                    e.getMessage(), e);
        }
        return new Database(location, pool, null, null);
    }

    private static DatabaseOpenException translatePostgres(DatabaseLocation location, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        DatabaseProblem problem;
        if (state.startsWith("28")) {
            problem = DatabaseProblem.ACCESS_DENIED;
        } else if ("3D000".equals(state)) {
            problem = DatabaseProblem.NOT_FOUND;
        } else {
            problem = DatabaseProblem.UNREACHABLE;
        }
        LOG.warn("cannot open {}: {}", location.display(), e.getMessage(), e);
        return new DatabaseOpenException(problem, location.display(), firstLine(e.getMessage()), e);
    }

    /**
     * Whether the file's schema history says that every migration up to {@link #LATEST_MIGRATION}, and none after
     * it, was applied successfully. Then opening needs no Flyway at all, which saves about a second of class loading
     * and scanning at every start; in every other case (older, newer, failed, no history) the caller asks Flyway,
     * which migrates, refuses or reports as before. {@code MigrationsTest} checks the constant against the
     * migrations on the class path.
     */
    private static boolean schemaIsCurrent(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL")) {
            MigrationVersion newest = null;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                newest = newest == null || v.isNewerThan(newest) ? v : newest;
            }
            return newest != null && newest.equals(MigrationVersion.fromVersion(LATEST_MIGRATION));
        } catch (SQLException | RuntimeException e) {
            LOG.debug("no quick schema check; asking Flyway", e);
            return false;
        }
    }

    private static Flyway flyway(JdbcConnectionPool pool, DatabaseLocation location) {
        String[] locations = location.kind() == DatabaseLocation.Kind.POSTGRES
                ? new String[] {MIGRATIONS, POSTGRES_MIGRATIONS}
                : new String[] {MIGRATIONS};
        return Flyway.configure()
                .dataSource(pool)
                .locations(locations)
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

    private static boolean checkFile(DatabaseLocation location, boolean create) {
        return checkFile(location, create, false);
    }

    /** @return whether the file existed */
    private static boolean checkFile(DatabaseLocation location, boolean create, boolean haveKey) {
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
        checkHeader(location, haveKey);
        if (!isWritable(data) || !isWritable(data.getParent())) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(), null, null);
        }
        return true;
    }

    private static void checkHeader(DatabaseLocation location, boolean haveKey) {
        Path data = location.dataFile();
        byte[] head = new byte[ENCRYPTED_HEADER.length];
        try (InputStream in = Files.newInputStream(data)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n == head.length && isEncryptedHeader(head)) {
                if (!haveKey) {
                    throw new DatabaseOpenException(DatabaseProblem.ENCRYPTED, location.display(), null, null);
                }
                return;
            }
            if (haveKey) {
                throw new DatabaseOpenException(DatabaseProblem.NOT_ENCRYPTED, location.display(), null, null);
            }
            if (n < H2_HEADER.length || !Arrays.equals(Arrays.copyOf(head, H2_HEADER.length), H2_HEADER)) {
                throw new DatabaseOpenException(DatabaseProblem.NOT_H2, location.display(), null, null);
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(), e.getMessage(), e);
        }
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

    private static JdbcConnectionPool createPool(DatabaseLocation location, boolean mustExist, boolean readOnly,
                                                 DataKey key) {
        String url = location.jdbcUrl();
        String password = "";
        if (location.kind() == DatabaseLocation.Kind.H2_FILE) {
            // WRITE_DELAY=0: a commit is written to the file before it returns, so a killed process or a full disk
            // never loses a transaction that was reported committed (H2's default delays the write by 500 ms)
            // CACHE_SIZE: 64 MB of pages instead of H2's 16 MB, so that reading a large institute back (a million
            // outputs for scoring) does not read and decode the same pages again and again
            url += ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;CACHE_SIZE=65536" + (mustExist ? ";IFEXISTS=TRUE" : "")
                    + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
            if (key != null) {
                // H2 takes "<file password> <user password>"; the user password of the embedded file is empty
                url += ";CIPHER=AES";
                char[] hex = key.filePassword();
                password = new String(hex) + " ";
                Arrays.fill(hex, '\0');
            }
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password);
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
        } else if (code == ErrorCode.WRONG_USER_OR_PASSWORD || code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            // an encrypted file whose key slot opened but whose data does not: the key file belongs to another file
            problem = DatabaseProblem.KEYS_MISSING;
        } else {
            problem = DatabaseProblem.CORRUPT;
        }
        LOG.warn("cannot open {}: {}", location.display(), e.getMessage(), e);
        String detail = problem == DatabaseProblem.KEYS_MISSING ? String.valueOf(location.keyFile())
                : firstLine(e.getMessage());
        return new DatabaseOpenException(problem, location.display(), detail, e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Path backupFile(DatabaseLocation location, String fromVersion) {
        Path target = BackupArchive.fileFor(location, LocalDateTime.now(), "before-migration-v" + fromVersion);
        try {
            BackupArchive.writeFromFile(location.dataFile(), fromVersion, "before-migration", target);
            return target;
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY, location.display(), target.getParent().toString(),
                    e);
        }
    }

    /**
     * Checks an H2 file that is not open without writing to it: it must be an H2 file holding a TalentBench schema
     * no newer than this version.
     *
     * @return its schema version
     * @throws DatabaseOpenException NOT_FOUND, NOT_H2, CORRUPT or NEWER_VERSION
     */
    public static String inspect(DatabaseLocation location) {
        if (location.kind() != DatabaseLocation.Kind.H2_FILE) {
            throw new IllegalArgumentException("not an H2 file: " + location.display());
        }
        Path data = location.dataFile();
        if (!Files.isRegularFile(data)) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_FOUND, location.display(), null, null);
        }
        checkHeader(location, false);
        JdbcConnectionPool readOnly = createPool(location, true, true, null);
        try {
            MigrationInfoService info = flyway(readOnly, location).info();
            checkNotNewer(location, info);
            if (info.current() == null || info.applied().length == 0) {
                throw new DatabaseOpenException(DatabaseProblem.NOT_H2, location.display(), null, null);
            }
            return info.current().getVersion().toString();
        } catch (DatabaseOpenException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DatabaseOpenException(DatabaseProblem.CORRUPT, location.display(), e.getMessage(), e);
        } finally {
            readOnly.dispose();
        }
    }

    /** The newest schema version this TalentBench knows (its last migration). */
    public static String latestSchemaVersion() {
        JdbcConnectionPool probe = JdbcConnectionPool.create("jdbc:h2:mem:", "sa", "");
        try {
            MigrationInfo[] all = flyway(probe, DatabaseLocation.memory("probe")).info().all();
            return all[all.length - 1].getVersion().toString();
        } finally {
            probe.dispose();
        }
    }

    /** The schema version of this database (its last applied migration). */
    public String schemaVersion() {
        MigrationInfo current = flyway(pool, location).info().current();
        return current == null ? "0" : current.getVersion().toString();
    }

    /** Writes H2's online backup zip of this file database (consistent while others keep writing). */
    void backupTo(Path zip) {
        dsl.query("BACKUP TO {0}", DSL.inline(zip.toAbsolutePath().toString())).execute();
    }

    public DatabaseLocation location() {
        return location;
    }

    /** Whether this database is an H2 file encrypted at rest. */
    public boolean encrypted() {
        return keys != null;
    }

    /** The key slots of this database, through which account changes keep them current; {@link KeyRing#NONE} if plain. */
    public KeyRing keyRing() {
        return keys == null ? KeyRing.NONE : keys;
    }

    /** The backup made before this open migrated the file, if one was needed. */
    public Optional<Path> lastBackup() {
        return Optional.ofNullable(lastBackup);
    }

    /** The jOOQ context; for the store package and its tests only. */
    DSLContext dsl() {
        return dsl;
    }

    /**
     * {@inheritDoc}
     *
     * @throws DatabaseWriteException when the file system refuses the write (disk full, folder made read-only,
     *                                I/O error); nothing of this transaction is committed and earlier commits stay
     */
    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(new JooqRepositories(DSL.using(cfg))));
        } catch (RuntimeException e) {
            throw DatabaseWriteException.translate(location, e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>On an H2 file the database normally writes every commit to the file before the commit returns
     * ({@code WRITE_DELAY=0}), which rewrites every index page a commit touched: for a million outputs written in
     * batches that is several times the data written again and again. During a bulk write H2 may instead keep
     * commits in memory for up to {@value #BULK_WRITE_DELAY_MS} ms; when the work ends (normally or not) the delay
     * is set back to 0 and a {@code CHECKPOINT} writes everything committed to the file before this method returns.
     * A crash during the bulk write loses at most its own uncommitted or not yet reported work, which the callers
     * treat as not done (the demo deletes its file, an import is one transaction). Other commits made meanwhile
     * (another window on the same file) are durable when the bulk write ends. Nested calls share the outer one.
     */
    @Override
    public <T> T bulk(Supplier<T> work) {
        if (location.kind() != DatabaseLocation.Kind.H2_FILE) {
            return work.get();
        }
        boolean outer = bulkDepth.getAndIncrement() == 0;
        try {
            if (outer) {
                execute("SET WRITE_DELAY " + BULK_WRITE_DELAY_MS);
            }
            return work.get();
        } finally {
            bulkDepth.decrementAndGet();
            if (outer) {
                execute("SET WRITE_DELAY 0");
                execute("CHECKPOINT");
            }
        }
    }

    /**
     * What {@link #loadNew} drops before the load: the foreign keys (in H2 each has its own index) and the secondary
     * indexes of the output tables. The composite primary keys of the attribute and contributor tables stay: their
     * rows arrive in key order, and building them afterwards cost more than it saved.
     */
    private static final List<String> DEFERRED_DROP = List.of(
            "ALTER TABLE output_attribute DROP CONSTRAINT fk_output_attribute_output",
            "ALTER TABLE output_contributor DROP CONSTRAINT fk_output_contributor_output",
            "ALTER TABLE output_contributor DROP CONSTRAINT fk_output_contributor_researcher",
            "DROP INDEX ix_output_contributor_researcher",
            "DROP INDEX ix_output_doi",
            "DROP INDEX ix_output_external_id");

    /**
     * What {@link #loadNew} creates again, each exactly as the migrations leave it (same name, columns and action) and
     * in their order: V001's, except that the contributor's researcher key comes after its index, which it then uses
     * (V071). So H2 gives the indexes it makes for the keys the same names a migrated file has
     * ({@code DemoSchemaTest} compares the two schemas). The foreign keys are added without H2's own check of the
     * existing rows, which took longer than the whole load; {@link #ORPHANS} checks them instead.
     */
    private static final List<String> DEFERRED_CREATE = List.of(
            "ALTER TABLE output_attribute ADD CONSTRAINT fk_output_attribute_output FOREIGN KEY (output_id)"
                    + " REFERENCES output (id) ON DELETE CASCADE NOCHECK",
            "ALTER TABLE output_contributor ADD CONSTRAINT fk_output_contributor_output FOREIGN KEY (output_id)"
                    + " REFERENCES output (id) ON DELETE CASCADE NOCHECK",
            "CREATE INDEX ix_output_contributor_researcher ON output_contributor (researcher_id)",
            "ALTER TABLE output_contributor ADD CONSTRAINT fk_output_contributor_researcher FOREIGN KEY"
                    + " (researcher_id) REFERENCES researcher (id) ON DELETE CASCADE NOCHECK",
            "CREATE INDEX ix_output_doi ON output (doi)",
            "CREATE INDEX ix_output_external_id ON output (external_id)");

    /** Rows that would break the foreign keys {@link #loadNew} added unchecked: each query must count 0. */
    private static final List<String> ORPHANS = List.of(
            "SELECT COUNT(*) FROM output_attribute a WHERE NOT EXISTS (SELECT 1 FROM output o WHERE o.id = a.output_id)",
            "SELECT COUNT(*) FROM output_contributor c WHERE NOT EXISTS (SELECT 1 FROM output o WHERE o.id = c.output_id)",
            "SELECT COUNT(*) FROM output_contributor c WHERE NOT EXISTS"
                    + " (SELECT 1 FROM researcher r WHERE r.id = c.researcher_id)");

    /**
     * Fills a new, empty database in one go (the demo institute): a {@link #bulk} write during which the output
     * tables have no foreign keys and no secondary indexes. H2 otherwise updates up to four index maps per
     * contributor row, most of them at random places, each with an undo-log entry that the commit replays; built
     * afterwards, an index is sorted once and written without a transaction. The foreign keys are checked by one
     * query each ({@link #ORPHANS}), and a violation fails the load. Everything is created again only when
     * {@code work} succeeds: a failed or cancelled load leaves a database without them, which the caller must discard
     * (the demo deletes its file). On PostgreSQL this is {@link #bulk}.
     *
     * @throws IllegalStateException when the database already holds outputs, or the loaded rows break a key
     */
    public <T> T loadNew(Supplier<T> work) {
        if (location.kind() == DatabaseLocation.Kind.POSTGRES) {
            return bulk(work);
        }
        return bulk(() -> {
            if (dsl.fetchCount(org.talentbench.store.generated.Tables.OUTPUT) > 0) {
                throw new IllegalStateException("loadNew needs an empty database: " + location.display());
            }
            DEFERRED_DROP.forEach(this::execute);
            T result = work.get();
            long t0 = System.nanoTime();
            DEFERRED_CREATE.forEach(this::execute);
            long t1 = System.nanoTime();
            for (String orphans : ORPHANS) {
                Number n = (Number) dsl.fetchValue(orphans);
                if (n.longValue() != 0) {
                    throw new IllegalStateException(n + " rows break a foreign key: " + orphans);
                }
            }
            LOG.info("keys and indexes of {} built in {} ms, foreign keys checked in {} ms", location.display(),
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            return result;
        });
    }

    private void execute(String sql) {
        try (Connection c = pool.getConnection(); var st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw DatabaseWriteException.translate(location, new DataAccessException(sql, e));
        }
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
        if (keys != null) {
            keys.key().destroy();
        }
    }
}
