package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.exchange.sheet.ResearcherSheetWriter;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * Decision 0090 on the command line: a database without accounts needs no sign-in (as the demo databases of the
 * other CLI tests), one with accounts refuses {@code import} and {@code researchers} without {@code --user} (exit
 * 2, a translated message) and runs them for the account named, within what its role allows.
 */
class AccessCliTest {
    @TempDir
    Path dir;

    private static Researcher researcher(String no, String name) {
        return new Researcher(ResearcherId.NEW, no, name, "", Gender.MALE, LocalDate.of(1990, 1, 2), Degree.DOCTORATE,
                LocalDate.of(2018, 6, 30), null, "D01", "", "", ResearchCategory.APPLIED, Set.of(), "", "", "", Set.of(),
                EmploymentStatus.ACTIVE, List.of(), List.of(), 0);
    }

    private Path researchersFile() throws IOException {
        Path file = dir.resolve("researchers.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new ResearcherSheetWriter().write(List.of(researcher("E1", "张伟"), researcher("E2", "李娜")), out, true);
        }
        return file;
    }

    @Test
    void aDatabaseWithAccountsRefusesPersonnelCommandsWithoutUserAndRunsThemWithIt() throws IOException {
        Path db = dir.resolve("inst");
        Database.open(DatabaseLocation.file(db)).close();
        Path file = researchersFile();

        // no account yet: no access control, exactly as before
        CliRunner open = CliRunner.run("--lang", "en", "researchers", "--db", db.toString());
        assertEquals(0, open.exitCode(), open.err());

        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "secret-pass\n");
        CliRunner first = CliRunner.run("--lang", "en", "account", "create", "--db", db.toString(), "--login", "hr",
                "--name", "HR", "--role", "admin", "--new-password-file", pw.toString());
        assertEquals(0, first.exitCode(), first.err());
        CliRunner member = CliRunner.run("--lang", "en", "account", "create", "--db", db.toString(), "--login", "m1",
                "--name", "m1", "--role", "member", "--new-password-file", pw.toString(), "--user", "hr",
                "--password-file", pw.toString());
        assertEquals(0, member.exitCode(), member.err());

        CliRunner importNoUser = CliRunner.run("--lang", "en", "import", "--db", db.toString(), file.toString());
        assertEquals(2, importNoUser.exitCode(), importNoUser.err());
        assertTrue(importNoUser.err().contains("This database has accounts: sign in first (on the command line: "
                + "--user LOGIN)."), importNoUser.err());
        CliRunner listNoUser = CliRunner.run("--lang", "zh", "researchers", "--db", db.toString());
        assertEquals(2, listNoUser.exitCode(), listNoUser.err());
        assertTrue(listNoUser.err().contains("该数据库已设置账户"), listNoUser.err());

        CliRunner importAsMember = CliRunner.run("--lang", "en", "import", "--db", db.toString(), file.toString(),
                "--user", "m1", "--password-file", pw.toString());
        assertEquals(1, importAsMember.exitCode(), importAsMember.err());
        assertTrue(importAsMember.err().contains("Your role does not allow this (IMPORT)"), importAsMember.err());

        CliRunner imported = CliRunner.run("--lang", "en", "import", "--db", db.toString(), file.toString(),
                "--user", "hr", "--password-file", pw.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        CliRunner listed = CliRunner.run("--lang", "en", "researchers", "--db", db.toString(), "--format", "csv",
                "--user", "hr", "--password-file", pw.toString());
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().contains("E1") && listed.out().contains("E2"), listed.out());

        // a member with no panel sees nobody
        CliRunner mine = CliRunner.run("--lang", "en", "researchers", "--db", db.toString(), "--format", "csv",
                "--user", "m1", "--password-file", pw.toString());
        assertEquals(0, mine.exitCode(), mine.err());
        assertTrue(!mine.out().contains("E1") && !mine.out().contains("E2"), mine.out());
    }
}
