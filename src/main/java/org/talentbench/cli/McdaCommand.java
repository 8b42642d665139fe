package org.talentbench.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench mcda}: the multi-criteria decision-analysis toolbox on CSV files, for checking a weighting
 * scheme or a ranking outside the application. Without a subcommand it prints its usage and exits with code 2.
 */
@Command(name = "mcda", mixinStandardHelpOptions = true,
        description = "Multi-criteria decision analysis on CSV files: AHP weights, entropy weights, TOPSIS.",
        subcommands = {
            AhpCommand.class,
            EntropyCommand.class,
            TopsisCommand.class,
        })
public final class McdaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
