package org.talentbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.talentbench.service.ImportDecisions;
import org.talentbench.service.ImportOptions;
import org.talentbench.service.ImportPlan;
import org.talentbench.service.ImportService;
import org.talentbench.service.LargeImportFiles;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * The import issue's target: 10,000 researchers and 200,000 outputs from two xlsx files into an empty H2 file,
 * reading, validating, matching and committing included (at most 15 s, memory bounded), in a 1 GB heap. The files
 * are written once per trial; every iteration imports them into a fresh database file. Run with
 * {@code java -cp target/test-classes:target/classes:<deps> org.openjdk.jmh.Main ImportBenchmark}
 * ({@code -p outputs=20000} for a quicker look).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ImportBenchmark {
    @Param({"10000"})
    public int researchers;

    @Param({"200000"})
    public int outputs;

    private Path dir;
    private List<Path> files;
    private Database db;
    private int iteration;

    @Setup(Level.Trial)
    public void writeFiles() throws IOException {
        dir = Files.createTempDirectory("tb-import-bench");
        files = List.of(LargeImportFiles.writeResearchers(dir.resolve("researchers.xlsx"), researchers, 7),
                LargeImportFiles.writeOutputs(dir.resolve("outputs.xlsx"), outputs, researchers, 7));
    }

    @Setup(Level.Iteration)
    public void emptyDatabase() {
        db = Database.open(DatabaseLocation.file(dir.resolve("db-" + ++iteration)));
    }

    @Benchmark
    public int importBoth() {
        ImportService service = new ImportService(db);
        ImportPlan plan = service.preview(files, ImportOptions.defaults());
        if (plan.hasErrors()) {
            throw new IllegalStateException("the generated files do not validate: " + plan.errors());
        }
        service.commit(plan, ImportDecisions.proposed(), ImportService.Progress.NONE);
        return plan.rowCount();
    }

    @TearDown(Level.Iteration)
    public void closeDatabase() {
        db.close();
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
