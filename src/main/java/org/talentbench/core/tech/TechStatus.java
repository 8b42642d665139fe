package org.talentbench.core.tech;

/** Where a technology stands on a given date. */
public enum TechStatus {
    /** Added on or before the date and neither merged nor retired by then. */
    ACTIVE,
    /** Folded into another technology on or before the date. */
    MERGED,
    /** Taken off the list on or before the date. */
    RETIRED,
    /** Added only after the date. */
    NOT_YET_ADDED
}
