package org.talentbench.core.committee;

/** Where an objection (异议) stands. Only {@link #PENDING} blocks finalisation. Code {@code objection.<NAME>}. */
public enum ObjectionOutcome {
    PENDING, UPHELD, PARTLY_UPHELD, REJECTED, WITHDRAWN
}
