package org.talentbench.core.researcher;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period away from research (maternity, illness, national service …). Breaks lengthen evaluation windows and the
 * young-talent age limit. Invariant: {@code end} is not before {@code start}.
 */
public record CareerBreak(long id, CareerBreakKind kind, LocalDate start, LocalDate end, String note) {
    public CareerBreak {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        note = note == null ? "" : note;
    }

    /** Length in days, both ends included. */
    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
    }
}
