package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code talentbench mcda …} end to end on the reference matrices of /work/shared/reference/mcda-reference.md,
 * written to files.
 */
class McdaCommandTest {

    private static final String A1 = """
            1,4,3,1,3,4
            1/4,1,7,3,1/5,1
            1/3,1/7,1,1/5,1/5,1/6
            1,1/3,5,1,1,1/3
            1/3,5,5,1,1,3
            1/4,1,6,3,1/3,1
            """;
    private static final String A2 = "1,3,5\n1/3,1,3\n1/5,1/3,1\n";
    private static final String A3 = """
            1;7;1/5;1/8;1/2;1/3;1/5;1
            1/7;1;1/8;1/9;1/4;1/5;1/9;1/8
            5;8;1;1/3;4;2;1;1
            8;9;3;1;7;5;3;3
            2;4;1/4;1/7;1;1/2;1/5;1/5
            3;5;1/2;1/5;2;1;1/3;1/3
            5;9;1;1/3;5;3;1;1
            1;8;1;1/3;5;3;1;1
            """;
    private static final String E1 = """
            C1,C2,C3,C4,C5,C6,C7,C8
            2,1,4,7,6,6,7,3000
            4,1,5,6,7,7,6,3500
            3,2,6,6,5,6,8,4000
            5,1,5,7,6,7,7,3000
            4,2,5,6,7,7,6,3000
            3,2,6,6,6,6,6,3500
            """;
    private static final String T1 = "9,7,6,7\n8,7,9,6\n7,8,6,6\n";
    private static final String T2 = "f1,f2\n1,3000\n2,3750\n5,4500\n";

    private static final double FOUR_DP = 0.5e-4;
    private static final double THREE_DP = 0.5e-3;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void ahpPrintsPublishedWeightsAndFlagsTheInconsistentMatrix() throws IOException {
        Run run = run("mcda", "ahp", write("a1.csv", A1).toString());

        assertEquals(0, run.exitCode, run.err);
        JsonNode result = json.readTree(run.out);
        assertAll(
                () -> assertNumbers(new double[] {0.3208, 0.1395, 0.0348, 0.1285, 0.2374, 0.1391},
                        result.get("weights"), FOUR_DP),
                () -> assertEquals(0.23, result.get("cr").asDouble(), 0.005),
                () -> assertEquals(1.24, result.get("ri").asDouble()),
                () -> assertEquals("saaty", result.get("riTable").asText()),
                () -> assertEquals("eigenvector", result.get("method").asText()),
                () -> assertFalse(result.get("consistent").asBoolean()),
                () -> assertTrue(result.get("mostInconsistent").get("row").asInt() >= 1),
                () -> assertTrue(result.get("mostInconsistent").get("column").asInt() <= 6));
    }

    @Test
    void ahpOnTheTextbookMatrixIsConsistentAndNamesNoJudgement() throws IOException {
        Run run = run("mcda", "ahp", write("a2.csv", A2).toString());

        assertEquals(0, run.exitCode, run.err);
        JsonNode result = json.readTree(run.out);
        assertNumbers(new double[] {0.6370, 0.2583, 0.1047}, result.get("weights"), FOUR_DP);
        assertEquals(3.0385, result.get("lambdaMax").asDouble(), FOUR_DP);
        assertEquals(0.0332, result.get("cr").asDouble(), FOUR_DP);
        assertTrue(result.get("consistent").asBoolean());
        assertFalse(result.has("mostInconsistent"));
    }

    @Test
    void ahpApproximateMethodOnASemicolonFileGivesJmcdmValues() throws IOException {
        Run run = run("mcda", "ahp", write("a3.csv", A3).toString(), "--method", "approximate");

        assertEquals(0, run.exitCode, run.err);
        JsonNode result = json.readTree(run.out);
        assertEquals(8.72642777111301, result.get("lambdaMax").asDouble(), 1e-9);
        assertEquals(0.10377539587328702, result.get("ci").asDouble(), 1e-9);
        assertEquals(0.07359957154133831, result.get("cr").asDouble(), 1e-9);
        assertEquals("approximate", result.get("method").asText());
    }

    @Test
    void ahpUsesTheRequestedRandomIndexTable() throws IOException {
        Run run = run("mcda", "ahp", write("a3.csv", A3).toString(), "--ri", "tummala-ling");

        JsonNode result = json.readTree(run.out);
        assertEquals(1.3952, result.get("ri").asDouble());
        assertEquals("tummala-ling", result.get("riTable").asText());
        assertEquals(8.6982, result.get("lambdaMax").asDouble(), FOUR_DP);
    }

    @Test
    void ahpReadsTabsDecimalsBlankLinesAndAByteOrderMark() throws IOException {
        Path file = write("tabs.csv", "\uFEFF1\t3\t5\n\n0.333333333\t1\t3\n  1/5 \t 1/3 \t1\n\n");

        Run run = run("mcda", "ahp", file.toString());

        assertEquals(0, run.exitCode, run.err);
        assertNumbers(new double[] {0.6370, 0.2583, 0.1047}, json.readTree(run.out).get("weights"), FOUR_DP);
    }

    @Test
    void ahpBadCellIsReportedWithFileLineAndColumn() throws IOException {
        Path file = write("bad.csv", "1,3,5\n1/3,1,three\n1/5,1/3,1\n");

        Run run = run("mcda", "ahp", file.toString());

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains(file.toString()), run.err);
        assertTrue(run.err.contains("line 2, column 3"), run.err);
        assertTrue(run.err.contains("\"three\""), run.err);
        assertEquals("", run.out);
    }

    @Test
    void ahpNonReciprocalMatrixIsReportedWithRowAndColumn() throws IOException {
        Run run = run("mcda", "ahp", write("nr.csv", "1,3,5\n1/3,1,3\n1/5,1/2,1\n").toString());

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("row 2, column 3"), run.err);
    }

    @Test
    void ahpRowOfTheWrongLengthIsReportedWithItsLine() throws IOException {
        Path file = write("ragged.csv", "1,3,5\n1/3,1\n1/5,1/3,1\n");

        Run run = run("mcda", "ahp", file.toString());

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains(file + ", line 2 has 2 values"), run.err);
    }

    @Test
    void ahpRefusesAHeaderLine() throws IOException {
        Run run = run("mcda", "ahp", write("header.csv", "a,b\n1,2\n1/2,1\n").toString());

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("line 1, column 1"), run.err);
    }

    @Test
    void missingFileIsBadInputNamingThePath() {
        Path missing = dir.resolve("nowhere.csv");

        Run run = run("mcda", "ahp", missing.toString());

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains(missing + " does not exist"), run.err);
    }

    @Test
    void missingFileIsReportedInChineseWhenAsked() {
        Path missing = dir.resolve("nowhere.csv");

        Run run = runIn("zh", "mcda", "entropy", missing.toString());

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains(missing + " 不存在"), run.err);
    }

    @Test
    void unknownRandomIndexTableIsBadInput() throws IOException {
        Run run = run("mcda", "ahp", write("a2.csv", A2).toString(), "--ri", "saaty1977");

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("saaty, saaty2005, donegan-dodd, tummala-ling"), run.err);
    }

    @Test
    void entropyWithAHeaderLineGivesThePublishedWeights() throws IOException {
        Run run = run("mcda", "entropy", write("e1.csv", E1).toString());

        assertEquals(0, run.exitCode, run.err);
        assertNumbers(new double[] {
                0.29967360959745126, 0.441367338923551, 0.07009088719659533, 0.021238237112072383,
                0.0490229289460051, 0.023080378850660263, 0.0477633096868323, 0.0477633096868323},
                json.readTree(run.out).get("weights"), 1e-12);
    }

    @Test
    void entropyAcceptsCellsQuotedBySpreadsheets() throws IOException {
        Path file = write("quoted.csv", "\"C1\",\"C2\"\n\"5\",3\n\"0\",3\n");

        Run run = run("mcda", "entropy", file.toString());

        assertEquals(0, run.exitCode, run.err);
        // column 1: shares (1, 0) have entropy 0; column 2 is constant and gets no weight
        assertNumbers(new double[] {1, 0}, json.readTree(run.out).get("weights"), 0);
    }

    @Test
    void entropyNegativeValueIsReportedWithAlternativeAndCriterion() throws IOException {
        Run run = run("mcda", "entropy", write("neg.csv", "1,2\n3,-4\n").toString());

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("Alternative 2, criterion 2 is negative"), run.err);
    }

    @Test
    void entropyFileWithOnlyAHeaderHasNoData() throws IOException {
        Path file = write("empty.csv", "C1,C2\n\n");

        Run run = run("mcda", "entropy", file.toString());

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains(file + " contains no numbers"), run.err);
    }

    @Test
    void entropyReadsAGb18030HeaderWrittenByChineseSpreadsheets() throws IOException {
        Path file = dir.resolve("gbk.csv");
        Files.write(file, ("论文,专利\n2,1\n4,1\n3,2\n").getBytes(Charset.forName("GB18030")));

        Run run = run("mcda", "entropy", file.toString());

        assertEquals(0, run.exitCode, run.err);
        assertEquals(2, json.readTree(run.out).get("weights").size());
    }

    @Test
    void topsisAllBenefitExampleGivesPublishedCloseness() throws IOException {
        Run run = run("mcda", "topsis", write("t1.csv", T1).toString(),
                "--weights", "0.2,0.1,0.3,0.4", "--criteria", "max,max,max,max");

        assertEquals(0, run.exitCode, run.err);
        JsonNode result = json.readTree(run.out);
        assertNumbers(new double[] {0.3876870, 0.6503238, 0.0834767}, result.get("closeness"), 1e-5);
        assertNumbers(new double[] {2, 1, 3}, result.get("ranks"), 0);
        assertEquals("vector", result.get("normalization").asText());
    }

    @Test
    void topsisMinMaxAndVectorGiveTheTwoPublishedResults() throws IOException {
        Path file = write("t2.csv", T2);

        JsonNode minMax = json.readTree(run("mcda", "topsis", file.toString(), "--weights", "0.5,0.5",
                "--criteria", "min,max", "--normalization", "minmax").out);
        JsonNode vector = json.readTree(run("mcda", "topsis", file.toString(), "--weights", "0.5,0.5",
                "--criteria", "min,max").out);

        assertNumbers(new double[] {0.500, 0.617, 0.500}, minMax.get("closeness"), THREE_DP);
        assertNumbers(new double[] {2, 1, 2}, minMax.get("ranks"), 0);
        assertEquals("minmax", minMax.get("normalization").asText());
        assertNumbers(new double[] {0.762, 0.722, 0.238}, vector.get("closeness"), THREE_DP);
        assertEquals("vector", vector.get("normalization").asText());
    }

    @Test
    void topsisWeightsThatDoNotAddUpToOneAreBadInput() throws IOException {
        Run run = run("mcda", "topsis", write("t1.csv", T1).toString(),
                "--weights", "4,2,6,8", "--criteria", "max,max,max,max");

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("The weights add up to 20; they must add up to 1."), run.err);
    }

    @Test
    void topsisWrongNumberOfWeightsIsBadInput() throws IOException {
        Run run = run("mcda", "topsis", write("t1.csv", T1).toString(),
                "--weights", "0.5,0.5", "--criteria", "max,max,max,max");

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("2 weights were given for 4 criteria"), run.err);
    }

    @Test
    void topsisUnknownDirectionIsBadInput() throws IOException {
        Run run = run("mcda", "topsis", write("t2.csv", T2).toString(),
                "--weights", "0.5,0.5", "--criteria", "min,up");

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("\"up\""), run.err);
    }

    @Test
    void topsisWeightThatIsNotANumberIsBadInput() throws IOException {
        Run run = run("mcda", "topsis", write("t2.csv", T2).toString(),
                "--weights", "0.5,half", "--criteria", "min,max");

        assertEquals(2, run.exitCode);
    }

    @Test
    void mcdaWithoutSubcommandPrintsUsageAndIsBadInput() {
        Run run = run("mcda");

        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("ahp"), run.err);
        assertTrue(run.err.contains("topsis"), run.err);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void assertNumbers(double[] expected, JsonNode array, double tolerance) {
        List<Double> actual = new ArrayList<>();
        array.forEach(node -> actual.add(node.asDouble()));
        assertEquals(expected.length, actual.size(), "length of " + array);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual.get(i), tolerance, "element " + i + " of " + array);
        }
    }

    static Run run(String... args) {
        return runIn("en", args);
    }

    static Run runIn(String language, String... args) {
        CommandLine cmd = TalentBenchCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] withLanguage = new String[args.length + 2];
        withLanguage[0] = "--lang";
        withLanguage[1] = language;
        System.arraycopy(args, 0, withLanguage, 2, args.length);
        int exitCode = cmd.execute(withLanguage);
        return new Run(exitCode, out.toString(), err.toString());
    }

    record Run(int exitCode, String out, String err) {
    }
}
