package org.talentbench.service;

import java.util.List;

/**
 * What a committed import wrote.
 *
 * @param warnings the plan's non-blocking issues, for the summary
 */
public record ImportReport(ImportCounts researchers, ImportCounts outputs, List<ImportIssue> warnings) {
    public ImportReport {
        warnings = List.copyOf(warnings);
    }
}
