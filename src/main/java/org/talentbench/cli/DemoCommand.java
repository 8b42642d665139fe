package org.talentbench.cli;

import java.util.concurrent.Callable;
import org.talentbench.demo.DemoSpec;
import org.talentbench.service.DemoService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talentbench demo --db PATH [--researchers N] [--seed S]}: writes a demo institute into a new database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create a new database holding a generated demo institute.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Option(names = "--researchers", paramLabel = "N", defaultValue = "240",
            description = "Number of researchers (default: ${DEFAULT-VALUE}).")
    int researchers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20260630",
            description = "Random seed; the same seed gives the same institute (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (researchers < 1 || researchers > DemoSpec.MAX_RESEARCHERS) {
            throw new UsageException(root.context().messages().get("demo.error.researchers", researchers,
                    DemoSpec.MAX_RESEARCHERS));
        }
        DemoSpec demo = new DemoSpec(researchers, seed, DemoSpec.STANDARD_REFERENCE_DATE);
        DemoService.Result result = DemoService.create(database.location(), demo, f -> { }, () -> false);
        spec.commandLine().getOut().println(root.context().messages().get("demo.done", result.location().display(),
                result.researchers(), result.outputs()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
