package org.talentbench.exchange.sheet;

/** How a column's cells are read and written. */
public enum ColumnType {
    /** Free text; numbers are read as their plain digits (an employee number typed as 1001 is "1001"). */
    TEXT,
    /** A date: ISO 2020-03-05, 2020/3/5, 2020年3月5日, 20200305, or an Excel date (serial number). */
    DATE,
    /** A whole number, not negative. */
    INTEGER,
    /** A decimal number, not negative. */
    DECIMAL,
    /** 是/否, yes/no, true/false, 1/0. */
    BOOLEAN,
    /** One of a closed set of labels ({@link Labels}). */
    CHOICE,
    /** An ORCID iD, bare or as an orcid.org link; the check digit must be right. */
    ORCID,
    /** A DOI, bare, as doi:… or as a doi.org link. */
    DOI,
    /** Values separated by ; or , (full-width too) or 、. */
    LIST,
    /** key=value lines: attributes that have no column of their own. */
    ATTRIBUTES
}
