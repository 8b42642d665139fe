package org.talentbench.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.core.InvalidInputException;
import org.talentbench.i18n.Language;
import org.talentbench.common.UserFacingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The root of the {@code talentbench} command tree. With no subcommand the launcher starts the GUI instead; here
 * no subcommand prints the usage. Exit codes: 0 success, 2 bad input, 1 any other failure.
 */
@Command(name = "talentbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "TalentBench 人才评价工作台 — talent evaluation for research institutes.",
        subcommands = {
            DemoCommand.class,
            ResearchersCommand.class,
            McdaCommand.class,
            IndicatorsCommand.class,
            LintCommand.class,
            SchemeCommand.class,
            TechCommand.class,
            AccountCommand.class,
            ConflictsCommand.class,
            ReviewCommand.class,
            CommitteeCommand.class,
            BackupCommand.class,
            SettingsCommand.class,
            RestoreCommand.class,
            AuditCommand.class,
            RoundsCommand.class,
            RoundCommand.class,
            RankingCommand.class,
            EvaluateCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            ReportCommand.class,
            EncryptCommand.class,
            DecryptCommand.class,
        })
public final class TalentBenchCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(TalentBenchCommand.class);

    @Spec
    CommandSpec spec;

    final CliContext context = new CliContext();

    @Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of messages (default: the system language).")
    void setLanguage(String value) {
        Language parsed = Language.parse(value);
        if (parsed == null) {
            throw new ParameterException(spec.commandLine(), "--lang: zh | en");
        }
        context.language(parsed);
    }

    public CliContext context() {
        return context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with TalentBench's exception handling and exit codes. */
    public static CommandLine commandLine() {
        TalentBenchCommand root = new TalentBenchCommand();
        CommandLine cmd = new CommandLine(root);
        cmd.setExecutionExceptionHandler(TalentBenchCommand::handleExecutionException);
        cmd.setParameterExceptionHandler(TalentBenchCommand::handleParameterException);
        cmd.setExitCodeExceptionMapper(t -> ExitCodes.FAILURE);
        return cmd;
    }

    /** Runs {@code args} and returns the exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    private static int handleParameterException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println(cmd.getHelp().fullSynopsis().trim());
        }
        return ExitCodes.BAD_INPUT;
    }

    private static int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        CommandLine rootLine = cmd;
        while (rootLine.getParent() != null) {
            rootLine = rootLine.getParent();
        }
        CliContext context = ((TalentBenchCommand) rootLine.getCommand()).context;
        PrintWriter err = cmd.getErr();
        if (ex instanceof UsageException) {
            err.println(ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof InvalidInputException invalid) {
            err.println(context.messages().get("error." + invalid.code(), invalid.args()));
            LOG.info("bad input: {}", invalid.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof UserFacingException userFacing) {
            err.println(context.messages().get(userFacing.key(), userFacing.args()));
            LOG.warn("command failed: {}", userFacing.getMessage(), userFacing);
            return userFacing.badInput() ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
        }
        LOG.error("command failed", ex);
        err.println(context.messages().get("error.unexpected", ex.getClass().getSimpleName()));
        return ExitCodes.FAILURE;
    }
}
