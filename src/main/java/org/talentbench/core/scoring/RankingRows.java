package org.talentbench.core.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link EvaluationResult} into table rows, in the result's card order (by cohort, then rank, unranked
 * last). A pure function: the CLI and the GUI format the same rows, each in its own way and language. Stateless.
 */
public final class RankingRows {
    private RankingRows() {
    }

    public static List<RankingRow> of(EvaluationResult result) {
        List<RankingRow> rows = new ArrayList<>(result.cards().size());
        for (ScoreCard c : result.cards()) {
            RankInterval s = c.stability();
            rows.add(new RankingRow(c.cohort() == null ? "" : c.cohort().toString(), c.rank(), c.cohortSize(),
                    c.employeeNo(), c.name(), c.category(), c.total(), c.innovation(), c.quality(), c.contribution(),
                    c.percentile(), s == null ? null : s.p5(), s == null ? null : s.p95(), c.decision().status(),
                    c.flags().stream().map(Flag::code).toList()));
        }
        return rows;
    }
}
