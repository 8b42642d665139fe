package org.talentbench.core.scoring;

import java.util.List;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * One line of a ranked list, shared by the CLI table and the GUI table: plain values and codes, no sentences.
 * {@code rank}, scores and {@code percentile} are {@code null} for researchers without a rank; {@code p5}/{@code p95}
 * are {@code null} when rank stability was not analysed. {@code flags} are the flag codes of the card, in order.
 */
public record RankingRow(String cohort, Integer rank, Integer cohortSize, String employeeNo, String name,
                         ResearchCategory category, Double total, Double innovation, Double quality,
                         Double contribution, Double percentile, Integer p5, Integer p95, CycleStatus cycleStatus,
                         List<String> flags) {
    public RankingRow {
        flags = List.copyOf(flags);
    }
}
