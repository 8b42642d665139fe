package org.talentbench.bench;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.talentbench.core.scoring.mcda.Ahp;
import org.talentbench.core.scoring.mcda.AhpMethod;
import org.talentbench.core.scoring.mcda.AhpResult;
import org.talentbench.core.scoring.mcda.CriterionType;
import org.talentbench.core.scoring.mcda.Normalisation;
import org.talentbench.core.scoring.mcda.RandomIndex;
import org.talentbench.core.scoring.mcda.Topsis;
import org.talentbench.core.scoring.mcda.TopsisNormalisation;
import org.talentbench.core.scoring.mcda.TopsisResult;

/**
 * Cost of the MCDA toolbox at the sizes an institute meets: one 9×9 AHP judgement matrix (Saaty's 1–9 scale,
 * random, so usually inconsistent, which costs the same), a TOPSIS ranking of 10,000 researchers on 12 criteria and
 * the default percentile-rank normalisation of one indicator over them. Inputs are built once from a fixed seed, so
 * runs are comparable.
 *
 * <p>Run with {@code mvn -o test-compile} and then
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main McdaBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class McdaBenchmark {

    private static final long SEED = 20240601L;
    private static final int AHP_ORDER = 9;
    private static final int RESEARCHERS = 10_000;
    private static final int CRITERIA = 12;
    private static final double[] SAATY_SCALE = {1, 2, 3, 4, 5, 6, 7, 8, 9};

    /** A random reciprocal 9×9 matrix on Saaty's scale. */
    @State(Scope.Benchmark)
    public static class AhpInput {
        @Param({"eigenvector", "approximate"})
        public String method;

        Ahp ahp;
        double[][] judgements;

        @Setup
        public void setUp() {
            Random random = new Random(SEED);
            ahp = new Ahp(AhpMethod.fromCode(method), RandomIndex.SAATY, Ahp.DEFAULT_CR_THRESHOLD);
            judgements = new double[AHP_ORDER][AHP_ORDER];
            for (int i = 0; i < AHP_ORDER; i++) {
                judgements[i][i] = 1;
                for (int j = i + 1; j < AHP_ORDER; j++) {
                    double value = SAATY_SCALE[random.nextInt(SAATY_SCALE.length)];
                    judgements[i][j] = random.nextBoolean() ? value : 1 / value;
                    judgements[j][i] = 1 / judgements[i][j];
                }
            }
        }
    }

    /** 10,000 researchers × 12 skewed count criteria with ties; every fourth criterion is a cost. */
    @State(Scope.Benchmark)
    public static class DecisionInput {
        @Param({"vector", "minmax"})
        public String normalisation;

        double[][] matrix;
        double[] weights;
        CriterionType[] types;
        TopsisNormalisation topsisNormalisation;

        @Setup
        public void setUp() {
            Random random = new Random(SEED);
            matrix = new double[RESEARCHERS][CRITERIA];
            for (double[] row : matrix) {
                for (int j = 0; j < CRITERIA; j++) {
                    row[j] = Math.floor(Math.abs(random.nextGaussian()) * 20);
                }
            }
            weights = new double[CRITERIA];
            Arrays.fill(weights, 1.0 / CRITERIA);
            types = new CriterionType[CRITERIA];
            for (int j = 0; j < CRITERIA; j++) {
                types[j] = j % 4 == 3 ? CriterionType.COST : CriterionType.BENEFIT;
            }
            topsisNormalisation = TopsisNormalisation.fromCode(normalisation);
        }
    }

    /** One skewed count indicator (ties included) for 10,000 researchers. */
    @State(Scope.Benchmark)
    public static class IndicatorInput {
        double[] values;

        @Setup
        public void setUp() {
            Random random = new Random(SEED);
            values = new double[RESEARCHERS];
            for (int i = 0; i < RESEARCHERS; i++) {
                values[i] = Math.floor(Math.abs(random.nextGaussian()) * 20);
            }
        }
    }

    @Benchmark
    public AhpResult ahp9x9(AhpInput input) {
        return input.ahp.compute(input.judgements);
    }

    @Benchmark
    public TopsisResult topsis10000x12(DecisionInput input) {
        return Topsis.compute(input.matrix, input.weights, input.types, input.topsisNormalisation);
    }

    @Benchmark
    public double[] percentileRank10000(IndicatorInput input) {
        return Normalisation.PERCENTILE_RANK.apply(input.values);
    }
}
