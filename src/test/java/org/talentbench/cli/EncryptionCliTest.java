package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/** {@code encrypt} / {@code decrypt} and the other commands on an encrypted file. */
class EncryptionCliTest {
    private static final String NAME_ZH = "张三丰";
    private static final String NAME_EN = "Quillfeather Zanzibar";

    @TempDir
    Path dir;

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    /** H2 stores strings like UTF-8 but without the 0x80 marker on continuation bytes above U+07FF. */
    private static boolean fileHolds(Path file, String text) throws IOException {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        StringBuilder h2 = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                h2.append(c);
            } else if (c < 0x800) {
                h2.append((char) (0xc0 | (c >> 6))).append((char) (c & 0x3f));
            } else {
                h2.append((char) (0xe0 | (c >> 12))).append((char) ((c >> 6) & 0x3f)).append((char) (c & 0x3f));
            }
        }
        return bytes.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                || bytes.contains(h2.toString());
    }

    private Path plainInstitute() throws IOException {
        Path db = dir.resolve("inst");
        try (Database d = Database.open(DatabaseLocation.file(db), true)) {
            d.inTransaction(r -> r.researchers().insert(new Researcher(ResearcherId.NEW, "E-9001", NAME_ZH, NAME_EN,
                    Gender.MALE, LocalDate.of(1980, 4, 9), Degree.DOCTORATE, LocalDate.of(2008, 6, 20),
                    LocalDate.of(2009, 7, 1), "AI", "研究员", "计算机科学技术", ResearchCategory.BASIC, Set.of(), "",
                    "", "", Set.of(), EmploymentStatus.ACTIVE, List.of(), List.of(), 0)));
        }
        Files.writeString(dir.resolve("pw"), "hr-password-1\n");
        Files.writeString(dir.resolve("pw2"), "member-password-2\n");
        CliRunner first = CliRunner.run("--lang", "en", "account", "create", "--db", db.toString(), "--login", "hr",
                "--name", "HR", "--role", "admin", "--new-password-file", dir.resolve("pw").toString());
        assertEquals(0, first.exitCode(), first.err());
        return db;
    }

    @Test
    void encryptThenDecryptKeepsTheDataAndHidesItMeanwhile() throws IOException {
        Path db = plainInstitute();
        Path data = DatabaseLocation.file(db).dataFile();
        String[] hr = {"--user", "hr", "--password-file", dir.resolve("pw").toString()};
        assertTrue(fileHolds(data, NAME_ZH) && fileHolds(data, NAME_EN), "the plain file shows the names");

        CliRunner enc = CliRunner.run(concat(new String[] {"--lang", "en", "encrypt", "--db", db.toString()}, hr));
        assertEquals(0, enc.exitCode(), enc.err());
        assertFalse(fileHolds(data, NAME_ZH) || fileHolds(data, NAME_EN), "the encrypted file hides the names");
        assertTrue(Files.exists(dir.resolve("inst.keys.json")));
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().contains("before-encrypt")));
        }

        CliRunner locked = CliRunner.run("--lang", "en", "researchers", "--db", db.toString());
        assertEquals(2, locked.exitCode());
        assertTrue(locked.err().contains("is encrypted: sign in with --user"), locked.err());

        CliRunner list = CliRunner.run(concat(new String[] {"researchers", "--db", db.toString(), "--format", "json"},
                hr));
        assertEquals(0, list.exitCode(), list.err());

        CliRunner lintLocked = CliRunner.run("--lang", "en", "lint", "--db", db.toString());
        assertEquals(2, lintLocked.exitCode());
        assertTrue(lintLocked.err().contains("is encrypted: sign in with --user"), lintLocked.err());
        CliRunner lint = CliRunner.run(concat(new String[] {"lint", "--db", db.toString()}, hr));
        assertTrue(lint.out().contains("\"findings\""), lint.err());
        assertTrue(lint.out().contains("\"category\" : \"BASIC\""), lint.out());
        assertTrue(list.out().contains(NAME_ZH), list.out());

        CliRunner wrong = CliRunner.run("--lang", "en", "researchers", "--db", db.toString(), "--user", "hr",
                "--password-file", dir.resolve("pw2").toString());
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("Wrong login or password"), wrong.err());

        CliRunner member = CliRunner.run(concat(new String[] {"account", "create", "--db", db.toString(), "--login",
            "m1", "--name", "M1", "--role", "member", "--new-password-file", dir.resolve("pw2").toString()}, hr));
        assertEquals(0, member.exitCode(), member.err());
        String[] m1 = {"--user", "m1", "--password-file", dir.resolve("pw2").toString()};
        CliRunner asMember = CliRunner.run(concat(new String[] {"researchers", "--db", db.toString()}, m1));
        assertEquals(0, asMember.exitCode(), asMember.err());
        CliRunner memberDecrypts = CliRunner.run(concat(new String[] {"decrypt", "--db", db.toString()}, m1));
        assertEquals(1, memberDecrypts.exitCode(), memberDecrypts.err());
        assertTrue(Database.isEncrypted(DatabaseLocation.file(db)), "a member cannot decrypt");

        CliRunner dec = CliRunner.run(concat(new String[] {"--lang", "en", "decrypt", "--db", db.toString()}, hr));
        assertEquals(0, dec.exitCode(), dec.err());
        assertFalse(Files.exists(dir.resolve("inst.keys.json")));
        assertTrue(fileHolds(data, NAME_ZH), "decrypted again");
        CliRunner plain = CliRunner.run(concat(new String[] {"researchers", "--db", db.toString(), "--format",
            "json"}, hr));
        assertEquals(0, plain.exitCode(), plain.err());
        assertTrue(plain.out().contains(NAME_EN), plain.out());
    }

    @Test
    void aBackupOfAnEncryptedDatabaseRestoresWithItsKeys() throws IOException {
        Path db = plainInstitute();
        String[] hr = {"--user", "hr", "--password-file", dir.resolve("pw").toString()};
        assertEquals(0, CliRunner.run(concat(new String[] {"encrypt", "--db", db.toString()}, hr)).exitCode());
        Path zip = dir.resolve("out/b.zip");
        CliRunner backup = CliRunner.run(concat(new String[] {"backup", "--db", db.toString(), "--out",
            zip.toString()}, hr));
        assertEquals(0, backup.exitCode(), backup.err());
        Path unzipped = dir.resolve("unzipped");
        Files.createDirectories(unzipped);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            assertTrue(z.getEntry("inst.keys.json") != null, "the backup holds the key slots");
            try (var in = z.getInputStream(z.getEntry("inst.mv.db"))) {
                Files.copy(in, unzipped.resolve("inst.mv.db"));
            }
        }
        assertFalse(fileHolds(unzipped.resolve("inst.mv.db"), NAME_ZH)
                || fileHolds(unzipped.resolve("inst.mv.db"), NAME_EN), "the backup is encrypted too");

        Path restored = dir.resolve("restored/inst2");
        CliRunner restore = CliRunner.run("restore", "--db", restored.toString(), "--from", zip.toString());
        assertEquals(0, restore.exitCode(), restore.err());
        assertTrue(Files.exists(dir.resolve("restored/inst2.keys.json")));
        CliRunner list = CliRunner.run(concat(new String[] {"researchers", "--db", restored.toString(), "--format",
            "json"}, hr));
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains(NAME_ZH), list.out());
    }
}
