package org.talentbench.core.committee;

/**
 * What an account may do. {@link #ADMIN}: the HR administrator who runs the process (accounts, panels, publicity,
 * objections); {@link #CHAIR}: leads a committee (assignment, overrides, ballots, grades, finalisation);
 * {@link #MEMBER}: reviews and votes; {@link #OBSERVER}: reads only. The UI names a role with {@code role.<NAME>}.
 */
public enum Role {
    ADMIN, CHAIR, MEMBER, OBSERVER;

    /** Whether this role reviews and votes: chairs and members do, administrators and observers never. */
    public boolean reviews() {
        return this == CHAIR || this == MEMBER;
    }
}
