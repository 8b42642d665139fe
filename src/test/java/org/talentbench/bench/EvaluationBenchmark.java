package org.talentbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.talentbench.core.ProgressListener;
import org.talentbench.core.scoring.Aggregation;
import org.talentbench.core.scoring.CohortKey;
import org.talentbench.core.scoring.EvaluationEngine;
import org.talentbench.core.scoring.EvaluationInput;
import org.talentbench.core.scoring.EvaluationOptions;
import org.talentbench.core.scoring.EvaluationResult;
import org.talentbench.core.scoring.RankInterval;
import org.talentbench.core.scoring.RankStability;
import org.talentbench.core.scoring.SensitivityOptions;
import org.talentbench.core.scoring.SyntheticInstitute;
import org.talentbench.core.scoring.mcda.TopsisNormalisation;

/**
 * Cost of a full evaluation of a large institute (10,000 researchers × 100 outputs = 1,000,000 outputs, default
 * schemes, about 80% of the researchers due), with and without the 1,000-draw rank-stability pass, and of the
 * rank-stability pass alone for one committee-sized cohort of 240 researchers. Inputs come from
 * {@link SyntheticInstitute} with a fixed seed and are built in the setup, outside the measurement.
 *
 * <p>Run with {@code mvn -o test-compile} and then
 * {@code java -Xmx1g -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main EvaluationBenchmark}.
 * Figures are recorded in {@code docs/benchmarks.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class EvaluationBenchmark {

    /** The large institute. */
    @State(Scope.Benchmark)
    public static class Institute {
        @Param({"off", "1000"})
        public String sensitivity;

        EvaluationInput input;
        EvaluationOptions options;

        @Setup(Level.Trial)
        public void setUp() {
            input = SyntheticInstitute.generate(10_000, 100, 20180223L);
            options = sensitivity.equals("off")
                    ? EvaluationOptions.defaults().withSensitivity(SensitivityOptions.off())
                    : EvaluationOptions.defaults();
        }
    }

    /** One cohort of 240 ranked researchers, normalised values and weights taken from a real evaluation. */
    @State(Scope.Benchmark)
    public static class Cohort {
        double[][] x;
        int[] dimOf;
        double[] dimensionWeights;
        double[] indicatorWeights;
        int[] ranks;

        @Setup(Level.Trial)
        public void setUp() {
            EvaluationInput in = SyntheticInstitute.generate(700, 40, 7L);
            EvaluationResult r = new EvaluationEngine().evaluate(in,
                    EvaluationOptions.defaults().withSensitivity(SensitivityOptions.off()), null, null);
            var cards = r.cards().stream().filter(c -> c.ranked()
                    && c.cohort().equals(CohortKey.of(org.talentbench.core.researcher.ResearchCategory.BASIC)))
                    .limit(240).toList();
            var first = cards.get(0).trace();
            int k = first.dimensions().stream().mapToInt(d -> d.indicators().size()).sum();
            x = new double[cards.size()][k];
            dimOf = new int[k];
            indicatorWeights = new double[k];
            dimensionWeights = new double[first.dimensions().size()];
            ranks = new int[cards.size()];
            for (int i = 0; i < cards.size(); i++) {
                int j = 0;
                for (int d = 0; d < first.dimensions().size(); d++) {
                    var dt = cards.get(i).trace().dimensions().get(d);
                    dimensionWeights[d] = dt.weight();
                    for (var it : dt.indicators()) {
                        x[i][j] = it.normalised();
                        dimOf[j] = d;
                        indicatorWeights[j] = it.weight();
                        j++;
                    }
                }
                ranks[i] = i + 1;
            }
        }
    }

    @Benchmark
    public EvaluationResult evaluate10000Researchers(Institute s) {
        return new EvaluationEngine().evaluate(s.input, s.options, ProgressListener.NONE, () -> false);
    }

    @Benchmark
    public RankInterval[] sensitivity1000DrawsOn240Researchers(Cohort c) {
        return RankStability.analyse("BASIC", c.x, c.dimOf, c.dimensionWeights, c.indicatorWeights, c.ranks,
                Aggregation.WEIGHTED_SUM, TopsisNormalisation.VECTOR, SensitivityOptions.defaults());
    }
}
