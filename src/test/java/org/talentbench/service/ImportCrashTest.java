package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * A child JVM imports a large workbook pair into an H2 file and is killed ({@code destroyForcibly}) while the commit
 * runs; reopening the file shows either nothing or everything of that import, never a part.
 */
class ImportCrashTest {
    private static final int RESEARCHERS = 800;
    private static final int OUTPUTS = 8_000;
    /** How long to wait for the child before calling it hung: protection against a stuck build, not a measure. */
    private static final long PATIENCE_MINUTES = 10;

    @TempDir
    static Path files;
    @TempDir
    Path dir;

    private Path db;
    private List<Integer> before;

    @BeforeEach
    void setUp() throws IOException {
        db = dir.resolve("crash");
        try (Database d = Database.open(DatabaseLocation.file(db))) {
            ImportFixtures.store(d, ImportFixtures.institute());
            before = ImportFixtures.counts(d);
        }
    }

    private static synchronized List<Path> largeFiles() throws IOException {
        Path researchers = files.resolve("researchers.xlsx");
        Path outputs = files.resolve("outputs.xlsx");
        if (!researchers.toFile().exists()) {
            LargeImportFiles.writeResearchers(researchers, RESEARCHERS, 7);
            LargeImportFiles.writeOutputs(outputs, OUTPUTS, RESEARCHERS, 7);
        }
        return List.of(researchers, outputs);
    }

    private Process start(String mode) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), ImportCrashChild.class.getName(), mode,
                db.toString()));
        for (Path f : largeFiles()) {
            command.add(f.toString());
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The child's stdout lines, read on a daemon thread; "EOF" when the stream ends. */
    private static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    q.add(line);
                }
            } catch (IOException e) {
                // the child was killed
            }
            q.add("EOF");
        });
        t.setDaemon(true);
        t.start();
        return q;
    }

    /** Waits for a line starting with {@code prefix}; fails when the child ends or hangs first. */
    private static String await(BlockingQueue<String> q, String prefix, List<String> seen) throws InterruptedException {
        while (true) {
            String line = q.poll(PATIENCE_MINUTES, TimeUnit.MINUTES);
            if (line == null) {
                fail("child hung; output: " + seen);
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
            if (line.equals("EOF") || line.startsWith("ERRORS") || line.equals("COMMITTED")) {
                return line;
            }
        }
    }

    private List<Integer> countsAfterReopening() {
        try (Database d = Database.open(DatabaseLocation.file(db), false)) {
            return ImportFixtures.counts(d);
        }
    }

    private void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertTrue(p.waitFor(PATIENCE_MINUTES, TimeUnit.MINUTES), "child did not die");
    }

    @Test
    void killedInsideTheCommitLeavesTheDatabaseAsItWas() throws Exception {
        Process child = start("hold");
        List<String> seen = new ArrayList<>();
        String line = await(lines(child), "PROGRESS", seen);
        assertTrue(line.startsWith("PROGRESS"), "the commit started: " + seen);

        kill(child);

        assertEquals(before, countsAfterReopening());
    }

    @Test
    void killedAtARandomMomentLeavesNothingOrEverything() throws Exception {
        List<Integer> everything = null;
        Random random = new Random(42);
        for (int round = 0; round < 1; round++) {
            Process child = start("run");
            List<String> seen = new ArrayList<>();
            BlockingQueue<String> q = lines(child);
            String line = await(q, "PREVIEWED", seen);
            assertTrue(line.startsWith("PREVIEWED"), seen::toString);
            int progressLines = 1 + random.nextInt(5);
            for (int i = 0; i < progressLines && !line.equals("COMMITTED") && !line.equals("EOF"); i++) {
                line = await(q, "PROGRESS", seen);
            }
            kill(child);

            List<Integer> after = countsAfterReopening();
            if (!after.equals(before)) {
                assertEquals(before.get(0) + RESEARCHERS, after.get(0), "all researchers or none: " + seen);
                assertEquals(before.get(1) + OUTPUTS, after.get(1), "all outputs or none: " + seen);
                everything = after;
                setUp(); // start again from the base database
                db = dir.resolve("crash-" + round);
                try (Database d = Database.open(DatabaseLocation.file(db))) {
                    ImportFixtures.store(d, ImportFixtures.institute());
                }
            }
        }
        if (everything != null) {
            assertEquals(before.get(2) + contributorsOf(OUTPUTS), everything.get(2));
        }
    }

    @Test
    void aCommitThatFinishedBeforeTheKillIsThereCompletely() throws Exception {
        Process child = start("run");
        List<String> seen = new ArrayList<>();
        BlockingQueue<String> q = lines(child);
        String line;
        do {
            line = await(q, "COMMITTED", seen);
        } while (!line.equals("COMMITTED") && !line.equals("EOF"));
        assertEquals("COMMITTED", line, seen::toString);

        kill(child);

        List<Integer> after = countsAfterReopening();
        assertEquals(before.get(0) + RESEARCHERS, after.get(0));
        assertEquals(before.get(1) + OUTPUTS, after.get(1));
        assertEquals(before.get(2) + contributorsOf(OUTPUTS), after.get(2));
    }

    /** Contributors the generated outputs carry: recounted from the generator with the same seed. */
    private static int contributorsOf(int outputs) {
        return LargeImportFiles.outputs(outputs, RESEARCHERS, 7).stream().mapToInt(o -> o.contributors().size()).sum();
    }
}
