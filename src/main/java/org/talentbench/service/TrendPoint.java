package org.talentbench.service;

import org.talentbench.core.round.SnapshotInfo;
import org.talentbench.core.round.SnapshotRow;

/** A researcher's place in one stored snapshot of one round: a point of their trend across rounds. */
public record TrendPoint(String roundName, SnapshotInfo snapshot, SnapshotRow row) {
}
