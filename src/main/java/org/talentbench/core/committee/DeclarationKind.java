package org.talentbench.core.committee;

/**
 * A declared relationship between a reviewer and a person under evaluation. {@link #ADVISOR_STUDENT} and
 * {@link #FAMILY} hold for life; {@link #EXCLUSION_REQUEST} is the person asking that the reviewer not judge them
 * (at most {@link ConflictRules#maxExclusionRequests()} per person and round); {@link #REVIEWER_DECLARED} is any
 * other reason the reviewer declares. The UI names it with {@code conflict.kind.<NAME>}.
 */
public enum DeclarationKind {
    ADVISOR_STUDENT, FAMILY, EXCLUSION_REQUEST, REVIEWER_DECLARED;

    public ConflictKind conflictKind() {
        return switch (this) {
            case ADVISOR_STUDENT -> ConflictKind.ADVISOR_STUDENT;
            case FAMILY -> ConflictKind.FAMILY;
            case EXCLUSION_REQUEST -> ConflictKind.EXCLUSION_REQUEST;
            case REVIEWER_DECLARED -> ConflictKind.REVIEWER_DECLARED;
        };
    }
}
