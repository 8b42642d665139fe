package org.talentbench.exchange.sheet;

import java.util.List;
import org.talentbench.exchange.ImportProblem;

/**
 * What a sheet reader found: the rows that passed every check, and every problem, each naming its sheet, row (as
 * Excel shows it) and column header. Rows with a problem are not in {@code rows}. The import must not be written
 * while {@code problems} is not empty: the whole file is validated first so that the user fixes it in one go.
 */
public record SheetReadResult<T>(List<T> rows, List<ImportProblem> problems) {
    public SheetReadResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
