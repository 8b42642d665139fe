package org.talentbench.service;

/** Which template a sheet of an imported spreadsheet follows. */
public enum SheetKind {
    RESEARCHERS,
    OUTPUTS
}
