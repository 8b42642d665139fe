package org.talentbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.talentbench.core.Fixtures.d;
import static org.talentbench.core.Fixtures.researcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;

class RankingRowsTest {
    @Test
    void aResultCanBeWrittenAsJsonForStorage() throws Exception {
        EvaluationResult r = EvaluationEngineTest.evaluate(EvaluationEngineTest.handInput(
                EvaluationEngineTest.five(), Map.of()), EvaluationOptions.defaults());
        String json = org.talentbench.core.scheme.SchemeJson.mapper().writeValueAsString(r);
        com.fasterxml.jackson.databind.JsonNode tree = org.talentbench.core.scheme.SchemeJson.mapper()
                .readTree(json);
        assertEquals(EvaluationEngine.VERSION, tree.get("engineVersion").asText());
        assertEquals("hand", tree.get("cards").get(0).get("trace").get("scheme").get("id").asText());
        assertEquals(101, tree.get("cards").get(0).get("trace").get("dimensions").get(0).get("indicators").get(0)
                .get("counted").get(0).get("outputId").get("value").asInt());
        assertEquals(5, tree.get("cohorts").get("APPLIED").get("size").asInt());
    }

    @Test
    void rowsFollowTheCardsWithScoresAndCodes() {
        List<Researcher> people = new ArrayList<>(EvaluationEngineTest.five());
        people.add(researcher(7, Gender.MALE, d("1970-01-01"), d("2020-01-01"), ResearchCategory.APPLIED));
        EvaluationResult r = EvaluationEngineTest.evaluate(EvaluationEngineTest.handInput(people, Map.of()),
                EvaluationOptions.defaults());
        List<RankingRow> rows = RankingRows.of(r);
        assertEquals(6, rows.size());
        RankingRow first = rows.get(0);
        assertEquals("APPLIED", first.cohort());
        assertEquals(1, first.rank());
        assertEquals("E1", first.employeeNo());
        assertEquals(83.75, first.total(), 1e-9);
        assertEquals(37.5, first.innovation(), 1e-9);
        assertEquals(CycleStatus.DUE_FULL, first.cycleStatus());
        RankingRow last = rows.get(5);
        assertEquals("E7", last.employeeNo());
        assertNull(last.rank());
        assertNull(last.total());
        assertEquals(CycleStatus.NOT_DUE, last.cycleStatus());
        assertEquals(List.of("flag.notDue"), last.flags());
    }
}
