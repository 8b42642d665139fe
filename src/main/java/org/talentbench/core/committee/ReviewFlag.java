package org.talentbench.core.committee;

/**
 * Why an aggregated peer-review score needs discussion: the reviewers' scores span too far ({@link #SPAN}) or vary
 * too much ({@link #VARIANCE}), or only one reviewer scored ({@link #SINGLE_REVIEWER}). Code {@code review.flag.<NAME>}.
 */
public enum ReviewFlag {
    SPAN, VARIANCE, SINGLE_REVIEWER
}
