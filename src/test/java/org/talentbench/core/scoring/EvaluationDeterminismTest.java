package org.talentbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;

class EvaluationDeterminismTest {
    private static EvaluationInput input;
    private static EvaluationResult base;

    @BeforeAll
    static void evaluateOnce() {
        input = SyntheticInstitute.generate(400, 30, 42);
        base = new EvaluationEngine().evaluate(input, EvaluationOptions.defaults(), null, null);
    }

    private static EvaluationInput shuffled(long seed) {
        Random rnd = new Random(seed);
        List<Researcher> rs = new ArrayList<>(input.researchers());
        List<Output> os = new ArrayList<>(input.outputs());
        Collections.shuffle(rs, rnd);
        Collections.shuffle(os, rnd);
        return new EvaluationInput(rs, os, input.representativeWorks(), input.schemes(), input.peerReview(),
                input.manualInputs(), input.referenceDate(), input.cycleRules());
    }

    private static long[] totalBits(EvaluationResult r) {
        return r.cards().stream().mapToLong(c -> c.total() == null ? -1 : Double.doubleToRawLongBits(c.total()))
                .toArray();
    }

    @Test
    void shuffledInputGivesBitIdenticalTotalsAndRanks() {
        assertTrue(base.cards().stream().filter(ScoreCard::ranked).count() > 100, "fixture ranks enough people");
        for (long seed : new long[] {1, 7, 2025}) {
            EvaluationResult again = new EvaluationEngine().evaluate(shuffled(seed), EvaluationOptions.defaults(),
                    null, null);
            assertArrayEquals(totalBits(base), totalBits(again));
            assertEquals(base.cards().stream().map(ScoreCard::rank).toList(),
                    again.cards().stream().map(ScoreCard::rank).toList());
            // traces, flags, weights, intervals: the whole result
            assertEquals(base, again);
        }
    }

    @Test
    void rankIntervalsContainTheBaseRankAndAreReproducibleWithTheSameSeed() {
        EvaluationResult again = new EvaluationEngine().evaluate(input, EvaluationOptions.defaults(), null, null);
        int checked = 0;
        for (int i = 0; i < base.cards().size(); i++) {
            ScoreCard c = base.cards().get(i);
            if (!c.ranked()) {
                continue;
            }
            RankInterval ri = c.stability();
            assertNotNull(ri, c.employeeNo());
            assertEquals(c.rank(), ri.baseRank());
            assertTrue(ri.p5() <= c.rank() && c.rank() <= ri.p95(),
                    () -> c.employeeNo() + " rank " + c.rank() + " outside " + ri);
            assertEquals(1000, ri.draws());
            assertEquals(ri, again.cards().get(i).stability());
            assertEquals(!ri.robust(), c.hasFlag("flag.rankNotRobust") || c.hasFlag("flag.rankCrossesGradeBoundary"));
            checked++;
        }
        assertTrue(checked > 100);
    }

    @Test
    void aDifferentSeedDrawsDifferentWeights() {
        EvaluationOptions other = EvaluationOptions.defaults().withSensitivity(
                new SensitivityOptions(1000, 99, 0.2, 0.10, 0.20));
        EvaluationResult r = new EvaluationEngine().evaluate(input, other, null, null);
        boolean anyDifferent = false;
        for (int i = 0; i < r.cards().size(); i++) {
            RankInterval a = base.cards().get(i).stability();
            RankInterval b = r.cards().get(i).stability();
            anyDifferent |= a != null && !a.equals(b);
        }
        assertTrue(anyDifferent);
    }

    @Test
    void gradeBoundaryIsTheTopShareRoundedDown() {
        // a cohort of n ranked researchers with the default 20% top share: boundary floor(0.2 n)
        for (ScoreCard c : base.cards()) {
            if (c.ranked()) {
                assertEquals((int) Math.floor(0.2 * c.cohortSize()), c.stability().gradeBoundaryRank());
            }
        }
    }
}
