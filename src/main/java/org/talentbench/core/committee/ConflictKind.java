package org.talentbench.core.committee;

/**
 * Why a reviewer may not judge a person (回避). {@link #SELF}: the reviewer is the person. The detected kinds are
 * {@link #SAME_DEPARTMENT}, {@link #CO_AUTHORSHIP} and {@link #SHARED_PROJECT}; the others come from declarations.
 * The UI names it with {@code conflict.kind.<NAME>}.
 */
public enum ConflictKind {
    SELF, SAME_DEPARTMENT, CO_AUTHORSHIP, SHARED_PROJECT, ADVISOR_STUDENT, FAMILY, EXCLUSION_REQUEST,
    REVIEWER_DECLARED
}
