package org.talentbench.exchange.sheet;

import java.util.List;

/** Receives the rows of one table in order; {@code rowNumber} is 1-based as Excel shows it. */
interface RowHandler {
    void row(int rowNumber, List<RawCell> cells);
}
