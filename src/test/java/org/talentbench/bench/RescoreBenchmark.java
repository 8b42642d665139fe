package org.talentbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scoring.EvaluationEngine;
import org.talentbench.core.scoring.EvaluationOptions;
import org.talentbench.core.scoring.EvaluationResult;
import org.talentbench.core.scoring.LiveEvaluation;
import org.talentbench.core.scoring.ScoreCard;
import org.talentbench.core.scoring.SensitivityOptions;
import org.talentbench.core.scoring.SyntheticInstitute;

/**
 * Cost of re-scoring one researcher after an edit ({@link LiveEvaluation#rescore}) in the large institute of
 * {@link EvaluationBenchmark} (10,000 researchers × 100 outputs, seed 20180223, default schemes and options, rank
 * stability off): the institute is evaluated once in the trial setup; each invocation takes the next of the ranked
 * researchers in a seeded order, moves the date of one of their outputs (seeded) by up to ±90 days and raises its
 * citation count — co-authors included — and re-scores. The cohorts concerned hold up to ~2,800 ranked people.
 *
 * <p>Run with {@code mvn -o test-compile} and then
 * {@code java -Djmh.ignoreLock=true -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main RescoreBenchmark}.
 * Figures are recorded in {@code docs/benchmarks.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class RescoreBenchmark {

    @State(Scope.Benchmark)
    public static class Live {
        LiveEvaluation live;
        List<ResearcherId> ranked;
        Random rnd;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            live = new EvaluationEngine().prepare(SyntheticInstitute.generate(10_000, 100, 20180223L),
                    EvaluationOptions.defaults().withSensitivity(SensitivityOptions.off()), null, null);
            ranked = new ArrayList<>(live.result().cards().stream().filter(ScoreCard::ranked)
                    .map(ScoreCard::researcherId).toList());
            java.util.Collections.shuffle(ranked, new Random(4L));
            rnd = new Random(5L);
        }
    }

    @Benchmark
    public EvaluationResult rescoreOneResearcherAfterAnEdit(Live s) {
        ResearcherId id = s.ranked.get(s.next++ % s.ranked.size());
        Researcher r = s.live.researcher(id);
        List<Output> theirs = new ArrayList<>(s.live.outputsOf(id));
        if (!theirs.isEmpty()) {
            int k = s.rnd.nextInt(theirs.size());
            Output o = theirs.get(k);
            theirs.set(k, new Output(o.id(), o.kind(), o.title(), o.date().plusDays(s.rnd.nextInt(181) - 90),
                    o.venue(), o.doi(), o.externalId(), o.domesticJournal(),
                    o.citations() == null ? null : o.citations() + 1, o.citationSource(), o.citationAsOf(),
                    o.fieldNormalisedImpact(), o.attributes(), o.contributors(), o.version() + 1));
        }
        return s.live.rescore(r, theirs);
    }
}
