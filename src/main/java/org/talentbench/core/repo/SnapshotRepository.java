package org.talentbench.core.repo;

import java.util.List;
import java.util.Optional;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.SnapshotInfo;
import org.talentbench.core.round.SnapshotRow;

/**
 * Stores scoring snapshots. Insert only: there is no update or delete of a snapshot's rows, which is what makes a
 * stored ranking immutable.
 */
public interface SnapshotRepository {
    /**
     * Stores a snapshot with its rows and, for each row in the same order, the full score card as JSON.
     *
     * @return the header with its id
     */
    SnapshotInfo insert(SnapshotInfo info, String cohortsJson, String optionsJson, List<SnapshotRow> rows,
                        List<String> cardsJson);

    /** The snapshots of a round, oldest first. */
    List<SnapshotInfo> findByRound(long roundId);

    Optional<SnapshotInfo> findById(long snapshotId);

    /** The rows of a snapshot in stored order, without the card JSON. */
    List<SnapshotRow> rows(long snapshotId);

    Optional<String> cardJson(long snapshotId, ResearcherId researcherId);

    String cohortsJson(long snapshotId);

    /** One researcher's row in every snapshot that has one, with the snapshot header, oldest first. */
    List<TrendEntry> trend(ResearcherId researcherId);

    /** A researcher's row in one snapshot. */
    record TrendEntry(SnapshotInfo snapshot, SnapshotRow row) {
    }
}
