package org.talentbench.exchange.review;

import java.util.Map;
import org.talentbench.core.committee.ReviewCriterion;

/**
 * One review form as it travels in an offline review workbook: the ids that identify it (panel, reviewer, person,
 * work), what the reviewer sees (employee number, name, work title) and what they fill in. Scores and confidence are
 * {@code null} where the cell is blank.
 */
public record ReviewSheetRow(long panelId, long reviewerId, long personId, long workId, String employeeNo,
                             String name, String workTitle, Map<ReviewCriterion, Integer> scores, Integer confidence,
                             String comment) {
    public ReviewSheetRow {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        comment = comment == null ? "" : comment;
    }
}
