package org.talentbench.core.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbench.core.scoring.CohortSummary;
import org.talentbench.core.scoring.EvaluationEngine;
import org.talentbench.core.scoring.EvaluationOptions;
import org.talentbench.core.scoring.EvaluationResult;
import org.talentbench.core.scoring.ScoreCard;
import org.talentbench.core.scoring.SyntheticInstitute;

/** A stored card must read back as the very record the engine produced, trace and all. */
class SnapshotJsonTest {
    @Test
    void everyCardAndCohortReadsBackEqual() {
        EvaluationResult r = new EvaluationEngine().evaluate(SyntheticInstitute.generate(60, 20, 11L),
                EvaluationOptions.defaults(), null, null);
        assertTrue(r.cards().stream().anyMatch(ScoreCard::ranked), "the fixture ranks someone");
        for (ScoreCard c : r.cards()) {
            assertEquals(c, SnapshotJson.readCard(SnapshotJson.write(c)), c.employeeNo());
        }
        List<CohortSummary> cohorts = new ArrayList<>(r.cohorts().values());
        assertEquals(cohorts, SnapshotJson.readCohorts(SnapshotJson.write(cohorts)));
        assertEquals(r.options(), SnapshotJson.readOptions(SnapshotJson.write(r.options())));
    }
}
