package org.talentbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.service.DemoService;
import org.talentbench.service.ReportService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * Cost of one individual evaluation summary in a warm batch, from the database to PDF/A bytes: read the person's
 * row, score card (trace JSON), profile and representative works from H2, build the summary, render it with a warm
 * renderer. The people of the standard demo's open round (240 researchers, 43 scored) are taken in turn. Target:
 * at most 150 ms per summary. The setup writes the standard demo into a temporary H2 file (a minute or more).
 *
 * <p>Run with {@code mvn -o test-compile} and then
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main ReportBatchBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@State(Scope.Thread)
public class ReportBatchBenchmark {
    static final String ROUND = "2026年度科研人员评价";
    private Path dir;
    private Database db;
    private ReportService service;
    private List<ReportService.Person> people;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("talentbench-report-bench");
        Path file = dir.resolve("demo");
        DemoService.create(file, DemoSpec.standard(), f -> { }, () -> false);
        db = Database.open(DatabaseLocation.parse(file.toString()), false);
        service = new ReportService(db);
        people = service.people(ROUND);
        service.render(service.individual(ROUND, people.get(0).employeeNo(), Language.ZH));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public byte[] individualSummaryFromDatabase() throws IOException {
        ReportService.Person p = people.get(next++ % people.size());
        return service.render(service.individual(ROUND, p.employeeNo(), Language.ZH)).bytes();
    }
}
