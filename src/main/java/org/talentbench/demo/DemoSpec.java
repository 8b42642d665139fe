package org.talentbench.demo;

import java.time.LocalDate;
import org.talentbench.core.InvalidInputException;

/**
 * What demo institute to generate: how many researchers, from which seed, and the reference date that "today" is for
 * the demo (ages, the eight-year output window and citation snapshots are taken from it, never from the clock).
 * The same spec always gives the same institute.
 *
 * @param researchers   number of researchers, 1 to {@value #MAX_RESEARCHERS}
 * @param seed          seed of every random draw
 * @param referenceDate the demo's "today"; outputs fall in the eight years before it
 */
public record DemoSpec(int researchers, long seed, LocalDate referenceDate) {
    public static final int MAX_RESEARCHERS = 100_000;
    public static final int STANDARD_RESEARCHERS = 240;
    public static final long STANDARD_SEED = 20260630L;
    public static final LocalDate STANDARD_REFERENCE_DATE = LocalDate.of(2026, 6, 30);
    /** How far back outputs go. */
    public static final int OUTPUT_YEARS = 8;

    /**
     * @throws InvalidInputException {@code demo.researchers.outOfRange} (args: given, min, max) or
     *                               {@code demo.referenceDate.missing}
     */
    public DemoSpec {
        if (researchers < 1 || researchers > MAX_RESEARCHERS) {
            throw new InvalidInputException("demo.researchers.outOfRange", researchers, 1, MAX_RESEARCHERS);
        }
        if (referenceDate == null) {
            throw new InvalidInputException("demo.referenceDate.missing");
        }
    }

    /** The standard demo: 240 researchers, seed 20260630, reference date 2026-06-30. */
    public static DemoSpec standard() {
        return new DemoSpec(STANDARD_RESEARCHERS, STANDARD_SEED, STANDARD_REFERENCE_DATE);
    }

    public DemoSpec withResearchers(int n) {
        return new DemoSpec(n, seed, referenceDate);
    }

    public DemoSpec withSeed(long newSeed) {
        return new DemoSpec(researchers, newSeed, referenceDate);
    }

    /** First day of the output window: {@value #OUTPUT_YEARS} years before the reference date. */
    public LocalDate windowStart() {
        return referenceDate.minusYears(OUTPUT_YEARS);
    }
}
