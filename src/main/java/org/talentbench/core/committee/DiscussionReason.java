package org.talentbench.core.committee;

/**
 * Why a case is discussed early: reviewers disagree ({@link #FLAGGED}), or the person sits at a grade boundary
 * ({@link #BOUNDARY}). Every other case follows by rank ({@link #RANK}). Code {@code discussion.reason.<NAME>}.
 */
public enum DiscussionReason {
    FLAGGED, BOUNDARY, RANK
}
