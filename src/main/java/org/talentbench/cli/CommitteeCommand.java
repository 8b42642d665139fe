package org.talentbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentbench.core.committee.OutcomeLine;
import org.talentbench.i18n.Messages;
import org.talentbench.service.CalibrationService;
import org.talentbench.service.LockCheck;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench committee results|verify}: a round's committee outcome. {@code verify} recomputes the
 * fingerprint of a locked round and exits 0 when it matches the one stored at the lock, 1 when it does not.
 */
@Command(name = "committee", mixinStandardHelpOptions = true,
        description = "Committee outcome of a round: the result list, and verification of a locked round.",
        subcommands = {CommitteeCommand.Results.class, CommitteeCommand.Verify.class})
public final class CommitteeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** {@code committee results}. */
    @Command(name = "results", mixinStandardHelpOptions = true, description = "Print a round's result list.")
    public static final class Results implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        CommitteeCommand parent;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOptions signIn;

        @Option(names = "--round-id", required = true, paramLabel = "N", description = "The evaluation round.")
        long roundId;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
                description = "Output format: table or csv (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        public Integer call() {
            List<OutcomeLine> lines;
            try (Database db = database.openExisting()) {
                lines = new CalibrationService(db, Clock.systemDefaultZone()).results(signIn.signIn(db), roundId);
            }
            Messages m = parent.root.context().messages();
            List<List<String>> cells = new ArrayList<>();
            for (OutcomeLine l : lines) {
                cells.add(List.of(l.cohort(), l.rank() == null ? "" : l.rank().toString(), l.employeeNo(),
                        l.total() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", l.total()),
                        l.peerReview() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", l.peerReview()),
                        m.get("appraisal.grade." + l.grade().name())));
            }
            Tables.print(spec.commandLine().getOut(), format == OutputFormat.json ? OutputFormat.csv : format,
                    List.of(m.get("committee.cohort"), m.get("committee.rank"), m.get("researcher.employeeNo"),
                            m.get("committee.total"), m.get("committee.peerReview"), m.get("committee.grade")),
                    cells);
            return ExitCodes.OK;
        }
    }

    /** {@code committee verify}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check a locked round's fingerprint (exit 0 intact, 1 changed since the lock).")
    public static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        CommitteeCommand parent;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOptions signIn;

        @Option(names = "--round-id", required = true, paramLabel = "N", description = "The evaluation round.")
        long roundId;

        @Override
        public Integer call() {
            LockCheck check;
            try (Database db = database.openExisting()) {
                check = new CalibrationService(db, Clock.systemDefaultZone()).verify(signIn.signIn(db), roundId);
            }
            Messages m = parent.root.context().messages();
            PrintWriter out = spec.commandLine().getOut();
            if (check.intact()) {
                out.println(m.get("committee.verify.intact", roundId, check.stored()));
            } else {
                out.println(m.get("committee.verify.changed", roundId, check.stored(), check.recomputed()));
            }
            out.flush();
            return check.intact() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }
}
