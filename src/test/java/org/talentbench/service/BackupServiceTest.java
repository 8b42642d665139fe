package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.demo.DemoSpec;
import org.talentbench.store.BackupArchive;
import org.talentbench.store.BackupException;
import org.talentbench.store.BackupProblem;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

class BackupServiceTest {
    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private DatabaseLocation demo(String name, int researchers) {
        DatabaseLocation loc = DatabaseLocation.file(dir.resolve(name));
        DemoService.create(loc, new DemoSpec(researchers, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
        return loc;
    }

    private static List<String> employeeNumbers(DatabaseLocation loc) {
        try (Database db = Database.open(loc, false)) {
            return db.read(r -> r.researchers().findAll().stream().map(Researcher::employeeNo).toList());
        }
    }

    @Test
    void backupOfAnOpenDatabaseRestoresIntoANewFileWithTheSameResearchers() {
        DatabaseLocation source = demo("inst", 6);
        List<String> before = employeeNumbers(source);
        BackupService service = new BackupService();
        Path zip;
        try (Database db = Database.open(source, false)) {
            zip = service.backup(db, BackupService.MANUAL);
        }
        BackupArchive.Manifest m = BackupArchive.verify(zip);
        assertEquals(Database.latestSchemaVersion(), m.schemaVersion());
        assertEquals("inst.mv.db", m.databaseEntry());
        assertEquals(64, m.sha256().length());
        assertEquals(dir.resolve("backups"), zip.getParent());

        DatabaseLocation copy = DatabaseLocation.file(dir.resolve("copy"));
        BackupService.Restored r = service.restore(zip, copy, false);
        assertTrue(r.previous().isEmpty());
        assertEquals(6, before.size());
        assertEquals(before, employeeNumbers(copy));
    }

    @Test
    void onlyTheNewestBackupsAreKeptButThoseBeforeAMigrationStay() throws IOException {
        DatabaseLocation loc = demo("keep", 2);
        ManualClock clock = new ManualClock();
        BackupService service = new BackupService(3, clock);
        Path migration = BackupArchive.fileFor(loc, LocalDateTime.of(2020, 1, 1, 0, 0), "before-migration-v001");
        Files.createDirectories(migration.getParent());
        Files.copy(loc.dataFile(), migration);
        Path newest = null;
        try (Database db = Database.open(loc, false)) {
            for (int i = 0; i < 5; i++) {
                newest = service.backup(db, BackupService.MANUAL);
                clock.advance(Duration.ofMinutes(1));
            }
        }
        List<BackupArchive.Listed> left = service.list(loc);
        assertEquals(4, left.size(), left.toString());
        assertEquals(newest, left.get(0).path());
        assertEquals(LocalDateTime.of(2026, 3, 1, 8, 2), left.get(2).time());
        assertTrue(Files.exists(migration));
    }

    @Test
    void scheduledBackupIsMadeOnlyWhenTheNewestIsOlderThanTheInterval() {
        DatabaseLocation loc = demo("daily", 2);
        ManualClock clock = new ManualClock();
        BackupService service = new BackupService(10, clock);
        try (Database db = Database.open(loc, false)) {
            assertTrue(service.backupIfDue(db, Duration.ofDays(1)).isPresent());
            clock.advance(Duration.ofHours(23));
            assertTrue(service.backupIfDue(db, Duration.ofDays(1)).isEmpty());
            clock.advance(Duration.ofHours(2));
            Path second = service.backupIfDue(db, Duration.ofDays(1)).orElseThrow();
            assertTrue(second.getFileName().toString().endsWith("-scheduled.zip"), second.toString());
        }
        assertEquals(2, service.list(loc).size());
    }

    @Test
    void existingDatabaseIsReplacedOnlyWithForceAndIsBackedUpFirst() throws IOException {
        DatabaseLocation small = demo("small", 2);
        DatabaseLocation target = demo("target", 4);
        BackupService service = new BackupService();
        Path zip;
        try (Database db = Database.open(small, false)) {
            zip = service.backup(db, BackupService.MANUAL);
        }
        byte[] targetBefore = Files.readAllBytes(target.dataFile());
        BackupException e = assertThrows(BackupException.class, () -> service.restore(zip, target, false));
        assertEquals(BackupProblem.TARGET_EXISTS, e.problem());
        assertArrayEquals(targetBefore, Files.readAllBytes(target.dataFile()));

        BackupService.Restored r = service.restore(zip, target, true);
        assertEquals(employeeNumbers(small), employeeNumbers(target));
        Path kept = r.previous().orElseThrow();
        assertTrue(kept.getFileName().toString().startsWith("target-"), kept.toString());
        BackupArchive.Manifest m = BackupArchive.verify(kept);
        Path old = dir.resolve("old.mv.db");
        BackupArchive.extractTo(kept, m, old);
        assertArrayEquals(targetBefore, Files.readAllBytes(old));
    }

    @Test
    void databaseOpenElsewhereIsNotReplaced() throws IOException {
        DatabaseLocation target = demo("busy", 2);
        BackupService service = new BackupService();
        try (Database db = Database.open(target, false)) {
            Path zip = service.backup(db, BackupService.MANUAL);
            long size = Files.size(target.dataFile());
            BackupException e = assertThrows(BackupException.class, () -> service.restore(zip, target, true));
            assertEquals(BackupProblem.TARGET_IN_USE, e.problem());
            assertEquals(size, Files.size(target.dataFile()));
            assertEquals(3, (int) db.read(r -> r.researchers().count()) + 1);
        }
    }

    @Test
    void fileThatIsNotAZipIsRefusedAndTheTargetIsUntouched() throws IOException {
        DatabaseLocation target = demo("t1", 2);
        byte[] before = Files.readAllBytes(target.dataFile());
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "这不是备份 not a backup", StandardCharsets.UTF_8);
        BackupException e = assertThrows(BackupException.class,
                () -> new BackupService().restore(junk, target, true));
        assertEquals(BackupProblem.NOT_A_BACKUP, e.problem());
        assertArrayEquals(before, Files.readAllBytes(target.dataFile()));
        assertEquals(0, new BackupService().list(target).size());
    }

    @Test
    void zipWithoutManifestIsRefused() throws IOException {
        Path zip = dir.resolve("plain.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("x.mv.db"));
            z.write("H:2,".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        BackupException e = assertThrows(BackupException.class,
                () -> new BackupService().restore(zip, DatabaseLocation.file(dir.resolve("n")), false));
        assertEquals(BackupProblem.NOT_A_BACKUP, e.problem());
        assertFalse(Files.exists(dir.resolve("n.mv.db")));
    }

    @Test
    void changedDatabaseEntryFailsTheChecksumAndNothingIsReplaced() throws IOException {
        DatabaseLocation source = demo("src", 2);
        DatabaseLocation target = demo("t2", 3);
        Path zip;
        try (Database db = Database.open(source, false)) {
            zip = new BackupService().backup(db, BackupService.MANUAL);
        }
        Path tampered = rewrite(zip, dir.resolve("tampered.zip"), (name, bytes) -> {
            if (name.endsWith(".mv.db")) {
                bytes[bytes.length / 2] ^= 0x01;
            }
            return bytes;
        });
        byte[] before = Files.readAllBytes(target.dataFile());
        BackupException e = assertThrows(BackupException.class,
                () -> new BackupService().restore(tampered, target, true));
        assertEquals(BackupProblem.CHECKSUM, e.problem());
        assertArrayEquals(before, Files.readAllBytes(target.dataFile()));
    }

    @Test
    void backupFromANewerTalentBenchIsRefused() throws Exception {
        DatabaseLocation source = demo("future", 2);
        Path zip;
        try (Database db = Database.open(source, false)) {
            zip = new BackupService().backup(db, BackupService.MANUAL);
        }
        Path claimed = rewrite(zip, dir.resolve("claimed.zip"), (name, bytes) -> name.equals(BackupArchive.MANIFEST)
                ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"schemaVersion\" : \"[^\"]*\"",
                        "\"schemaVersion\" : \"999\"").getBytes(StandardCharsets.UTF_8)
                : bytes);
        DatabaseLocation target = DatabaseLocation.file(dir.resolve("n1"));
        BackupException e = assertThrows(BackupException.class,
                () -> new BackupService().restore(claimed, target, false));
        assertEquals(BackupProblem.NEWER_SCHEMA, e.problem());
        assertEquals("999", e.args().get(1));

        // a manifest that hides the newer schema: the database inside still tells
        try (Connection c = DriverManager.getConnection(source.jdbcUrl(), "sa", "")) {
            c.createStatement().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\","
                    + " \"success\") VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'sa', 1, TRUE)");
        }
        Path hidden = dir.resolve("hidden.zip");
        try (InputStream in = Files.newInputStream(source.dataFile())) {
            BackupArchive.writeClosed(in, source, "1", "manual", hidden);
        }
        e = assertThrows(BackupException.class, () -> new BackupService().restore(hidden, target, false));
        assertEquals(BackupProblem.NEWER_SCHEMA, e.problem());
        assertFalse(Files.exists(target.dataFile()));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".restore-")));
        }
    }

    interface EntryEdit {
        byte[] apply(String name, byte[] bytes);
    }

    private static Path rewrite(Path zip, Path out, EntryEdit edit) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile()); OutputStream os = Files.newOutputStream(out);
             ZipOutputStream z = new ZipOutputStream(os)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream is = in.getInputStream(e)) {
                    bytes = is.readAllBytes();
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(edit.apply(e.getName(), bytes));
                z.closeEntry();
            }
        }
        return out;
    }
}
