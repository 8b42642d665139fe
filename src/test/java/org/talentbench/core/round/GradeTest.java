package org.talentbench.core.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference cases from policy-rules.md: a 20% cap means "not more than", rounded down (19 people → 3). */
class GradeTest {
    @ParameterizedTest
    @CsvSource({
        "1, 19, EXCELLENT",
        "3, 19, EXCELLENT",
        "4, 19, QUALIFIED",
        "4, 20, EXCELLENT",
        "5, 20, QUALIFIED",
        "1, 4, QUALIFIED",
        "1, 5, EXCELLENT",
    })
    void excellentIsProposedWithinTheQuotaRoundedDown(int rank, int size, Grade expected) {
        assertEquals(expected, Grade.propose(rank, size, 0.20));
    }

    @ParameterizedTest
    @CsvSource(value = {"null, 10", "3, null"}, nullValues = "null")
    void noRankNoProposal(Integer rank, Integer size) {
        assertEquals(Grade.NONE, Grade.propose(rank, size, 0.20));
    }
}
