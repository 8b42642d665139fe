package org.talentbench.exchange;

/** The file formats {@link FormatDetector} tells apart. */
public enum ImportFormat {
    ORCID_XML,
    ORCID_JSON,
    OPENALEX_AUTHOR,
    OPENALEX_WORK,
    OPENALEX_LIST,
    CROSSREF_WORK,
    XLSX,
    CSV,
    UNKNOWN
}
