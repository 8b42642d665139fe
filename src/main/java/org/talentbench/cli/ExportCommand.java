package org.talentbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.exchange.round.BreakdownLine;
import org.talentbench.exchange.round.RankingExporter;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ExportService;
import org.talentbench.service.RankedList;
import org.talentbench.service.RoundService;
import org.talentbench.common.UserFacingException;
import org.talentbench.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.talentbench.service.Session;
import org.talentbench.security.Permission;

/**
 * {@code talentbench export --db PATH (--researchers | --outputs | --researcher NO | --round NAME) --out FILE}:
 * researchers or outputs in the import template (.xlsx reads back unchanged; .csv holds the main sheet), or one
 * researcher's outputs as .bib, .ris, .xlsx or .csv, or the ranked list of a round with its breakdown (.xlsx: a
 * second sheet; .csv: a second file {@code NAME-breakdown.csv} beside it). Headers and labels follow {@code --lang}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export researchers or outputs to .xlsx/.csv, a researcher's outputs to .bib/.ris, or a "
                + "round's ranked list with its breakdown to .xlsx/.csv.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOptions signIn;

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
                description = "The ranked list of an evaluation round, with every person's indicator breakdown.")
        String round;
    }

    @Option(names = "--snapshot", paramLabel = "ID",
            description = "With --round: a snapshot id of that round (default: the round's latest).")
    Long snapshot;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public Integer call() {
        Messages m = root.context().messages();
        if (what.round != null) {
            return exportRound(m);
        }
        if (snapshot != null) {
            throw new UsageException("--snapshot goes with --round");
        }
        boolean chinese = m.language() == Language.ZH;
        int rows;
        try (Database db = database.openExisting()) {
            ExportService service = new ExportService(db, signIn.session(db));
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

    private int exportRound(Messages m) {
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            throw new UserFacingException("export.error.format", true, null, out, ".xlsx, .csv");
        }
        RankedList list;
        List<BreakdownLine> lines;
        try (Database db = database.openExisting()) {
            Session session = signIn.session(db);
            session.require(Permission.EXPORT);
            RoundService rounds = new RoundService(db, session);
            list = rounds.ranking(what.round, snapshot);
            lines = BreakdownLine.of(m, list.rows(), rounds.cards(list.snapshot().id(),
                    list.rows().stream().map(SnapshotRow::researcherId).toList(), () -> false),
                    rounds.storedSchemes());
        }
        Path written = out;
        try {
            if (csv) {
                RankingExporter.writeCsv(out, m, list.rows());
                written = RankingExporter.breakdownCsvBeside(out);
                RankingExporter.writeBreakdownCsv(written, m, lines);
            } else {
                RankingExporter.writeXlsx(out, m, list.round().name(), list.rows(), lines);
            }
        } catch (IOException e) {
            throw new UserFacingException("export.error.write", false, e, out, e.getMessage());
        }
        String where = csv ? out.toAbsolutePath() + ", " + written.toAbsolutePath() : out.toAbsolutePath().toString();
        spec.commandLine().getOut().println(m.get("export.round.done", list.round().name(), list.snapshot().id(),
                list.rows().size(), lines.size(), where));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
