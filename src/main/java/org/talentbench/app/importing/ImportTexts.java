package org.talentbench.app.importing;

import java.util.ArrayList;
import java.util.List;
import org.talentbench.exchange.ImportFormat;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ImportAction;
import org.talentbench.service.ImportCounts;
import org.talentbench.service.ImportIssue;
import org.talentbench.service.ImportMatch;
import org.talentbench.service.ImportPlan;
import org.talentbench.service.SheetKind;

/** The import wizard's words for formats, kinds, locations, actions and counts, from the message bundle. */
final class ImportTexts {
    private ImportTexts() {
    }

    static String format(Messages m, ImportFormat f) {
        return switch (f) {
            case XLSX -> m.get("import.format.xlsx");
            case CSV -> m.get("import.format.csv");
            case ORCID_XML, ORCID_JSON -> m.get("import.format.orcid");
            case OPENALEX_AUTHOR, OPENALEX_WORK, OPENALEX_LIST -> m.get("import.format.openalex");
            case CROSSREF_WORK -> m.get("import.format.crossref");
            case UNKNOWN -> m.get("import.format.unknown");
        };
    }

    static String kind(Messages m, SheetKind k) {
        if (k == null) {
            return m.get("import.wizard.kind.unknown");
        }
        return k == SheetKind.RESEARCHERS ? m.get("import.wizard.kind.researchers")
                : m.get("import.wizard.kind.outputs");
    }

    static String action(Messages m, ImportAction a) {
        return switch (a) {
            case SKIP -> m.get("import.action.skip");
            case UPDATE -> m.get("import.action.update");
            case MERGE -> m.get("import.action.merge");
        };
    }

    static String entity(Messages m, ImportMatch.Entity e) {
        return e == ImportMatch.Entity.RESEARCHER ? m.get("import.match.researcher") : m.get("import.match.output");
    }

    static String basis(Messages m, ImportMatch.Basis b) {
        return switch (b) {
            case EMPLOYEE_NO -> m.get("import.basis.employeeNo");
            case ORCID -> m.get("import.basis.orcid");
            case DOI -> m.get("import.basis.doi");
            case NUMBER -> m.get("import.basis.number");
            case SOURCE -> m.get("import.basis.source");
        };
    }

    /** "研究人员 第 5 行 工号", or the path inside a JSON or XML file. */
    static String location(Messages m, ImportIssue issue) {
        if (issue.row() <= 0) {
            return issue.location();
        }
        List<String> parts = new ArrayList<>();
        if (!issue.sheet().isEmpty()) {
            parts.add(issue.sheet());
        }
        parts.add(m.get("import.location.row", issue.row()));
        if (!issue.column().isEmpty()) {
            parts.add(issue.column());
        }
        return String.join(" ", parts);
    }

    static String reason(Messages m, ImportIssue issue) {
        return m.get("error." + issue.code(), issue.args());
    }

    static String summary(Messages m, ImportPlan.Summary s) {
        return m.get("import.wizard.counts", m.get("import.summary.researchers"), counts(m, s.researchers()))
                + "\n" + m.get("import.wizard.counts", m.get("import.summary.outputs"), counts(m, s.outputs()));
    }

    private static String counts(Messages m, ImportCounts c) {
        return m.get("import.wizard.countsDetail", c.added(), c.updated(), c.merged(), c.skipped());
    }
}
