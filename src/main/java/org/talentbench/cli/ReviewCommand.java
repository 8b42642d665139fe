package org.talentbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentbench.core.committee.ReviewCriterion;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportProblem;
import org.talentbench.exchange.review.ReviewSheet;
import org.talentbench.exchange.review.ReviewSheetRow;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.CommitteeService;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench review export|import}: offline review. {@code export} writes the signed-in reviewer's forms of a
 * panel to an xlsx workbook; {@code import} reads the filled-in workbook back, validated like any import (every
 * problem listed with its cell, nothing saved when there is one).
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Offline review: export a reviewer's forms to xlsx and import them filled in.",
        subcommands = {ReviewCommand.Export.class, ReviewCommand.Import.class})
public final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** {@code review export}. */
    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write your review forms to xlsx.")
    public static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        ReviewCommand parent;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOptions signIn;

        @Option(names = "--panel-id", required = true, paramLabel = "N", description = "The panel.")
        long panelId;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Workbook to write.")
        Path file;

        @Override
        public Integer call() throws IOException {
            Messages m = parent.root.context().messages();
            List<ReviewSheetRow> rows;
            try (Database db = database.openExisting()) {
                Principal who = signIn.signIn(db);
                rows = new CommitteeService(db, Clock.systemDefaultZone()).offlineForms(who, panelId);
            }
            List<String> notes = new ArrayList<>();
            notes.add(m.get("review.sheet.instructions"));
            for (ReviewCriterion c : ReviewCriterion.values()) {
                for (int band = 1; band <= 5; band++) {
                    notes.add(m.get("review.criterion." + c.name()) + " " + (2 * band - 1) + "–" + (2 * band) + ": "
                            + m.get("review.anchor." + band));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                ReviewSheet.write(rows, notes, out);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("review.cli.exported", rows.size(), file));
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code review import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read filled-in review forms from xlsx (drafts, or submitted with --submit).")
    public static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        ReviewCommand parent;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOptions signIn;

        @Option(names = "--panel-id", required = true, paramLabel = "N", description = "The panel.")
        long panelId;

        @Option(names = "--in", required = true, paramLabel = "FILE.xlsx", description = "Workbook to read.")
        Path file;

        @Option(names = "--submit", description = "Submit every complete form (submitted forms are final).")
        boolean submit;

        @Override
        public Integer call() throws IOException {
            Messages m = parent.root.context().messages();
            PrintWriter err = spec.commandLine().getErr();
            List<ReviewSheetRow> rows;
            try (InputStream in = Files.newInputStream(file)) {
                rows = ReviewSheet.read(file.getFileName().toString(), in);
            } catch (ImportException e) {
                for (ImportProblem p : e.problems()) {
                    err.println(p.location() + ": " + m.get("error." + p.code(), p.args()));
                }
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            CommitteeService.OfflineImport result;
            try (Database db = database.openExisting()) {
                Principal who = signIn.signIn(db);
                result = new CommitteeService(db, Clock.systemDefaultZone()).importOffline(who, panelId, rows, submit);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("review.cli.imported", result.drafts(), result.submitted(), result.skipped()));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
