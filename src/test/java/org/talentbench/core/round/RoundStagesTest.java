package org.talentbench.core.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.InvalidInputException;

class RoundStagesTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 1, 9, 0);

    private static Round in(RoundStage stage) {
        return new Round(1, "2026 annual", LocalDate.of(2026, 6, 30), stage, RoundScope.all(), Map.of(), 1);
    }

    @ParameterizedTest
    @CsvSource({
        "DRAFT, DATA_VERIFICATION",
        "DATA_VERIFICATION, PEER_REVIEW",
        "PEER_REVIEW, SCORING",
        "SCORING, CALIBRATION",
        "CALIBRATION, PUBLICITY",
        "PUBLICITY, FINAL",
    })
    void advanceMovesExactlyOneStageForward(RoundStage from, RoundStage to) {
        StageEvent e = RoundStages.advance(in(from), null, "hr", AT);
        assertEquals(from, e.from());
        assertEquals(to, e.to());
        assertEquals("", e.reason());
        assertFalse(e.backward());
    }

    @Test
    void goingBackNeedsAReason() {
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> RoundStages.back(in(RoundStage.SCORING), "  ", "hr", AT));
        assertEquals("round.reasonRequired", blank.code());
        assertThrows(InvalidInputException.class, () -> RoundStages.back(in(RoundStage.SCORING), null, "hr", AT));
        StageEvent e = RoundStages.back(in(RoundStage.SCORING), " data corrected ", "hr", AT);
        assertEquals(RoundStage.PEER_REVIEW, e.to());
        assertEquals("data corrected", e.reason());
        assertTrue(e.backward());
    }

    @Test
    void aFinalRoundRefusesEveryMove() {
        Round fin = in(RoundStage.FINAL);
        assertEquals("round.final",
                assertThrows(InvalidInputException.class, () -> RoundStages.advance(fin, "", "hr", AT)).code());
        assertEquals("round.final",
                assertThrows(InvalidInputException.class, () -> RoundStages.back(fin, "why", "hr", AT)).code());
        assertEquals("round.final",
                assertThrows(InvalidInputException.class, () -> RoundStages.requireEditable(fin)).code());
    }

    @Test
    void draftHasNoPreviousStage() {
        assertEquals("round.noPreviousStage", assertThrows(InvalidInputException.class,
                () -> RoundStages.back(in(RoundStage.DRAFT), "why", "hr", AT)).code());
    }
}
