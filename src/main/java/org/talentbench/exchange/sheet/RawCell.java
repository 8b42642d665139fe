package org.talentbench.exchange.sheet;

import java.math.BigDecimal;

/**
 * A cell as the file holds it, before the column's type is applied. Formulas arrive as their cached result;
 * {@link Kind#FORMULA_NO_VALUE} means the workbook was saved without one.
 */
record RawCell(Kind kind, String text, BigDecimal number, String formula) {
    enum Kind { EMPTY, TEXT, NUMBER, BOOLEAN, ERROR, FORMULA_NO_VALUE }

    static final RawCell EMPTY = new RawCell(Kind.EMPTY, "", null, null);

    static RawCell text(String s) {
        return s == null || s.isBlank() ? EMPTY : new RawCell(Kind.TEXT, s, null, null);
    }

    static RawCell number(BigDecimal n) {
        return n == null ? EMPTY : new RawCell(Kind.NUMBER, n.stripTrailingZeros().toPlainString(), n, null);
    }

    static RawCell bool(boolean b) {
        return new RawCell(Kind.BOOLEAN, b ? "TRUE" : "FALSE", null, null);
    }

    boolean isEmpty() {
        return kind == Kind.EMPTY || (kind == Kind.TEXT && text.isBlank());
    }
}
