package org.talentbench.service;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.store.BackupArchive;
import org.talentbench.store.BackupException;
import org.talentbench.store.BackupProblem;
import org.talentbench.security.KeySlotFile;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;
import org.talentbench.store.DatabaseOpenException;
import org.talentbench.store.DatabaseProblem;

/**
 * Backups of an H2 institute database and restores from them. A backup is a zip with the database and a manifest
 * (see {@link BackupArchive}) in the {@code backups} folder beside the database; the newest {@code keep} backups are
 * kept, except those made before a migration, which are never pruned. A restore checks the whole file — structure,
 * checksum, that it holds a TalentBench schema no newer than this version — before it replaces anything, and keeps
 * the replaced database as a backup. A PostgreSQL database is backed up by its server's administrator instead.
 * Stateless apart from its settings; safe to share.
 */
public final class BackupService {
    public static final int DEFAULT_KEEP = 10;
    public static final Duration DEFAULT_INTERVAL = Duration.ofDays(1);
    public static final String MANUAL = "manual";
    public static final String SCHEDULED = "scheduled";
    public static final String BEFORE_RESTORE = "before-restore";
    private static final String BEFORE_MIGRATION = "before-migration";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final int keep;
    private final Clock clock;

    /** What a restore did. */
    public record Restored(BackupArchive.Manifest manifest, DatabaseLocation target, Optional<Path> previous) {
    }

    public BackupService() {
        this(DEFAULT_KEEP, Clock.systemDefaultZone());
    }

    public BackupService(int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1: " + keep);
        }
        this.keep = keep;
        this.clock = clock;
    }

    /** Backs up {@code db} to the backup folder beside it and prunes old backups. */
    public Path backup(Database db, String reason) {
        Path target = BackupArchive.fileFor(db.location(), LocalDateTime.now(clock), reason);
        BackupArchive.write(db, target, reason);
        prune(db.location());
        return target;
    }

    /** Backs up {@code db} to a file of the user's choice (not pruned). */
    public BackupArchive.Manifest backupTo(Database db, Path zip) {
        return BackupArchive.write(db, zip, MANUAL);
    }

    /**
     * The scheduled backup: backs up when the newest backup of any kind is older than {@code interval}, or there is
     * none. Called when a database is opened in the app, so a user who works daily gets one backup a day.
     *
     * @return the backup made, if one was due
     */
    public Optional<Path> backupIfDue(Database db, Duration interval) {
        if (db.location().kind() != DatabaseLocation.Kind.H2_FILE) {
            return Optional.empty();
        }
        List<BackupArchive.Listed> existing = BackupArchive.list(db.location());
        LocalDateTime now = LocalDateTime.now(clock);
        if (!existing.isEmpty() && existing.get(0).time().plus(interval).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(backup(db, SCHEDULED));
    }

    /** The backups of a database, newest first. */
    public List<BackupArchive.Listed> list(DatabaseLocation location) {
        return location.kind() == DatabaseLocation.Kind.H2_FILE ? BackupArchive.list(location) : List.of();
    }

    /** Deletes all but the newest {@code keep} backups (backups made before a migration are kept). */
    void prune(DatabaseLocation location) {
        List<BackupArchive.Listed> prunable = BackupArchive.list(location).stream()
                .filter(b -> !b.reason().startsWith(BEFORE_MIGRATION))
                .toList();
        for (BackupArchive.Listed old : prunable.subList(Math.min(keep, prunable.size()), prunable.size())) {
            try {
                Files.deleteIfExists(old.path());
                LOG.info("pruned old backup {}", old.path());
            } catch (IOException e) {
                LOG.warn("cannot delete old backup {}", old.path(), e);
            }
        }
    }

    /**
     * Replaces the H2 database at {@code target} with the one in {@code zip}. Nothing is changed unless the backup
     * passes every check; an existing database is replaced only with {@code force}, must not be open anywhere, and
     * is first backed up.
     *
     * @throws BackupException what is wrong with the file or the target; the target is untouched
     */
    public Restored restore(Path zip, DatabaseLocation target, boolean force) {
        if (target.kind() != DatabaseLocation.Kind.H2_FILE) {
            throw new BackupException(BackupProblem.SHARED, target.display(), "");
        }
        BackupArchive.Manifest manifest = BackupArchive.verify(zip);
        String latest = Database.latestSchemaVersion();
        if (isNewer(manifest.schemaVersion(), latest)) {
            throw new BackupException(BackupProblem.NEWER_SCHEMA, zip.toString(), manifest.schemaVersion());
        }
        Path data = target.dataFile();
        boolean exists = Files.exists(data);
        if (exists && !force) {
            throw new BackupException(BackupProblem.TARGET_EXISTS, target.display(), "");
        }
        Path dir = data.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.WRITE_FAILED, dir.toString(), e.getMessage(), e);
        }
        DatabaseLocation staging = DatabaseLocation.file(dir.resolve(".restore-" + UUID.randomUUID()));
        try {
            boolean hasKeys;
            try {
                BackupArchive.extractTo(zip, manifest, staging.dataFile());
                hasKeys = BackupArchive.extractKeysTo(zip, manifest, staging.keyFile());
            } catch (IOException e) {
                throw new BackupException(BackupProblem.WRITE_FAILED, dir.toString(), e.getMessage(), e);
            }
            checkContents(zip, staging, hasKeys);
            Optional<Path> previous = Optional.empty();
            if (exists) {
                previous = Optional.of(backupReplaced(target));
            }
            try {
                // the key slots go first: a crash between the two moves leaves the old file with new slots, which
                // the "before-restore" backup made above still holds together with the old slots
                if (hasKeys) {
                    Files.move(staging.keyFile(), target.keyFile(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(staging.dataFile(), data, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                if (!hasKeys) {
                    Files.deleteIfExists(target.keyFile());
                }
            } catch (IOException e) {
                throw new BackupException(BackupProblem.WRITE_FAILED, target.display(), e.getMessage(), e);
            }
            LOG.info("restored {} from {} (schema {}, made {})", target.display(), zip, manifest.schemaVersion(),
                    manifest.createdAt());
            return new Restored(manifest, target, previous);
        } finally {
            try {
                Files.deleteIfExists(staging.dataFile());
                Files.deleteIfExists(staging.keyFile());
                Files.deleteIfExists(staging.file().resolveSibling(staging.file().getFileName() + ".trace.db"));
            } catch (IOException e) {
                LOG.warn("cannot remove restore staging file {}", staging.dataFile(), e);
            }
        }
    }

    /**
     * The extracted database must open read-only as a TalentBench schema no newer than this version. An encrypted
     * one cannot be opened without a login: its header, its checksum (already checked) and its key file must do.
     */
    private static void checkContents(Path zip, DatabaseLocation staging, boolean hasKeys) {
        if (hasKeys) {
            try {
                KeySlotFile.read(staging.keyFile());
            } catch (IOException e) {
                throw new BackupException(BackupProblem.NOT_A_BACKUP, zip.toString(), "keys", e);
            }
            if (!Database.isEncrypted(staging)) {
                throw new BackupException(BackupProblem.NOT_A_BACKUP, zip.toString(), "not encrypted");
            }
            return;
        }
        try {
            Database.inspect(staging);
        } catch (DatabaseOpenException e) {
            if (e.problem() == DatabaseProblem.NEWER_VERSION) {
                throw new BackupException(BackupProblem.NEWER_SCHEMA, zip.toString(), String.valueOf(e.args().get(1)),
                        e);
            }
            throw new BackupException(BackupProblem.NOT_A_BACKUP, zip.toString(), e.problem().name(), e);
        }
    }

    /**
     * Backs up the database a restore is about to replace. It is read through a channel holding the same file lock
     * H2 takes while a database is open, so it cannot be open elsewhere while it is copied.
     */
    private Path backupReplaced(DatabaseLocation target) {
        String version;
        try {
            version = Database.inspect(target);
        } catch (DatabaseOpenException e) {
            if (e.problem() == DatabaseProblem.LOCKED) {
                throw new BackupException(BackupProblem.TARGET_IN_USE, target.display(), "", e);
            }
            version = "unknown";
        }
        Path zip = BackupArchive.fileFor(target, LocalDateTime.now(clock), BEFORE_RESTORE);
        Path keys = Database.isEncrypted(target) && Files.exists(target.keyFile()) ? target.keyFile() : null;
        try (FileChannel channel = FileChannel.open(target.dataFile(), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new BackupException(BackupProblem.TARGET_IN_USE, target.display(), "");
            }
            BackupArchive.writeClosed(Channels.newInputStream(channel.position(0)), target, version, BEFORE_RESTORE,
                    zip, keys);
            lock.release();
            return zip;
        } catch (IOException e) {
            throw new BackupException(BackupProblem.WRITE_FAILED, zip.toString(), e.getMessage(), e);
        }
    }

    static boolean isNewer(String version, String latest) {
        try {
            return MigrationVersion.fromVersion(version).isNewerThan(latest);
        } catch (RuntimeException e) {
            return true;
        }
    }
}
