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
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.scheme.DefaultSchemes;
import org.talentbench.core.scheme.PolicyLintTestAccess;
import org.talentbench.core.scheme.SchemeJson;

class EngineCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void lintWithoutAFileChecksTheShippedDefaultsAndFindsNoErrorOrWarning() throws Exception {
        CliRunner r = CliRunner.run("--lang", "en", "lint");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = JSON.readTree(r.out());
        assertEquals(4, out.get("schemes").size());
        assertEquals(0, out.get("counts").get("ERROR").asInt());
        assertEquals(0, out.get("counts").get("WARNING").asInt());
    }

    @Test
    void lintOfABadSchemeFilePrintsFindingsWithPolicyAndMessageAndExitsZero(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, SchemeJson.write(PolicyLintTestAccess.badScheme()), StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("--lang", "en", "lint", "--scheme-file", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = JSON.readTree(r.out());
        JsonNode paperCount = null;
        for (JsonNode f : out.get("findings")) {
            if (f.get("code").asText().equals("lint.paperCountAsPoints")) {
                paperCount = f;
            }
        }
        assertTrue(paperCount != null, r.out());
        assertEquals("ERROR", paperCount.get("severity").asText());
        assertEquals("INNOVATION/PAPERS", paperCount.get("path").asText());
        assertEquals("国科发监〔2020〕37号", paperCount.get("policy").asText());
        assertTrue(paperCount.get("message").asText().startsWith("Indicator PAPERS scores the number of papers"));
        assertTrue(out.get("counts").get("ERROR").asInt() > 5);
    }

    @Test
    void lintMessagesFollowTheLanguage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, SchemeJson.write(PolicyLintTestAccess.badScheme()), StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("--lang", "zh", "lint", "--scheme-file", file.toString());
        assertTrue(r.out().contains("指标 PAPERS 以论文数量计分"), r.out());
    }

    @Test
    void aMissingSchemeFileIsBadInput() {
        CliRunner r = CliRunner.run("--lang", "en", "lint", "--scheme-file", "/no/such/scheme.json");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("/no/such/scheme.json does not exist"), r.err());
    }

    @Test
    void anInvalidSchemeFileIsBadInputNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"id\": \"x\",\n  nonsense\n}", StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("--lang", "en", "lint", "--scheme-file", file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("line 3"), r.err());
    }

    @Test
    void schemeShowPrintsTheDefaultSchemeJson() {
        CliRunner r = CliRunner.run("scheme", "show", "--category", "BASIC");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(DefaultSchemes.forCategory(ResearchCategory.BASIC), SchemeJson.read(r.out()));
    }

    @Test
    void schemeShowRefusesAnUnknownCategory() {
        assertEquals(2, CliRunner.run("scheme", "show", "--category", "ASTROLOGY").exitCode());
    }
}
