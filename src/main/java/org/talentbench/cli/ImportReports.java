package org.talentbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ImportCounts;
import org.talentbench.service.ImportIssue;
import org.talentbench.service.ImportPlan;

/** Prints import issues and summaries as tables in the chosen language. */
final class ImportReports {
    private ImportReports() {
    }

    /** Where an issue is, as a person reads it: "研究人员 第 5 行 工号", or the path inside a JSON or XML file. */
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

    static void issues(PrintWriter out, Messages m, List<ImportIssue> issues) {
        List<List<String>> rows = new ArrayList<>();
        for (ImportIssue i : issues) {
            rows.add(List.of(i.file(), location(m, i), reason(m, i)));
        }
        Tables.print(out, OutputFormat.table, List.of(m.get("import.report.file"), m.get("import.report.location"),
                m.get("import.report.reason")), rows);
    }

    static void summary(PrintWriter out, Messages m, ImportPlan.Summary s) {
        List<List<String>> rows = List.of(row(m.get("import.summary.researchers"), s.researchers()),
                row(m.get("import.summary.outputs"), s.outputs()));
        Tables.print(out, OutputFormat.table, List.of(m.get("import.summary.kind"), m.get("import.summary.new"),
                m.get("import.summary.update"), m.get("import.summary.merge"), m.get("import.summary.skip")), rows);
    }

    private static List<String> row(String label, ImportCounts c) {
        return List.of(label, Integer.toString(c.added()), Integer.toString(c.updated()),
                Integer.toString(c.merged()), Integer.toString(c.skipped()));
    }
}
