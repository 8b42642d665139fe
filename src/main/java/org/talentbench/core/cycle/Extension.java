package org.talentbench.core.cycle;

import java.time.LocalDate;

/**
 * A lengthening of a window or limit, kept as whole months plus days so that "18 months" means calendar months
 * (applied first) rather than a fixed number of days. Extensions add component-wise.
 */
record Extension(int months, long days) {
    static final Extension NONE = new Extension(0, 0);

    Extension plus(Extension other) {
        return new Extension(months + other.months, days + other.days);
    }

    boolean isNone() {
        return months == 0 && days == 0;
    }

    LocalDate applyTo(LocalDate date) {
        return date.plusMonths(months).plusDays(days);
    }

    /** An extension earned by one break, with its explanation. */
    record Earned(Extension extension, Reason reason) {
    }
}
