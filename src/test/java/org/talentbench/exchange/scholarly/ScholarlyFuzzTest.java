package org.talentbench.exchange.scholarly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentbench.exchange.Fixtures;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.Mutants;

/**
 * Every damaged copy of every fixture either imports or is refused with an {@link ImportException}: never another
 * exception, never a hang. The seed is fixed so a failure names a mutant that can be replayed.
 */
// a hang guard, not a speed assertion: a few thousand small parses take seconds
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ScholarlyFuzzTest {
    private static final int MUTANTS = 300;
    private static final long SEED = 0x7A1E47BE4CL;

    static List<String> fixtures() {
        return Fixtures.SCHOLARLY;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyMutantImportsOrIsRefusedCleanly(String fixture) {
        byte[] original = Fixtures.bytes(fixture);
        ScholarlyImport importer = new ScholarlyImport(LocalDate.of(2026, 1, 15));
        Random random = new Random(SEED ^ fixture.hashCode());
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = Mutants.mutate(original, random);
            try {
                ScholarlyRecord r = importer.read(Fixtures.name(fixture), mutant);
                assertTrue(r.works().stream().allMatch(w -> w.output().title() != null));
            } catch (ImportException e) {
                refused++;
                assertTrue(!e.problems().isEmpty());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                failures.add("mutant " + i + ": " + e);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(refused > 0, "the mutations should break at least some copies");
    }
}
