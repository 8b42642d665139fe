package org.talentbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.demo.DemoInstituteGenerator;
import org.talentbench.demo.DemoSink;
import org.talentbench.demo.DemoSpec;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * Writes a generated demo institute into a new database. Each batch is one transaction; a failure or a cancel
 * removes the half-written file, so a demo database is either complete or absent.
 */
public final class DemoService {
    private static final Logger LOG = LoggerFactory.getLogger(DemoService.class);

    /** What was written. */
    public record Result(DatabaseLocation location, int researchers, int outputs) {
    }

    private DemoService() {
    }

    /** Writes the demo into a new H2 file at {@code file} ({@code name} or {@code name.mv.db}). */
    public static Result create(Path file, DemoSpec spec, DoubleConsumer progress, BooleanSupplier cancelled) {
        return create(DatabaseLocation.file(file), spec, progress, cancelled);
    }

    /**
     * @throws UserFacingException {@code demo.error.exists} when the file is already there
     */
    public static Result create(DatabaseLocation location, DemoSpec spec, DoubleConsumer progress,
                                BooleanSupplier cancelled) {
        if (location.kind() == DatabaseLocation.Kind.H2_FILE && Files.exists(location.dataFile())) {
            throw new UserFacingException("demo.error.exists", true, null, location.display());
        }
        boolean done = false;
        try (Database db = Database.open(location)) {
            StoreSink sink = new StoreSink(db, f -> progress.accept(0.85 * f), cancelled);
            // a new file that is deleted unless everything below succeeds: its commits need not reach the disk
            // one by one, and its output indexes and foreign keys are built once at the end (see Database.loadNew).
            // Phase times (wall and this thread's CPU) go to the log, for docs/benchmarks.md
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long[] phases = new long[3];
            long[] cpu = new long[3];
            db.bulk(() -> {
                db.loadNew(() -> {
                    DemoInstituteGenerator.generate(spec, sink);
                    phases[0] = System.nanoTime();
                    cpu[0] = threads.getCurrentThreadCpuTime();
                    return null;
                });
                phases[1] = System.nanoTime();
                cpu[1] = threads.getCurrentThreadCpuTime();
                db.inTransaction(r -> {
                    r.settings().put("institute.name", "江苏省先进技术研究院（示范）");
                    r.settings().put("institute.nameEn", "Jiangsu Institute of Advanced Technology (demo)");
                    r.settings().put(AuthService.DEMO_SEED_SETTING, Long.toString(spec.seed()));
                    return null;
                });
                DemoRounds.create(db, spec.seed(), f -> progress.accept(0.85 + 0.15 * f));
                phases[2] = System.nanoTime();
                cpu[2] = threads.getCurrentThreadCpuTime();
                return null;
            });
            long t4 = System.nanoTime();
            long c4 = threads.getCurrentThreadCpuTime();
            LOG.info("demo: {} researchers, {} outputs; wall (main thread cpu) ms: generate and write {} ({}),"
                    + " indexes and foreign keys {} ({}), rounds {} ({}), checkpoint {} ({})", sink.researchers,
                    sink.outputs, ms(phases[0] - t0), ms(cpu[0] - c0), ms(phases[1] - phases[0]), ms(cpu[1] - cpu[0]),
                    ms(phases[2] - phases[1]), ms(cpu[2] - cpu[1]), ms(t4 - phases[2]), ms(c4 - cpu[2]));
            done = true;
            return new Result(location, sink.researchers, sink.outputs);
        } finally {
            if (!done && location.kind() == DatabaseLocation.Kind.H2_FILE) {
                deleteQuietly(location.dataFile());
            }
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName().toString().replace(".mv.db", ".trace.db")));
        } catch (IOException e) {
            LOG.warn("could not remove incomplete demo database {}", file, e);
        }
    }

    private static final class StoreSink implements DemoSink {
        private final Database db;
        private final DoubleConsumer progress;
        private final BooleanSupplier cancelled;
        int researchers;
        int outputs;

        StoreSink(Database db, DoubleConsumer progress, BooleanSupplier cancelled) {
            this.db = db;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        private void checkCancelled() {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
        }

        @Override
        public void departments(List<Department> departments) {
            db.inTransaction(r -> {
                departments.forEach(r.departments()::save);
                return null;
            });
        }

        @Override
        public List<Researcher> researchers(List<Researcher> batch) {
            checkCancelled();
            researchers += batch.size();
            return db.inTransaction(r -> r.researchers().insertAll(batch));
        }

        @Override
        public List<Output> outputs(List<Output> batch) {
            checkCancelled();
            outputs += batch.size();
            return db.inTransaction(r -> r.outputs().insertAll(batch));
        }

        @Override
        public void representativeWorks(List<RepresentativeWork> works) {
            checkCancelled();
            db.inTransaction(r -> {
                r.representativeWorks().insertAll(works);
                return null;
            });
        }

        @Override
        public void progress(double fraction) {
            progress.accept(fraction);
        }
    }
}
