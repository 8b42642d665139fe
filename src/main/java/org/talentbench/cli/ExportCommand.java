package org.talentbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ExportService;
import org.talentbench.service.UserFacingException;
import org.talentbench.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench export --db PATH (--researchers | --outputs | --researcher NO | --round NAME) --out FILE}:
 * researchers or outputs in the import template (.xlsx reads back unchanged; .csv holds the main sheet), or one
 * researcher's outputs as .bib, .ris, .xlsx or .csv. Headers and labels follow {@code --lang}. Ranked lists of a
 * round cannot be exported yet (rounds do not exist in this version): {@code --round} exits with 2.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export researchers or outputs to .xlsx/.csv, or a researcher's outputs to .bib/.ris.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    /** What to export: exactly one. */
    static final class What {
        @Option(names = "--researchers", required = true, description = "All researchers (.xlsx or .csv).")
        boolean researchers;

        @Option(names = "--outputs", required = true, description = "All outputs (.xlsx or .csv).")
        boolean outputs;

        @Option(names = "--researcher", required = true, paramLabel = "EMPLOYEE_NO",
                description = "One researcher's outputs (.bib, .ris, .xlsx or .csv).")
        String researcher;

        @Option(names = "--round", required = true, paramLabel = "NAME",
                description = "The ranked list of an evaluation round (not available yet).")
        String round;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public Integer call() {
        Messages m = root.context().messages();
        if (what.round != null) {
            throw new UserFacingException("export.error.round", true, null, what.round);
        }
        boolean chinese = m.language() == Language.ZH;
        int rows;
        try (Database db = database.openExisting()) {
            ExportService service = new ExportService(db);
            if (what.researchers) {
                rows = service.researchers(out, chinese);
            } else if (what.outputs) {
                rows = service.outputs(out, chinese);
            } else {
                rows = service.researcherOutputs(what.researcher, out, chinese);
            }
        }
        spec.commandLine().getOut().println(m.get("export.done", rows, out.toAbsolutePath()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
