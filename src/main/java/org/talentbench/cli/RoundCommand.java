package org.talentbench.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.round.Round;
import org.talentbench.core.round.RoundScope;
import org.talentbench.core.round.SnapshotInfo;
import org.talentbench.i18n.Messages;
import org.talentbench.service.RoundService;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench round create|score|advance|back}: work on one evaluation round.
 */
@Command(name = "round", mixinStandardHelpOptions = true,
        description = "Create, score and move an evaluation round.",
        subcommands = {RoundCommand.Create.class, RoundCommand.Score.class, RoundCommand.Advance.class,
            RoundCommand.Back.class})
public final class RoundCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Messages messages(CommandSpec spec) {
        return ((TalentBenchCommand) spec.root().userObject()).context().messages();
    }

    /** {@code round create --db PATH --name NAME --date YYYY-MM-DD [--scope …]}. */
    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a round in Draft.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOptions signIn;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Unique name of the round.")
        String name;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Reference date.")
        String date;
        @Option(names = "--scope", split = ",", paramLabel = "CATEGORY|DEPARTMENT",
                description = "Categories (BASIC, APPLIED, PUBLIC_WELFARE, NATIONAL_MAJOR_TASK) and/or department"
                        + " codes, comma-separated (default: everyone).")
        List<String> scope;

        @Override
        public Integer call() {
            LocalDate ref = parseDate(date);
            Set<ResearchCategory> cats = EnumSet.noneOf(ResearchCategory.class);
            Set<String> depts = new TreeSet<>();
            if (scope != null) {
                for (String s : scope) {
                    String t = s.trim();
                    try {
                        cats.add(ResearchCategory.valueOf(t));
                    } catch (IllegalArgumentException e) {
                        if (!t.isEmpty()) {
                            depts.add(t);
                        }
                    }
                }
            }
            Round r;
            try (Database db = database.openExisting()) {
                r = new RoundService(db).create(name, ref, new RoundScope(cats, depts));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages(spec).get("round.created", r.name(), r.referenceDate().toString()));
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code round score --db PATH --name NAME}: prints the snapshot id. */
    @Command(name = "score", mixinStandardHelpOptions = true,
            description = "Score the round; prints the id of the new snapshot.")
    static final class Score implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOptions signIn;
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            SnapshotInfo s;
            try (Database db = database.openExisting()) {
                s = new RoundService(db).score(name, null, null);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(s.id());
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code round advance --db PATH --name NAME [--reason TEXT]}. */
    @Command(name = "advance", mixinStandardHelpOptions = true, description = "Move the round one stage forward.")
    static final class Advance implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOptions signIn;
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (optional going forward).")
        String reason;

        @Override
        public Integer call() {
            Round r;
            try (Database db = database.openExisting()) {
                r = new RoundService(db).advance(name, reason);
            }
            Messages m = messages(spec);
            spec.commandLine().getOut().println(m.get("round.movedTo", r.name(), m.get("round.stage." + r.stage())));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    /** {@code round back --db PATH --name NAME --reason TEXT}. */
    @Command(name = "back", mixinStandardHelpOptions = true,
            description = "Move the round one stage back (a reason is required).")
    static final class Back implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOptions signIn;
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            Round r;
            try (Database db = database.openExisting()) {
                r = new RoundService(db).back(name, reason);
            }
            Messages m = messages(spec);
            spec.commandLine().getOut().println(m.get("round.movedTo", r.name(), m.get("round.stage." + r.stage())));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException("--date YYYY-MM-DD (" + text + ")");
        }
    }
}
