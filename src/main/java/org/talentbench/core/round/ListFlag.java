package org.talentbench.core.round;

/**
 * The flags a ranked list shows per row, each summarising engine flags or round facts. The UI names a flag with
 * {@code listFlag.<NAME>}.
 */
public enum ListFlag {
    /** The rank interval under weight perturbation is too wide or crosses a grade boundary. */
    RANK_NOT_ROBUST,
    /** Weighted sum and TOPSIS rank the cohort differently. */
    METHODS_DISAGREE,
    /** A peer-review or expert input, an output or a gate input is missing or imputed. */
    MISSING_DATA,
    /** The researcher has not confirmed the data and no correction was recorded. */
    UNVERIFIED,
    /** Ungraded progress check-in only. */
    CHECK_IN_ONLY,
    /** Included or excluded by a staff decision. */
    STAFF_DECISION,
    /** Normalised against a wider group because the cohort is small. */
    SMALL_COHORT
}
