package org.talentbench.core.cycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A closed range of days [{@code start}, {@code end}], both ends included: the evaluation window of one cycle.
 * Invariant: {@code end} is not before {@code start}.
 */
public record DateWindow(LocalDate start, LocalDate end) {
    /** Days per year used to turn a window into years for per-year rates (mean Gregorian year). */
    public static final double DAYS_PER_YEAR = 365.2425;

    public DateWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window end " + end + " before start " + start);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Length in days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Length in (fractional) years: {@link #days()} / {@value #DAYS_PER_YEAR}. */
    public double years() {
        return days() / DAYS_PER_YEAR;
    }
}
