package org.talentbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code talentbench audit}: the tamper-evident audit trail. Without a subcommand it prints its usage (exit 2). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The tamper-evident audit trail (SHA-256 chain over the change log).",
        subcommands = {AuditVerifyCommand.class})
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
