package org.talentbench.core.cycle;

/**
 * What the evaluation round of a given year asks of a researcher. Only {@link #DUE_FULL} researchers are scored and
 * ranked; the others appear with their decision and no rank. Annual appraisal (年度考核) is outside this decision.
 */
public enum CycleStatus {
    /** A full merit evaluation of the window that ends this year. */
    DUE_FULL,
    /** An ungraded progress check-in (进展报告): young talent or a new hire in the middle of a cycle. */
    CHECK_IN_ONLY,
    /** Nothing this year; {@link CycleDecision#nextDueDate()} says when. */
    NOT_DUE
}
