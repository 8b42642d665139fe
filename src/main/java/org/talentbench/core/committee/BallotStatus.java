package org.talentbench.core.committee;

/** A ballot is {@link #OPEN} for votes, then {@link #CLOSED}: only then are its counts shown. */
public enum BallotStatus {
    OPEN, CLOSED
}
