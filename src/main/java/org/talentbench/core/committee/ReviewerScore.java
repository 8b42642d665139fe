package org.talentbench.core.committee;

/**
 * One reviewer's score of one person: the mean of their forms' scores over the person's works as given
 * ({@code raw}) and after leniency correction ({@code used}, equal to raw when not corrected), their mean confidence
 * and the number of works scored.
 */
public record ReviewerScore(AccountId reviewer, double raw, double used, double confidence, int works) {
}
