package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {
    @TempDir
    Path dir;

    @Test
    void backupToAFileThenRestoreIntoANewDatabaseGivesTheSameResearchers() {
        Path db = dir.resolve("inst");
        assertEquals(0, CliRunner.run("demo", "--db", db.toString(), "--researchers", "5").exitCode());
        Path zip = dir.resolve("out.zip");
        CliRunner backup = CliRunner.run("backup", "--db", db.toString(), "--out", zip.toString(), "--lang", "en");
        assertEquals(0, backup.exitCode(), backup.err());
        assertTrue(backup.out().startsWith("Backed up to " + zip), backup.out());

        Path copy = dir.resolve("copy");
        CliRunner restore = CliRunner.run("restore", "--db", copy.toString(), "--from", zip.toString(), "--lang", "en");
        assertEquals(0, restore.exitCode(), restore.err());
        assertEquals(CliRunner.run("researchers", "--db", db.toString(), "--format", "csv").out(),
                CliRunner.run("researchers", "--db", copy.toString(), "--format", "csv").out());
    }

    @Test
    void backupWithoutOutGoesToTheBackupsFolderBesideTheDatabase() throws Exception {
        Path db = dir.resolve("inst");
        assertEquals(0, CliRunner.run("demo", "--db", db.toString(), "--researchers", "2").exitCode());
        CliRunner backup = CliRunner.run("backup", "--db", db.toString(), "--lang", "zh");
        assertEquals(0, backup.exitCode(), backup.err());
        assertTrue(backup.out().startsWith("已备份到 " + dir.resolve("backups").resolve("inst-")), backup.out());
        try (var files = Files.list(dir.resolve("backups"))) {
            assertEquals(1, files.filter(p -> p.toString().endsWith("-manual.zip")).count());
        }
    }

    @Test
    void badZipIsBadInputAndTheDatabaseIsUntouched() throws Exception {
        Path db = dir.resolve("inst");
        assertEquals(0, CliRunner.run("demo", "--db", db.toString(), "--researchers", "2").exitCode());
        byte[] before = Files.readAllBytes(dir.resolve("inst.mv.db"));
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "PK but not really", StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("restore", "--db", db.toString(), "--from", junk.toString(), "--force",
                "--lang", "en");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("is not a TalentBench backup"), r.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("inst.mv.db")));
    }

    @Test
    void restoreOverAnExistingDatabaseNeedsForce() {
        Path db = dir.resolve("inst");
        assertEquals(0, CliRunner.run("demo", "--db", db.toString(), "--researchers", "2").exitCode());
        Path zip = dir.resolve("b.zip");
        assertEquals(0, CliRunner.run("backup", "--db", db.toString(), "--out", zip.toString()).exitCode());
        CliRunner refused = CliRunner.run("restore", "--db", db.toString(), "--from", zip.toString(), "--lang", "en");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("--force"), refused.err());
        CliRunner forced = CliRunner.run("restore", "--db", db.toString(), "--from", zip.toString(), "--force",
                "--lang", "en");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(forced.out().contains("was saved as"), forced.out());
    }
}
