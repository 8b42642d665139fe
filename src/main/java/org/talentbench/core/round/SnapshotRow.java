package org.talentbench.core.round;

import java.util.List;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;

/**
 * One row of a stored ranked list: the numbers and codes needed to show, sort, filter and export the list without
 * reading the full score card. {@code ordinal} is the row's position in the snapshot (by cohort, then rank, unranked
 * last). Scores and rank are {@code null} for researchers without a rank; {@code p5}/{@code p95} when stability was
 * not analysed.
 */
public record SnapshotRow(int ordinal, ResearcherId researcherId, String employeeNo, String name,
                          ResearchCategory category, String discipline, String cohort, CycleStatus cycleStatus,
                          Participation participation, Integer rank, Integer cohortSize, Double total,
                          Double innovation, Double quality, Double contribution, Double percentile, Integer p5,
                          Integer p95, Grade grade, boolean verified, List<ListFlag> flags) {
    public SnapshotRow {
        flags = List.copyOf(flags);
        discipline = discipline == null ? "" : discipline;
        cohort = cohort == null ? "" : cohort;
    }

    public boolean ranked() {
        return rank != null;
    }

    public boolean has(ListFlag flag) {
        return flags.contains(flag);
    }
}
