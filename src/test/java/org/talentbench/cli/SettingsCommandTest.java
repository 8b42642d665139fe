package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.service.RuleSettingsService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

class SettingsCommandTest {
    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void create() {
        Path file = dir.resolve("inst");
        Database.open(DatabaseLocation.file(file), true).close();
        db = file.toString();
    }

    @Test
    void setThenGetGivesTheNewValueAndTheChangeIsLogged() {
        CliRunner set = CliRunner.run("settings", "--db", db, "--lang", "en", "set", "cycle.BASIC.years", "6");
        assertEquals(0, set.exitCode(), set.err());
        assertEquals("cycle.BASIC.years = 6 (1 change(s) recorded in the audit trail)", set.out().strip());

        assertEquals("6", CliRunner.run("settings", "--db", db, "get", "cycle.BASIC.years").out().strip());
        try (Database d = Database.open(DatabaseLocation.file(Path.of(db)), false)) {
            assertEquals("6", new RuleSettingsService(d).history().get(0).newValue());
        }
    }

    @Test
    void lintJudgesTheCyclesTheSettingsConfigureNotTheShippedOnes() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        CliRunner before = CliRunner.run("lint", "--db", db, "--lang", "en");
        assertEquals(0, before.exitCode(), before.err());
        assertEquals(0, shortBasicWindows(json.readTree(before.out())), before.out());

        assertEquals(0, CliRunner.run("settings", "--db", db, "set", "cycle.BASIC.years", "3").exitCode());
        CliRunner after = CliRunner.run("lint", "--db", db, "--lang", "en");
        assertEquals(0, after.exitCode(), after.err());
        assertTrue(shortBasicWindows(json.readTree(after.out())) > 0, "a 3-year basic-research cycle is flagged: "
                + after.out());
    }

    private static int shortBasicWindows(com.fasterxml.jackson.databind.JsonNode lint) {
        int n = 0;
        for (com.fasterxml.jackson.databind.JsonNode f : lint.get("findings")) {
            if (f.get("code").asText().equals("lint.basicWindowTooShort")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aBadValueIsExitTwoWithTheTranslatedMessageAndNothingChanges() {
        CliRunner set = CliRunner.run("settings", "--db", db, "--lang", "en", "set", "cycle.BASIC.years", "99");
        assertEquals(2, set.exitCode());
        assertTrue(set.err().contains("cycle.BASIC.years: \"99\" is not a whole number from 1 to 20."), set.err());
        assertEquals("5", CliRunner.run("settings", "--db", db, "get", "cycle.BASIC.years").out().strip());
    }

    @Test
    void listShowsEveryKeyWithItsDefaultAndResetRestoresIt() {
        CliRunner.run("settings", "--db", db, "set", "committee.conflict.coWorkYears", "4");
        CliRunner list = CliRunner.run("settings", "--db", db, "--lang", "en", "--format", "csv", "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("committee.conflict.coWorkYears,4,3,Yes"), list.out());
        assertTrue(list.out().contains("cycle.youngTalent.ageUnder,40,40,No"), list.out());

        CliRunner.run("settings", "--db", db, "reset", "committee.conflict.coWorkYears");
        assertEquals("3", CliRunner.run("settings", "--db", db, "get", "committee.conflict.coWorkYears").out().strip());
    }

    @Test
    void anUnknownKeyIsBadInput() {
        CliRunner get = CliRunner.run("settings", "--db", db, "--lang", "en", "get", "cycle.nothing");
        assertEquals(2, get.exitCode());
        assertTrue(get.err().contains("There is no setting \"cycle.nothing\""), get.err());
    }
}
