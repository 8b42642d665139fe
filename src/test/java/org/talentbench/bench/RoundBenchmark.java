package org.talentbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
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
import org.talentbench.app.evaluation.RankingRowViewModel;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.Grade;
import org.talentbench.core.round.ListFlag;
import org.talentbench.core.round.Participation;
import org.talentbench.core.round.RoundScope;
import org.talentbench.core.round.SnapshotInfo;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.DemoService;
import org.talentbench.service.RankedList;
import org.talentbench.service.RoundService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * Speed of evaluation rounds: a scoring run of the standard demo institute (240 researchers, ~24,000 outputs) with
 * the database — read, evaluate with the 1,000-draw stability pass, write the snapshot with every card's trace —
 * and, on a stored snapshot of 10,000 cards, opening the ranked list (rows read from the store and turned into the
 * screen's row view models) and sorting and filtering those rows as the table does. Databases are H2 files under a
 * temporary folder, built in the setup, outside the measurement.
 *
 * <p>Run with {@code mvn -o test-compile} and then
 * {@code java -Xmx1g -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main RoundBenchmark}.
 * Figures are recorded in {@code docs/benchmarks.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class RoundBenchmark {

    /** The standard demo institute with an open round to score. */
    @State(Scope.Benchmark)
    public static class Demo {
        Path dir;
        Database db;
        RoundService rounds;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("round-bench");
            Path file = dir.resolve("demo");
            DemoService.create(file, DemoSpec.standard(), f -> { }, () -> false);
            db = Database.open(DatabaseLocation.file(file), false);
            rounds = new RoundService(db, "bench");
            rounds.create("bench", LocalDate.of(2026, 6, 30), RoundScope.all());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            db.close();
            delete(dir);
        }
    }

    /** A stored snapshot of 10,000 cards and the rows of the screen built from it. */
    @State(Scope.Benchmark)
    public static class Large {
        Path dir;
        Database db;
        RoundService rounds;
        long snapshotId;
        Messages messages = Messages.of(Language.ZH);
        List<RankingRowViewModel> rows;
        ObservableList<RankingRowViewModel> source;
        int flip;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("round-bench-large");
            db = Database.open(DatabaseLocation.file(dir.resolve("large")));
            rounds = new RoundService(db, "bench");
            long roundId = rounds.create("large", LocalDate.of(2026, 6, 30), RoundScope.all()).id();
            List<SnapshotRow> snapshotRows = new ArrayList<>();
            List<String> cards = new ArrayList<>();
            Random rnd = new Random(10_000);
            String card = "{\"trace\":\"" + "x".repeat(6_000) + "\"}";
            ResearchCategory[] cats = ResearchCategory.values();
            for (int i = 0; i < 10_000; i++) {
                int size = 2_500;
                int rank = i % size + 1;
                double total = 100.0 * (size - rank) / size;
                snapshotRows.add(new SnapshotRow(i, new ResearcherId(i + 1), String.format("JS%07d", i),
                        "研究员" + i, cats[i / size], "物理学", cats[i / size].name(), CycleStatus.DUE_FULL,
                        Participation.DUE_FULL, rank, size, total, total * 0.4, total * 0.35, total * 0.25,
                        total, Math.max(1, rank - 3), Math.min(size, rank + 3), Grade.propose(rank, size, 0.2),
                        rnd.nextInt(10) > 0, rnd.nextInt(4) == 0 ? List.of(ListFlag.RANK_NOT_ROBUST) : List.of()));
                cards.add(card);
            }
            SnapshotInfo info = new SnapshotInfo(0, roundId, LocalDateTime.now(), "bench", "0".repeat(64),
                    LocalDate.of(2026, 6, 30), Map.of(), snapshotRows.size());
            snapshotId = db.inTransaction(r -> r.snapshots().insert(info, "[]", "{}", snapshotRows, cards)).id();
            rows = open(this);
            source = FXCollections.observableArrayList(rows);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            db.close();
            delete(dir);
        }
    }

    static List<RankingRowViewModel> open(Large s) {
        RankedList list = s.rounds.ranking(s.snapshotId);
        List<RankingRowViewModel> out = new ArrayList<>(list.rows().size());
        for (SnapshotRow r : list.rows()) {
            out.add(RankingRowViewModel.of(r, s.messages, null));
        }
        return out;
    }

    @Benchmark
    public SnapshotInfo scoreDemoRound(Demo s) {
        return s.rounds.score("bench", null, null);
    }

    @Benchmark
    public List<RankingRowViewModel> openRankedList10000(Large s) {
        return open(s);
    }

    @Benchmark
    public int sortRankedList10000ByTotal(Large s) {
        SortedList<RankingRowViewModel> sorted = new SortedList<>(s.source);
        Comparator<RankingRowViewModel> byTotal = Comparator.comparing(RankingRowViewModel::total,
                Comparator.nullsLast(Comparator.naturalOrder()));
        sorted.setComparator((s.flip++ & 1) == 0 ? byTotal : byTotal.reversed());
        return sorted.get(0).rank();
    }

    @Benchmark
    public int filterRankedList10000BySearch(Large s) {
        FilteredList<RankingRowViewModel> filtered = new FilteredList<>(s.source);
        String needle = (s.flip++ & 1) == 0 ? "js00012" : "研究员99";
        filtered.setPredicate(r -> r.matches(needle));
        return filtered.size();
    }

    static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
