package org.talentbench.service;

import java.util.List;
import org.talentbench.core.round.Round;
import org.talentbench.core.round.SnapshotInfo;
import org.talentbench.core.round.SnapshotRow;

/** A stored ranked list: the round, the snapshot it comes from, and its rows in stored order. */
public record RankedList(Round round, SnapshotInfo snapshot, List<SnapshotRow> rows) {
    public RankedList {
        rows = List.copyOf(rows);
    }
}
