package org.talentbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.talentbench.demo.DemoInstituteGenerator;
import org.talentbench.demo.DemoSpec;
import org.talentbench.demo.DiscardingDemoSink;

/**
 * Time to generate a 10,000-researcher demo institute (about a million outputs) into a sink that discards it, in a
 * 1 GB heap: the generator's own cost, without any store. Run with
 * {@code java -cp target/test-classes:target/classes:<deps> org.openjdk.jmh.Main DemoGeneratorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Xms1g"})
public class DemoGeneratorBenchmark {

    @Param({"10000"})
    public int researchers;

    @Benchmark
    public long generateDiscarding() {
        DiscardingDemoSink sink = new DiscardingDemoSink();
        DemoInstituteGenerator.generate(DemoSpec.standard().withResearchers(researchers), sink);
        return sink.outputCount();
    }
}
