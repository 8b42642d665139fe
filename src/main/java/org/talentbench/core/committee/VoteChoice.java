package org.talentbench.core.committee;

/** An anonymous ballot paper: for, against, or abstain. Code {@code vote.<NAME>}. */
public enum VoteChoice {
    FOR, AGAINST, ABSTAIN
}
