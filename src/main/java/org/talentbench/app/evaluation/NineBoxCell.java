package org.talentbench.app.evaluation;

import java.util.List;

/**
 * One cell of the 9-box: column (x tercile 0–2, low to high), row (y tercile 0–2, low to high) and the people in it.
 */
public record NineBoxCell(int column, int row, List<RankingRowViewModel> members) {
    public NineBoxCell {
        members = List.copyOf(members);
    }
}
