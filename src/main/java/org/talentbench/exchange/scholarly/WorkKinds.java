package org.talentbench.exchange.scholarly;

import static org.talentbench.core.researcher.OutputKind.CONFERENCE_PAPER;
import static org.talentbench.core.researcher.OutputKind.DATASET;
import static org.talentbench.core.researcher.OutputKind.JOURNAL_PAPER;
import static org.talentbench.core.researcher.OutputKind.MONOGRAPH;
import static org.talentbench.core.researcher.OutputKind.PATENT;
import static org.talentbench.core.researcher.OutputKind.POLICY_REPORT;
import static org.talentbench.core.researcher.OutputKind.PROJECT;
import static org.talentbench.core.researcher.OutputKind.SOFTWARE_COPYRIGHT;
import static org.talentbench.core.researcher.OutputKind.STANDARD;
import static org.talentbench.core.researcher.OutputKind.TECH_TRANSFER;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.talentbench.core.researcher.OutputKind;

/**
 * The work-type vocabularies of ORCID 3.0, Crossref and OpenAlex mapped to {@link OutputKind}. A type that has no
 * counterpart maps to nothing; importers then use {@link #FALLBACK} and warn, so that a person checks the kind.
 */
final class WorkKinds {
    /** The kind given to a work whose type has no counterpart; the importer warns about it. */
    static final OutputKind FALLBACK = JOURNAL_PAPER;

    private static final Map<String, OutputKind> ORCID = Map.ofEntries(
            Map.entry("journal-article", JOURNAL_PAPER), Map.entry("review", JOURNAL_PAPER),
            Map.entry("book-review", JOURNAL_PAPER), Map.entry("magazine-article", JOURNAL_PAPER),
            Map.entry("newsletter-article", JOURNAL_PAPER), Map.entry("newspaper-article", JOURNAL_PAPER),
            Map.entry("journal-issue", JOURNAL_PAPER), Map.entry("preprint", JOURNAL_PAPER),
            Map.entry("working-paper", JOURNAL_PAPER), Map.entry("translation", JOURNAL_PAPER),
            Map.entry("conference-paper", CONFERENCE_PAPER), Map.entry("conference-abstract", CONFERENCE_PAPER),
            Map.entry("conference-poster", CONFERENCE_PAPER), Map.entry("conference-proceedings", CONFERENCE_PAPER),
            Map.entry("book", MONOGRAPH), Map.entry("book-chapter", MONOGRAPH), Map.entry("edited-book", MONOGRAPH),
            Map.entry("dissertation-thesis", MONOGRAPH), Map.entry("dissertation", MONOGRAPH),
            Map.entry("encyclopedia-entry", MONOGRAPH), Map.entry("dictionary-entry", MONOGRAPH),
            Map.entry("manual", MONOGRAPH),
            Map.entry("patent", PATENT), Map.entry("invention", PATENT), Map.entry("disclosure", PATENT),
            Map.entry("data-set", DATASET), Map.entry("data-management-plan", DATASET),
            Map.entry("software", SOFTWARE_COPYRIGHT), Map.entry("registered-copyright", SOFTWARE_COPYRIGHT),
            Map.entry("technical-standard", STANDARD), Map.entry("standards-and-policy", STANDARD),
            Map.entry("report", POLICY_REPORT),
            Map.entry("license", TECH_TRANSFER), Map.entry("spin-off-company", TECH_TRANSFER));

    private static final Map<String, OutputKind> CROSSREF = Map.ofEntries(
            Map.entry("journal-article", JOURNAL_PAPER), Map.entry("journal-issue", JOURNAL_PAPER),
            Map.entry("posted-content", JOURNAL_PAPER),
            Map.entry("proceedings-article", CONFERENCE_PAPER), Map.entry("proceedings", CONFERENCE_PAPER),
            Map.entry("book", MONOGRAPH), Map.entry("book-chapter", MONOGRAPH), Map.entry("monograph", MONOGRAPH),
            Map.entry("edited-book", MONOGRAPH), Map.entry("reference-book", MONOGRAPH),
            Map.entry("book-part", MONOGRAPH), Map.entry("book-section", MONOGRAPH), Map.entry("book-set", MONOGRAPH),
            Map.entry("book-track", MONOGRAPH), Map.entry("book-series", MONOGRAPH),
            Map.entry("reference-entry", MONOGRAPH), Map.entry("dissertation", MONOGRAPH),
            Map.entry("dataset", DATASET), Map.entry("database", DATASET),
            Map.entry("report", POLICY_REPORT), Map.entry("report-series", POLICY_REPORT),
            Map.entry("report-component", POLICY_REPORT),
            Map.entry("standard", STANDARD), Map.entry("standard-series", STANDARD),
            Map.entry("grant", PROJECT));

    private static final Map<String, OutputKind> OPENALEX = Map.ofEntries(
            Map.entry("article", JOURNAL_PAPER), Map.entry("review", JOURNAL_PAPER), Map.entry("letter", JOURNAL_PAPER),
            Map.entry("editorial", JOURNAL_PAPER), Map.entry("erratum", JOURNAL_PAPER),
            Map.entry("preprint", JOURNAL_PAPER),
            Map.entry("book", MONOGRAPH), Map.entry("book-chapter", MONOGRAPH), Map.entry("dissertation", MONOGRAPH),
            Map.entry("reference-entry", MONOGRAPH),
            Map.entry("dataset", DATASET), Map.entry("report", POLICY_REPORT), Map.entry("standard", STANDARD),
            Map.entry("grant", PROJECT));

    private WorkKinds() {
    }

    static Optional<OutputKind> orcid(String type) {
        return lookup(ORCID, type);
    }

    static Optional<OutputKind> crossref(String type) {
        return lookup(CROSSREF, type);
    }

    static Optional<OutputKind> openAlex(String type) {
        return lookup(OPENALEX, type);
    }

    private static Optional<OutputKind> lookup(Map<String, OutputKind> map, String type) {
        if (type == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(map.get(type.strip().toLowerCase(Locale.ROOT).replace('_', '-')));
    }
}
