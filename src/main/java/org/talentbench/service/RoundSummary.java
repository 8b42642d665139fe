package org.talentbench.service;

import java.time.LocalDate;
import org.talentbench.core.round.RoundStage;
import org.talentbench.core.round.RoundScope;

/**
 * One line of the rounds list: name, reference date, stage, scope, the number of researchers scored (due or
 * included, not excluded), of check-ins, and the snapshots taken (the latest one's id, 0 when none).
 */
public record RoundSummary(long id, String name, LocalDate referenceDate, RoundStage stage, RoundScope scope,
                           int participants, int checkIns, int snapshots, long latestSnapshotId) {
}
