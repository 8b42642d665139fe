package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round commands on a small demo institute, as a user types them. */
class RoundsCliTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void demo() {
        db = dir.resolve("rounds").toString();
        CliRunner demo = CliRunner.run("demo", "--db", db, "--researchers", "40");
        assertEquals(0, demo.exitCode(), demo.err());
    }

    @Test
    void roundsListsTheDemoHistoryWithStagesAndParticipants() throws Exception {
        CliRunner table = CliRunner.run("rounds", "--db", db, "--lang", "zh");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("2026年度科研人员评价") && table.out().contains("校准"), table.out());
        assertTrue(table.out().contains("已定稿"), table.out());

        JsonNode json = new ObjectMapper().readTree(CliRunner.run("rounds", "--db", db, "--format", "json").out());
        assertTrue(json.size() >= 3);
        for (JsonNode r : json) {
            assertTrue(r.get("participants").asInt() >= 0);
        }
    }

    @Test
    void createScoreAdvanceAndRankAFreshRound() throws Exception {
        CliRunner created = CliRunner.run("round", "create", "--db", db, "--name", "CLI round", "--date",
                "2025-12-31", "--scope", "BASIC,APPLIED", "--lang", "en");
        assertEquals(0, created.exitCode(), created.err());
        assertTrue(created.out().contains("CLI round"), created.out());

        CliRunner scored = CliRunner.run("round", "score", "--db", db, "--name", "CLI round");
        assertEquals(0, scored.exitCode(), scored.err());
        long snapshot = Long.parseLong(scored.out().strip());
        assertTrue(snapshot > 0);

        CliRunner adv = CliRunner.run("round", "advance", "--db", db, "--name", "CLI round", "--lang", "en");
        assertEquals(0, adv.exitCode(), adv.err());
        assertTrue(adv.out().contains("Data verification"), adv.out());
        CliRunner back = CliRunner.run("round", "back", "--db", db, "--name", "CLI round", "--lang", "en");
        assertEquals(2, back.exitCode(), "a reason is required going back");

        JsonNode ranking = new ObjectMapper().readTree(CliRunner.run("ranking", "--db", db, "--round", "CLI round",
                "--format", "json").out());
        assertEquals(snapshot, ranking.get("snapshot").asLong());
        for (JsonNode row : ranking.get("rows")) {
            String category = row.get("category").asText();
            assertTrue(category.equals("BASIC") || category.equals("APPLIED"), "scope limits the list: " + category);
            assertTrue(row.get("flags").isArray());
        }

        CliRunner csv = CliRunner.run("ranking", "--db", db, "--round", "CLI round", "--format", "csv", "--lang",
                "en");
        assertTrue(csv.out().startsWith("Cohort,Rank,Employee no.,Name,Total,Innovation,Quality,Contribution,"),
                csv.out());
    }

    @Test
    void unknownRoundAndUnscoredRoundAreBadInput() {
        CliRunner missing = CliRunner.run("ranking", "--db", db, "--round", "nope", "--lang", "en");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("There is no round named \"nope\""), missing.err());
        assertEquals(0, CliRunner.run("round", "create", "--db", db, "--name", "Unscored", "--date", "2025-12-31")
                .exitCode());
        CliRunner unscored = CliRunner.run("ranking", "--db", db, "--round", "Unscored", "--lang", "en");
        assertEquals(2, unscored.exitCode());
        assertTrue(unscored.err().contains("has not been scored yet"), unscored.err());
        assertEquals(2, CliRunner.run("round", "create", "--db", db, "--name", "Bad", "--date", "31.12.2025")
                .exitCode());
    }

    @Test
    void aSnapshotOfAnotherRoundIsRefusedByTheRankingAndTheExport() throws Exception {
        long of2024 = new ObjectMapper().readTree(CliRunner.run("ranking", "--db", db, "--round", "2024年度科研人员评价",
                "--format", "json").out()).get("snapshot").asLong();
        CliRunner ranking = CliRunner.run("ranking", "--db", db, "--round", "2026年度科研人员评价", "--snapshot",
                Long.toString(of2024), "--lang", "en");
        assertEquals(2, ranking.exitCode());
        assertTrue(ranking.err().contains("Snapshot " + of2024 + " does not belong to the round \"2026年度科研人员评价\""
                + " (it is a snapshot of \"2024年度科研人员评价\")"), ranking.err());
        Path xlsx = dir.resolve("wrong.xlsx");
        CliRunner export = CliRunner.run("export", "--db", db, "--round", "2026年度科研人员评价", "--snapshot",
                Long.toString(of2024), "--out", xlsx.toString(), "--lang", "zh");
        assertEquals(2, export.exitCode());
        assertTrue(export.err().contains("不属于评价活动“2026年度科研人员评价”"), export.err());
        assertTrue(Files.notExists(xlsx));
    }

    @Test
    void finalRoundsRefuseToMove() {
        CliRunner r = CliRunner.run("round", "advance", "--db", db, "--name", "2024年度科研人员评价", "--lang", "en");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("is final and read-only"), r.err());
    }

    @Test
    void evaluateIsADryRunWithTracesInJson() throws Exception {
        CliRunner table = CliRunner.run("evaluate", "--db", db, "--date", "2025-12-31", "--category", "APPLIED",
                "--lang", "en");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().startsWith("Cohort"), table.out());
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("evaluate", "--db", db, "--date", "2025-12-31",
                "--format", "json").out());
        boolean traced = false;
        for (JsonNode card : json.get("cards")) {
            if (card.get("rank").isInt()) {
                assertTrue(card.get("trace").get("dimensions").size() == 3);
                traced = true;
            }
        }
        assertTrue(traced, "some card is ranked and carries its trace");
        String before = CliRunner.run("rounds", "--db", db, "--format", "csv").out();
        CliRunner.run("evaluate", "--db", db, "--date", "2025-12-31");
        assertEquals(before, CliRunner.run("rounds", "--db", db, "--format", "csv").out(), "nothing stored");
    }

    @Test
    void lintReadsTheStoredSchemes() throws Exception {
        JsonNode all = new ObjectMapper().readTree(CliRunner.run("lint", "--db", db).out());
        assertEquals(4, all.get("schemes").size());
        JsonNode one = new ObjectMapper().readTree(CliRunner.run("lint", "--db", db, "--scheme", "default-basic")
                .out());
        assertEquals(1, one.get("schemes").size());
        assertEquals("default-basic", one.get("schemes").get(0).get("id").asText());
        assertEquals(2, CliRunner.run("lint", "--db", db, "--scheme", "nope").exitCode());
        assertEquals(2, CliRunner.run("lint", "--scheme", "default-basic").exitCode());
    }

    @Test
    void aRankedListExportsWithABreakdownWhosePointsAddUpToEachTotal() throws Exception {
        JsonNode ranking = new ObjectMapper().readTree(CliRunner.run("ranking", "--db", db, "--round",
                "2026年度科研人员评价", "--format", "json").out());
        java.util.Map<String, Double> totals = new java.util.HashMap<>();
        for (JsonNode r : ranking.get("rows")) {
            if (!r.get("total").isNull() && !r.get("rank").isNull()) {
                totals.put(r.get("employeeNo").asText(), r.get("total").asDouble());
            }
        }
        assertTrue(totals.size() >= 5, "the demo round ranks people: " + totals.size());

        Path xlsx = dir.resolve("ranking.xlsx");
        CliRunner export = CliRunner.run("export", "--db", db, "--round", "2026年度科研人员评价", "--out",
                xlsx.toString(), "--lang", "zh");
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().contains("2026年度科研人员评价"), export.out());

        java.util.Map<String, Double> sums = new java.util.HashMap<>();
        int listRows;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(xlsx);
             org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(in)) {
            java.util.List<org.dhatim.fastexcel.reader.Sheet> sheets = wb.getSheets().toList();
            assertEquals(2, sheets.size(), "a ranked list and its breakdown");
            listRows = sheets.get(0).read().size() - 1;
            java.util.List<org.dhatim.fastexcel.reader.Row> lines = sheets.get(1).read();
            assertEquals("工号", lines.get(0).getCellText(2));
            assertEquals("得分", lines.get(0).getCellText(12));
            for (org.dhatim.fastexcel.reader.Row line : lines.subList(1, lines.size())) {
                String points = line.getCellText(12);
                if (points != null && !points.isBlank()) {
                    sums.merge(line.getCellText(2), Double.parseDouble(points), Double::sum);
                }
            }
        }
        assertEquals(ranking.get("rows").size(), listRows);
        int checked = 0;
        for (java.util.Map.Entry<String, Double> t : totals.entrySet()) {
            Double sum = sums.get(t.getKey());
            org.junit.jupiter.api.Assertions.assertNotNull(sum, "breakdown lines for " + t.getKey());
            assertEquals(t.getValue(), sum, 0.01, "the points of " + t.getKey() + " add up to the total");
            checked++;
        }
        assertEquals(totals.size(), checked);

        Path csv = dir.resolve("ranking.csv");
        CliRunner asCsv = CliRunner.run("export", "--db", db, "--round", "2026年度科研人员评价", "--out",
                csv.toString(), "--lang", "en");
        assertEquals(0, asCsv.exitCode(), asCsv.err());
        String breakdown = java.nio.file.Files.readString(dir.resolve("ranking-breakdown.csv"));
        assertTrue(breakdown.startsWith("\uFEFFCohort,"), breakdown.substring(0, 40));
        assertTrue(breakdown.lines().count() > totals.size(), "one line per person and indicator");
    }
}
