package org.talentbench.core.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The publicity period (公示) of a round's result list: first and last day (inclusive) and the number of working days
 * it spans (default 5), who published it and when.
 */
public record Publicity(long roundId, LocalDate start, LocalDate end, int workingDays, AccountId by,
                        Instant publishedAt) {
    public Publicity {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Whether the period is over on {@code today}. */
    public boolean overOn(LocalDate today) {
        return today.isAfter(end);
    }
}
