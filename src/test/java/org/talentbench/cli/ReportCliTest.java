package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.report.PdfTestSupport;

/** {@code talentbench report} on a small demo institute, as a user types it. */
class ReportCliTest {
    static final String ROUND = "2026年度科研人员评价";
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void demo() {
        db = dir.resolve("report").toString();
        CliRunner demo = CliRunner.run("demo", "--db", db, "--researchers", "30");
        assertEquals(0, demo.exitCode(), demo.err());
    }

    @Test
    void rankedListIsWrittenInChinese() throws Exception {
        Path out = dir.resolve("ranked.pdf");
        CliRunner run = CliRunner.run("report", "--db", db, "--round", ROUND, "--ranked-list", "--lang", "zh",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ranked.pdf"), run.out());
        String text = PdfTestSupport.text(Files.readAllBytes(out));
        assertTrue(text.contains("评审委员会排序名单") && text.contains("评价组"), text);
    }

    @Test
    void publicityAndRoundReportInEnglish() throws Exception {
        Path pub = dir.resolve("publicity.pdf");
        assertEquals(0, CliRunner.run("report", "--db", db, "--round", ROUND, "--publicity", "--lang", "en",
                "--out", pub.toString()).exitCode());
        assertTrue(PdfTestSupport.text(Files.readAllBytes(pub)).contains("How to object"));
        Path rr = dir.resolve("round.pdf");
        assertEquals(0, CliRunner.run("report", "--db", db, "--round", ROUND, "--round-report", "--lang", "en",
                "--out", rr.toString()).exitCode());
        assertTrue(PdfTestSupport.text(Files.readAllBytes(rr)).contains("Score distributions"));
    }

    @Test
    void allToAFolderWritesOneFilePerPersonAndToAPdfOneMergedFile() throws Exception {
        Path folder = dir.resolve("all");
        CliRunner run = CliRunner.run("report", "--db", db, "--round", ROUND, "--all", "--lang", "zh",
                "--out", folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        long files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().matches(".+_.+\\.pdf")).count();
        }
        assertTrue(files >= 3, "files: " + files);
        assertEquals(files, run.out().lines().count());

        Path merged = dir.resolve("all.pdf");
        CliRunner one = CliRunner.run("report", "--db", db, "--round", ROUND, "--all", "--out", merged.toString());
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(Files.isRegularFile(merged));
    }

    @Test
    void anUnknownEmployeeNumberOrRoundIsBadInputWithATranslatedMessage() {
        CliRunner person = CliRunner.run("report", "--db", db, "--round", ROUND, "--researcher", "X-404",
                "--lang", "en", "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, person.exitCode());
        assertTrue(person.err().contains("No one with employee number \"X-404\""), person.err());
        CliRunner round = CliRunner.run("report", "--db", db, "--round", "没有这个评价", "--ranked-list",
                "--lang", "zh", "--out", dir.resolve("y.pdf").toString());
        assertEquals(2, round.exitCode());
        assertTrue(round.err().contains("没有这个评价"), round.err());
    }

    @Test
    void exactlyOneDocumentMustBeChosen() {
        assertEquals(2, CliRunner.run("report", "--db", db, "--round", ROUND, "--ranked-list", "--publicity",
                "--out", dir.resolve("z.pdf").toString()).exitCode());
        assertEquals(2, CliRunner.run("report", "--db", db, "--round", ROUND, "--out",
                dir.resolve("z.pdf").toString()).exitCode());
    }
}
