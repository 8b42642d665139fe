package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code talentbench tech …} on a small demo institute (30 researchers), in-process. */
class TechCliTest {
    @TempDir
    static Path dir;
    private static String db;

    @BeforeAll
    static void demo() {
        db = dir.resolve("demo").toString();
        CliRunner r = CliRunner.run("demo", "--db", db, "--researchers", "30");
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void theListShowsTheDefaultTechnologiesAndAnOldDateStillShowsARetiredOne() {
        CliRunner list = CliRunner.run("tech", "list", "--db", db, "--format", "csv", "--lang", "zh");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("ic-design,集成电路设计,在列"), list.out());
        assertTrue(list.out().contains("lithography"), list.out());

        CliRunner retire = CliRunner.run("tech", "retire", "--db", db, "--code", "lithography", "--date",
                "2026-01-01", "--note", "并入半导体材料", "--lang", "zh");
        assertEquals(0, retire.exitCode(), retire.err());
        assertTrue(retire.out().contains("已记录：退出 lithography，生效日期 2026-01-01。"), retire.out());

        assertTrue(CliRunner.run("tech", "list", "--db", db, "--as-of", "2025-12-31", "--format", "csv").out()
                .contains("lithography"));
        assertFalse(CliRunner.run("tech", "list", "--db", db, "--as-of", "2026-01-01", "--format", "csv").out()
                .contains("lithography"));
        CliRunner history = CliRunner.run("tech", "history", "lithography", "--db", db, "--format", "csv",
                "--lang", "en");
        assertTrue(history.out().contains("2026-01-01,lithography,retired"), history.out());
    }

    @Test
    void aChangeAgainstTheHistoryIsBadInputWithATranslatedMessage() {
        CliRunner r = CliRunner.run("tech", "merge", "--db", db, "--code", "blockchain", "--into", "blockchain",
                "--lang", "zh");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("技术不能并入自身（blockchain）"), r.err());
    }

    @Test
    void theMapPrintsEveryTechnologyAndExportsAWorkbookAndAPdf() throws Exception {
        CliRunner json = CliRunner.run("tech", "map", "--db", db, "--as-of", "2026-06-30", "--standing", "none",
                "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("2026-06-30", root.get("asOf").asText());
        assertTrue(root.get("technologies").size() >= 40);

        Path xlsx = dir.resolve("map.xlsx");
        CliRunner x = CliRunner.run("tech", "map", "--db", db, "--standing", "none", "--out", xlsx.toString());
        assertEquals(0, x.exitCode(), x.err());
        byte[] head = Files.readAllBytes(xlsx);
        assertTrue(head.length > 1000 && head[0] == 'P' && head[1] == 'K', "an xlsx is a zip");

        Path pdf = dir.resolve("map.pdf");
        CliRunner p = CliRunner.run("tech", "map", "--db", db, "--standing", "none", "--out", pdf.toString());
        assertEquals(0, p.exitCode(), p.err());
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));

        CliRunner bad = CliRunner.run("tech", "map", "--db", db, "--out", dir.resolve("map.docx").toString(),
                "--standing", "none", "--lang", "en");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("Unknown file type"), bad.err());
    }

    @Test
    void candidatesComeWithEvidenceAndAnUnknownTechnologyIsBadInput() throws Exception {
        CliRunner r = CliRunner.run("tech", "candidates", "--db", db, "--tech", "quantum-communication", "--text",
                "城域量子密钥分发网络", "--standing", "none", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertTrue(root.get("technologies").toString().contains("quantum-communication"));
        JsonNode candidates = root.get("candidates");
        assertTrue(candidates.size() > 0, r.out());
        assertEquals(1, candidates.get(0).get("rank").asInt());
        assertTrue(candidates.get(0).get("evidence").size() > 0);

        Path pdf = dir.resolve("shortlist.pdf");
        CliRunner out = CliRunner.run("tech", "candidates", "--db", db, "--tech", "quantum-communication",
                "--standing", "none", "--out", pdf.toString());
        assertEquals(0, out.exitCode(), out.err());
        assertTrue(Files.size(pdf) > 10_000);

        CliRunner bad = CliRunner.run("tech", "candidates", "--db", db, "--tech", "warp-drive", "--lang", "zh");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("清单中没有技术 warp-drive"), bad.err());
    }

    @Test
    void aSuggestionAcceptedOnTheCommandLineIsNoLongerPending() throws Exception {
        CliRunner s = CliRunner.run("tech", "suggestions", "--db", db, "--tech", "ic-design", "--limit", "5",
                "--format", "json");
        assertEquals(0, s.exitCode(), s.err());
        JsonNode list = new ObjectMapper().readTree(s.out());
        assertTrue(list.size() > 0, s.out());
        String id = list.get(0).get("outputId").asText();
        CliRunner accept = CliRunner.run("tech", "accept", "--db", db, "--output", id, "--tech", "ic-design");
        assertEquals(0, accept.exitCode(), accept.err());
        CliRunner again = CliRunner.run("tech", "accept", "--db", db, "--output", id, "--tech", "ic-design",
                "--lang", "en");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("No pending suggestion of ic-design for " + id), again.err());
    }
}
