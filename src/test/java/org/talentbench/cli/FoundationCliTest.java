package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoundationCliTest {
    @TempDir
    Path dir;

    @Test
    void demoThenResearchersAsCsvPrintsAHeaderAndEveryResearcher() {
        Path db = dir.resolve("t");
        CliRunner demo = CliRunner.run("demo", "--db", db.toString(), "--researchers", "25", "--lang", "zh");
        assertEquals(0, demo.exitCode(), demo.err());
        assertTrue(demo.out().contains("25"), demo.out());

        CliRunner csv = CliRunner.run("researchers", "--db", db.toString(), "--format", "csv", "--lang", "zh");
        assertEquals(0, csv.exitCode(), csv.err());
        String[] lines = csv.out().strip().split("\\R");
        assertEquals(26, lines.length);
        assertTrue(lines[0].startsWith("工号,姓名,"), lines[0]);

        CliRunner en = CliRunner.run("researchers", "--db", db.toString(), "--format", "csv", "--lang", "en");
        assertTrue(en.out().startsWith("Employee no.,Name,Pinyin / English name,"), en.out());
    }

    @Test
    void researchersAsJsonListsEveryResearcher() throws Exception {
        Path db = dir.resolve("j");
        assertEquals(0, CliRunner.run("demo", "--db", db.toString(), "--researchers", "12").exitCode());
        CliRunner json = CliRunner.run("researchers", "--db", db.toString(), "--format", "json");
        JsonNode array = new ObjectMapper().readTree(json.out());
        assertEquals(12, array.size());
        assertTrue(array.get(0).get("employeeNo").asText().length() > 0);
    }

    @Test
    void sameSeedGivesTheSameResearchers() {
        assertEquals(0, CliRunner.run("demo", "--db", dir.resolve("a").toString(), "--researchers", "15",
                "--seed", "5").exitCode());
        assertEquals(0, CliRunner.run("demo", "--db", dir.resolve("b").toString(), "--researchers", "15",
                "--seed", "5").exitCode());
        String a = CliRunner.run("researchers", "--db", dir.resolve("a").toString(), "--format", "csv").out();
        String b = CliRunner.run("researchers", "--db", dir.resolve("b").toString(), "--format", "csv").out();
        assertEquals(a, b);
    }

    @Test
    void missingDatabaseIsBadInputWithOneClearLine() {
        CliRunner r = CliRunner.run("researchers", "--db", dir.resolve("nope").toString(), "--lang", "en");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(Files.notExists(dir.resolve("nope.mv.db")));
    }

    @Test
    void fileThatIsNotADatabaseIsBadInputInChinese() throws Exception {
        Path file = dir.resolve("x.mv.db");
        Files.writeString(file, "hello", StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("researchers", "--db", file.toString(), "--lang", "zh");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("不是人才评价工作台数据库"), r.err());
        assertEquals("hello", Files.readString(file));
    }

    @Test
    void demoRefusesToOverwriteAnExistingDatabase() {
        Path db = dir.resolve("once");
        assertEquals(0, CliRunner.run("demo", "--db", db.toString(), "--researchers", "3").exitCode());
        CliRunner again = CliRunner.run("demo", "--db", db.toString(), "--researchers", "3", "--lang", "en");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void badOptionsAreBadInput() {
        assertEquals(2, CliRunner.run("researchers").exitCode());
        assertEquals(2, CliRunner.run("researchers", "--db", "x", "--format", "xml").exitCode());
        assertEquals(2, CliRunner.run("--lang", "fr", "researchers", "--db", "x").exitCode());
        assertEquals(2, CliRunner.run("demo", "--db", dir.resolve("z").toString(), "--researchers", "0").exitCode());
        assertEquals(2, CliRunner.run("no-such-command").exitCode());
    }

    @Test
    void versionAndHelpSucceed() {
        CliRunner v = CliRunner.run("--version");
        assertEquals(0, v.exitCode());
        assertTrue(v.out().startsWith("TalentBench "), v.out());
        CliRunner h = CliRunner.run("--help");
        assertEquals(0, h.exitCode());
        assertTrue(h.out().contains("researchers") && h.out().contains("demo"), h.out());
    }
}
