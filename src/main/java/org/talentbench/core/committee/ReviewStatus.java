package org.talentbench.core.committee;

/** A review form is a {@link #DRAFT} the reviewer may change until it is {@link #SUBMITTED}; then it is final. */
public enum ReviewStatus {
    DRAFT, SUBMITTED
}
