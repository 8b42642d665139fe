package org.talentbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentbench.i18n.Messages;
import org.talentbench.report.MissingGlyph;
import org.talentbench.report.ReportDocument;
import org.talentbench.service.ReportService;
import org.talentbench.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench report --db PATH --round NAME (--researcher EMPNO | --all | --ranked-list | --round-report |
 * --publicity) [--lang zh|en] --out PATH}: writes a round's PDF/A documents. {@code --all} writes every scored
 * person's summary into the folder {@code --out}, or into one merged PDF when {@code --out} ends in {@code .pdf}.
 * Prints the files written; exit 0 when all were written, 1 when some failed (each named on stderr), 2 for an
 * unknown round or employee number.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a round's PDF/A documents: a person's summary, all summaries, the ranked list, "
                + "the round report or the publicity list.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--round", required = true, paramLabel = "NAME", description = "The round.")
    String round;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The PDF file to write; with --all a folder (or one merged .pdf file).")
    Path out;

    /** Which document: exactly one. */
    static final class What {
        @Option(names = "--researcher", paramLabel = "EMPNO", description = "A person's evaluation summary.")
        String researcher;

        @Option(names = "--all", description = "Every scored person's summary.")
        boolean all;

        @Option(names = "--ranked-list", description = "The committee's ranked list per cohort.")
        boolean rankedList;

        @Option(names = "--round-report", description = "The round report.")
        boolean roundReport;

        @Option(names = "--publicity", description = "The publicity list (公示名单).")
        boolean publicity;
    }

    @Override
    public Integer call() {
        Messages m = root.context().messages();
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = database.openExisting()) {
            ReportService service = new ReportService(db);
            if (what.all) {
                boolean merged = out.getFileName() != null
                        && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
                int[] lastTenth = {-1};
                ReportService.BatchResult result = service.exportAll(round, root.context().language(), out, merged,
                        (fraction, stage) -> {
                            int tenth = (int) Math.floor(fraction * 10);
                            if (tenth != lastTenth[0]) {
                                lastTenth[0] = tenth;
                                err.println(m.get("reports.progress.documents") + " "
                                        + Math.round(fraction * 100) + "%");
                                err.flush();
                            }
                        }, () -> false);
                result.written().forEach(f -> o.println(f));
                warn(err, m, result.warnings());
                for (ReportService.Failure f : result.failures()) {
                    err.println(m.get("reports.cli.failed", f.employeeNo(), f.name(), f.reason()));
                }
                err.println(m.get("reports.cli.summary", result.written().size(), result.failures().size()));
                return result.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
            }
            if (Files.isDirectory(out)) {
                throw new UsageException(m.get("reports.cli.outIsFolder", out));
            }
            ReportService.Kind kind = what.researcher != null ? ReportService.Kind.INDIVIDUAL
                    : what.rankedList ? ReportService.Kind.RANKED_LIST
                    : what.roundReport ? ReportService.Kind.ROUND_REPORT : ReportService.Kind.PUBLICITY;
            ReportDocument doc = service.document(kind, round, what.researcher, root.context().language());
            List<MissingGlyph> warnings = service.write(doc, out);
            o.println(out);
            warn(err, m, warnings);
            return ExitCodes.OK;
        }
    }

    private static void warn(PrintWriter err, Messages m, List<MissingGlyph> warnings) {
        warnings.forEach(w -> err.println(w.message(m)));
    }
}
