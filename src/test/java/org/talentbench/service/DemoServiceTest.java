package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.demo.DemoSpec;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/** The demo written into a database: complete or absent, and scored on exactly what the file holds. */
class DemoServiceTest {
    private static final String OPEN_ROUND = "2026年度科研人员评价";

    @TempDir
    Path dir;

    @Test
    void demoCancelledWhileWritingOutputsLeavesNoFile() {
        Path file = dir.resolve("cancelled");
        AtomicBoolean cancel = new AtomicBoolean();
        // cancelled once a third of the outputs are written: the sink checks before each batch
        assertThrows(CancellationException.class, () -> DemoService.create(file,
                new DemoSpec(120, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> cancel.set(cancel.get() || f > 0.3),
                cancel::get));
        assertFalse(Files.exists(dir.resolve("cancelled.mv.db")), "a cancelled demo leaves no file");
        assertFalse(Files.exists(dir.resolve("cancelled.trace.db")));
    }

    @Test
    void demoThatFailsInItsRoundsLeavesNoFile() {
        Path file = dir.resolve("failed");
        // the rounds report progress above 0.85; failing there means the institute and its indexes are written
        assertThrows(IllegalStateException.class, () -> DemoService.create(file,
                new DemoSpec(20, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> {
                    if (f > 0.9) {
                        throw new IllegalStateException("disk gone");
                    }
                }, () -> false));
        assertFalse(Files.exists(dir.resolve("failed.mv.db")), "a failed demo leaves no file");
    }

    @Test
    void demoScoresAreThoseOfTheOutputsReadBackFromTheFile() {
        // the demo scores its runs on one copy of the outputs (RoundService.reusingOutputs), read while its keys
        // were just rebuilt; scoring the open round again with an ordinary service, which reads the file, must agree
        Path file = dir.resolve("scored");
        DemoService.create(file, new DemoSpec(40, 11, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
        try (Database db = Database.open(DatabaseLocation.file(file), false)) {
            RoundService rounds = new RoundService(db, DemoRounds.ACTOR);
            List<SnapshotRow> demo = rounds.ranking(OPEN_ROUND).rows();
            assertTrue(demo.stream().anyMatch(r -> r.total() != null && r.total() > 0), "the demo scored people");
            rounds.score(OPEN_ROUND, null, null);
            assertEquals(demo, rounds.ranking(OPEN_ROUND).rows());
        }
    }
}
