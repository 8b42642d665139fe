package org.talentbench.core.committee;

/**
 * One reviewer's leniency figures across every score they gave in the aggregation: count, mean and population
 * standard deviation, and whether their scores were corrected.
 */
public record ReviewerLeniency(AccountId reviewer, int scores, double mean, double sd, LeniencyStatus status) {
}
