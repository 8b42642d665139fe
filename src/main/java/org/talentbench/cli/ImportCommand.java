package org.talentbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ImportAction;
import org.talentbench.service.ImportDecisions;
import org.talentbench.service.ImportOptions;
import org.talentbench.service.ImportPlan;
import org.talentbench.service.ImportReport;
import org.talentbench.service.ImportService;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench import --db PATH FILE... [--dry-run] [--on-match proposed|skip|update|merge]}: imports
 * researcher and output spreadsheets (.xlsx, CSV) and ORCID, OpenAlex and Crossref records, the format told from each
 * file's content. Every file is validated first; on any error the report (file, location, reason) goes to stderr,
 * the exit code is 2 and nothing is written. Otherwise everything is written in one transaction.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import researchers and outputs from .xlsx/CSV sheets and ORCID, OpenAlex or Crossref records.")
public final class ImportCommand implements Callable<Integer> {
    /** What to do with rows that match stored records. */
    enum OnMatch { proposed, skip, update, merge }

    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOptions signIn;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import; the format is detected from the"
            + " content.")
    List<Path> files;

    @Option(names = "--dry-run", description = "Validate and show what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--on-match", defaultValue = "proposed", paramLabel = "proposed|skip|update|merge",
            description = "Rows matching stored records (employee number, ORCID iD, DOI, number): ${COMPLETION-CANDIDATES}"
                    + " (default: ${DEFAULT-VALUE}: skip unchanged rows, update from sheets, merge scholarly records).")
    OnMatch onMatch;

    @Override
    public Integer call() {
        Messages m = root.context().messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = database.openExisting()) {
            ImportService service = new ImportService(db);
            ImportPlan plan = service.preview(files, ImportOptions.defaults());
            if (plan.hasErrors()) {
                ImportReports.issues(err, m, plan.errors());
                err.println(m.get("import.cli.failed", plan.errors().size()));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            if (!plan.warnings().isEmpty()) {
                out.println(m.get("import.cli.warnings", plan.warnings().size()));
                ImportReports.issues(out, m, plan.warnings());
                out.println();
            }
            ImportDecisions decisions = onMatch == OnMatch.proposed ? ImportDecisions.proposed()
                    : ImportDecisions.all(ImportAction.valueOf(onMatch.name().toUpperCase(java.util.Locale.ROOT)));
            if (dryRun) {
                ImportReports.summary(out, m, plan.summary(decisions));
                out.println(m.get("import.cli.dryRun"));
                out.flush();
                return ExitCodes.OK;
            }
            ImportReport report = service.commit(plan, decisions);
            ImportReports.summary(out, m, new ImportPlan.Summary(report.researchers(), report.outputs()));
            out.println(m.get("import.cli.done"));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
