package org.talentbench.exchange.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The header row of one sheet: the first row with a non-empty cell. Cells are given as text, stripped, empty where
 * the cell is empty, in column order.
 *
 * @param sheet the sheet's name; empty for a CSV file
 * @param row   the row number as Excel shows it (1-based)
 */
public record HeaderRow(String sheet, int row, List<String> headers) {
    public HeaderRow {
        sheet = sheet == null ? "" : sheet;
        headers = List.copyOf(headers);
    }

    static HeaderRow of(String sheet, int row, List<RawCell> cells) {
        List<String> headers = new ArrayList<>(cells.size());
        for (RawCell c : cells) {
            headers.add(c.isEmpty() ? "" : c.text().strip());
        }
        return new HeaderRow(sheet, row, headers);
    }

    /** The non-blank headers. */
    public List<String> named() {
        return headers.stream().filter(h -> !h.isBlank()).toList();
    }
}
