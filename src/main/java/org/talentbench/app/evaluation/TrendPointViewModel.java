package org.talentbench.app.evaluation;

import java.time.LocalDate;

/** One point of a person's trend: the round, its date, rank of cohort size, total and percentile. Immutable. */
public record TrendPointViewModel(String round, LocalDate date, long snapshotId, Integer rank, Integer cohortSize,
                                  Double total, Double percentile, String grade) {
}
