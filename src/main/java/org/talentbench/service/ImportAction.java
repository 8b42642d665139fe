package org.talentbench.service;

/**
 * What an import does with a row that matches a stored record (same employee number, ORCID iD, DOI, number or
 * source key).
 */
public enum ImportAction {
    /** Leave the stored record as it is. */
    SKIP,
    /** Overwrite the stored record's fields with the incoming ones (a sheet's contributors replace the stored ones). */
    UPDATE,
    /** Keep what is stored, fill its empty fields from the incoming row, and add tags, attributes and contributors. */
    MERGE
}
