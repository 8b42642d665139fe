package org.talentbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentbench.core.researcher.Researcher;

/** Faults: a process killed while writing, and a data folder that cannot be written. */
class FaultTest {
    @TempDir
    Path dir;

    /**
     * With {@code bulk}, every batch runs inside {@link Database#bulk}, where H2 may hold commits in memory: a batch
     * confirmed after its bulk write returned must be on disk all the same.
     */
    @ParameterizedTest(name = "bulk write: {0}")
    @ValueSource(booleans = {false, true})
    void processKilledWhileWritingLeavesWholeBatchesAndLosesNothingCommitted(boolean bulk) throws Exception {
        Path base = dir.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WriterProcess.class.getName(), base.toString(), bulk ? "bulk" : "plain").redirectErrorStream(true)
                .start();
        int confirmed = 0;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    confirmed = Integer.parseInt(line.substring("committed ".length()).trim());
                    if (confirmed >= 4) {
                        break;
                    }
                }
            }
        } finally {
            writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(4, confirmed, "the writer never confirmed four batches");

        try (Database db = Database.open(DatabaseLocation.file(base), false)) {
            List<Researcher> all = db.read(r -> r.researchers().findAll());
            Map<String, Long> perBatch = all.stream().collect(Collectors.groupingBy(
                    r -> r.employeeNo().substring(0, r.employeeNo().indexOf('-')), TreeMap::new,
                    Collectors.counting()));
            assertTrue(all.size() >= confirmed * WriterProcess.BATCH, "committed batches lost: " + perBatch);
            perBatch.forEach((batch, n) -> assertEquals(WriterProcess.BATCH, n, "half a batch in " + batch));
            for (int b = 1; b <= confirmed; b++) {
                assertTrue(perBatch.containsKey("B" + b), "batch " + b + " was confirmed but is missing");
            }
            assertEquals(all.size(), (int) db.read(r -> r.outputs().count()));
            assertTrue(all.stream().allMatch(r -> r.breaks().size() == 1 && r.history().size() == 2));
            AuditChain.Report audit = AuditChain.verify(db);
            assertTrue(audit.intact(), audit.toString());
            assertEquals(all.size(), audit.rows());
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void newDatabaseInAReadOnlyFolderIsRefusedWithTheFolderNamed() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("readonly"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class,
                    () -> Database.open(DatabaseLocation.file(ro.resolve("inst"))));
            assertEquals(DatabaseProblem.READ_ONLY, e.problem());
            assertEquals(ro.toString(), e.args().get(1));
            try (var files = Files.list(ro)) {
                assertEquals(0, files.count());
            }
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void backupIntoAReadOnlyFolderFailsClearlyAndLeavesNoPartFile() throws IOException {
        DatabaseLocation loc = DatabaseLocation.file(dir.resolve("inst"));
        Path backups = Files.createDirectories(BackupArchive.directoryFor(loc));
        Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (Database db = Database.open(loc)) {
            db.inTransaction(r -> r.researchers().insert(StoreFixtures.researcher("JS1", "甲")));
            Path target = backups.resolve("x.zip");
            BackupException e = assertThrows(BackupException.class, () -> {
                if (!backups.toFile().canWrite() || isRoot()) {
                    // root ignores permission bits; a path under a regular file fails the same way for everyone
                    BackupArchive.write(db, loc.dataFile().resolve("x.zip"), "manual");
                } else {
                    BackupArchive.write(db, target, "manual");
                }
            });
            assertEquals(BackupProblem.WRITE_FAILED, e.problem());
            assertNotNull(e.args().get(1));
            assertEquals(1, (int) db.read(r -> r.researchers().count()));
        } finally {
            Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try (var files = Files.list(backups)) {
            assertFalse(files.findAny().isPresent());
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void fullDiskGivesAClearMessageAndKeepsEverythingCommitted() throws Exception {
        Path small = Files.createDirectory(dir.resolve("small"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", small.toString()) == 0,
                "mounting a small tmpfs needs root");
        try {
            DatabaseLocation loc = DatabaseLocation.file(small.resolve("inst"));
            int committed = 0;
            DatabaseWriteException failure = null;
            Database db = Database.open(loc);
            try {
                for (int b = 0; b < 1000 && failure == null; b++) {
                    int batch = b;
                    try {
                        db.inTransaction(r -> r.researchers().insertAll(java.util.stream.IntStream.range(0, 40)
                                .mapToObj(i -> StoreFixtures.researcher("F" + batch + "-" + i, "满" + batch))
                                .toList()));
                        committed += 40;
                    } catch (DatabaseWriteException e) {
                        failure = e;
                    }
                }
            } finally {
                try {
                    db.close();
                } catch (RuntimeException e) {
                    // the store already closed itself after the failed write
                }
            }
            assertNotNull(failure, "the disk never filled up");
            assertEquals(DatabaseProblem.DISK_FULL, failure.problem());
            assertEquals(loc.display(), failure.args().get(0));
            assertTrue(committed > 0);

            Path copy = dir.resolve("copy.mv.db");
            Files.copy(loc.dataFile(), copy);
            try (Database again = Database.open(DatabaseLocation.file(copy), false)) {
                assertEquals(committed, (int) again.read(r -> r.researchers().count()));
            }
        } finally {
            run("umount", "-l", small.toString());
        }
    }

    private static int run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
