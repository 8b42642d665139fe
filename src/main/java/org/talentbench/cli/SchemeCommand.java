package org.talentbench.cli;

import java.util.concurrent.Callable;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.scheme.DefaultSchemes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench scheme show --category BASIC}: evaluation schemes (指标体系). {@code show} prints the shipped
 * default scheme of a category as JSON, exactly as shipped — a starting point for an institute's own scheme, which
 * {@code talentbench lint --scheme-file} then checks. Without a subcommand it prints its usage and exits with code 2.
 */
@Command(name = "scheme", mixinStandardHelpOptions = true,
        description = "Evaluation schemes: show the shipped default of a research category.",
        subcommands = {SchemeCommand.Show.class})
public final class SchemeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** {@code scheme show}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the default scheme of a category as JSON.")
    public static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--category", required = true,
                description = "BASIC, APPLIED, PUBLIC_WELFARE or NATIONAL_MAJOR_TASK.")
        ResearchCategory category;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(DefaultSchemes.json(category));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
