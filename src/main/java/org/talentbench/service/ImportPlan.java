package org.talentbench.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.exchange.ImportFormat;
import org.talentbench.exchange.sheet.ContributorRef;

/**
 * Everything a preview found, and nothing written: per file its format and row count; every issue with file, sheet,
 * row, column and code; the rows that match stored records with a proposed action each; the authors of scholarly
 * works matched to the institute's researchers. {@link ImportService#commit} writes a plan without errors in one
 * transaction.
 *
 * <p>A plan holds the parsed rows (about 0.7 KB per output), not the files: files are streamed once during the
 * preview. It reflects the database as it was at preview time; the commit checks that nothing it relies on has
 * changed since. Immutable.
 */
public final class ImportPlan {

    /** One file of the import. */
    public record PlannedFile(Path path, String name, ImportFormat format, List<SheetKind> sheets, int rows,
                              int errors, int warnings) {
        public PlannedFile {
            sheets = List.copyOf(sheets);
        }
    }

    /** How many records of each kind the plan adds, updates, merges and skips under some decisions. */
    public record Summary(ImportCounts researchers, ImportCounts outputs) {
    }

    /** A researcher to add (no match) or to apply a decision to (matched). */
    record ResearcherRow(String file, String location, Researcher incoming, Researcher existing, ImportMatch match) {
    }

    /**
     * An output to add or to apply a decision to; contributors by employee number (they may be researchers added by
     * the same import). {@code scholarly} rows credit only the researchers found among the authors, so an update
     * keeps the stored contributors and adds these.
     */
    record OutputRow(String file, String location, Output incoming, List<ContributorRef> contributors,
                     Output existing, ImportMatch match, boolean scholarly) {
    }

    /** A column mapping confirmed for a header signature, stored with the commit. */
    record RememberedMapping(String signature, SheetKind kind, Map<String, String> mapping) {
    }

    private final List<PlannedFile> files;
    private final List<ImportIssue> issues;
    private final List<ImportMatch> matches;
    private final List<AuthorshipMatch> authorships;
    private final List<ResearcherRow> researcherRows;
    private final List<OutputRow> outputRows;
    private final List<RememberedMapping> mappings;
    private final Map<String, Long> storedResearcherIds;

    ImportPlan(List<PlannedFile> files, List<ImportIssue> issues, List<ImportMatch> matches,
               List<AuthorshipMatch> authorships, List<ResearcherRow> researcherRows, List<OutputRow> outputRows,
               List<RememberedMapping> mappings, Map<String, Long> storedResearcherIds) {
        this.files = List.copyOf(files);
        this.issues = List.copyOf(issues);
        this.matches = List.copyOf(matches);
        this.authorships = List.copyOf(authorships);
        this.researcherRows = List.copyOf(researcherRows);
        this.outputRows = List.copyOf(outputRows);
        this.mappings = List.copyOf(mappings);
        this.storedResearcherIds = Map.copyOf(storedResearcherIds);
    }

    public List<PlannedFile> files() {
        return files;
    }

    /** Every issue, errors and warnings, in file order. */
    public List<ImportIssue> issues() {
        return issues;
    }

    public List<ImportIssue> errors() {
        return issues.stream().filter(ImportIssue::blocking).toList();
    }

    public List<ImportIssue> warnings() {
        return issues.stream().filter(i -> !i.blocking()).toList();
    }

    /** Whether any issue blocks the import; such a plan cannot be committed. */
    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::blocking);
    }

    public List<ImportMatch> matches() {
        return matches;
    }

    public List<AuthorshipMatch> authorships() {
        return authorships;
    }

    /** Rows read (researchers and outputs) that passed validation. */
    public int rowCount() {
        return researcherRows.size() + outputRows.size();
    }

    /** What a commit with {@code decisions} would do. */
    public Summary summary(ImportDecisions decisions) {
        ImportCounts r = ImportCounts.NONE;
        for (ResearcherRow row : researcherRows) {
            r = r.plus(row.match() == null ? null : decisions.actionFor(row.match()));
        }
        ImportCounts o = ImportCounts.NONE;
        for (OutputRow row : outputRows) {
            o = o.plus(row.match() == null ? null : decisions.actionFor(row.match()));
        }
        return new Summary(r, o);
    }

    List<ResearcherRow> researcherRows() {
        return researcherRows;
    }

    List<OutputRow> outputRows() {
        return outputRows;
    }

    List<RememberedMapping> mappings() {
        return mappings;
    }

    /** Employee number → id of the researchers stored when the plan was made. */
    Map<String, Long> storedResearcherIds() {
        return storedResearcherIds;
    }
}
