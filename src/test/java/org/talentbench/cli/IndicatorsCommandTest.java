package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code talentbench indicators}; h and g values from the h/g table of the MCDA reference file. */
class IndicatorsCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "8,5,5,4,4,1,0 | 4 | 5 | 5",
            "4,4,4,4,0,0   | 4 | 4 | 4",
            "15,10,5,3     | 3 | 5 | 4",
    })
    void printsHAndBothGIndices(String citations, int h, int gPadded, int gCapped) throws Exception {
        McdaCommandTest.Run run = McdaCommandTest.run("indicators", "--citations", citations);

        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = json.readTree(run.out());
        assertEquals(h, result.get("h").asInt());
        assertEquals(gPadded, result.get("gPadded").asInt());
        assertEquals(gCapped, result.get("gCapped").asInt());
    }

    @Test
    void printsTotalAndI10() throws Exception {
        JsonNode result = json.readTree(McdaCommandTest.run("indicators", "--citations", "15,10,5,3").out());

        assertEquals(33, result.get("total").asLong());
        assertEquals(2, result.get("i10").asInt());
    }

    @Test
    void negativeCountIsBadInputNamingThePaper() {
        McdaCommandTest.Run run = McdaCommandTest.run("indicators", "--citations", "3,-1");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Paper 2 has a negative citation count (-1)"), run.err());
    }

    @Test
    void missingCitationsOptionIsBadInput() {
        assertEquals(2, McdaCommandTest.run("indicators").exitCode());
    }
}
