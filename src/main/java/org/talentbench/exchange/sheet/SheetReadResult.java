package org.talentbench.exchange.sheet;

import java.util.List;
import org.talentbench.exchange.ImportProblem;

/**
 * What a sheet reader found: the rows that passed every check, and every problem, each naming its sheet, row (as
 * Excel shows it) and column header. Rows with a problem are not in {@code rows}. The import must not be written
 * while {@code problems} is not empty: the whole file is validated first so that the user fixes it in one go.
 */
public record SheetReadResult<T>(List<T> rows, List<ImportProblem> problems, List<String> rowLocations) {
    /**
     * @param rowLocations where each row is, {@code sheet!row} (just the row number for CSV), parallel to
     *                     {@code rows}; empty when not known
     */
    public SheetReadResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        rowLocations = rowLocations == null ? List.of() : List.copyOf(rowLocations);
        if (!rowLocations.isEmpty() && rowLocations.size() != rows.size()) {
            throw new IllegalArgumentException("one location per row");
        }
    }

    public SheetReadResult(List<T> rows, List<ImportProblem> problems) {
        this(rows, problems, List.of());
    }

    /** Where row {@code index} is, {@code sheet!row}; empty when not known. */
    public String rowLocation(int index) {
        return rowLocations.isEmpty() ? "" : rowLocations.get(index);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
