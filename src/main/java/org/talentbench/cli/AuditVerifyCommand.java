package org.talentbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.talentbench.service.AuditService;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench audit verify --db PATH [--format text|json]}: walks the audit chain. Exit code 0 when it is
 * intact, 1 when a record was edited, inserted or deleted outside TalentBench (the first such record is named).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that no audit record was edited, inserted or deleted outside TalentBench."
                + " Exit code 0: intact; 1: tampering found.")
public final class AuditVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    AuditCommand parent;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!"text".equals(format) && !"json".equals(format)) {
            throw new UsageException("--format text|json");
        }
        AuditService.Status status;
        try (Database db = database.openExisting()) {
            status = AuditService.verify(db);
        }
        PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode o = json.createObjectNode();
            o.put("intact", status.intact());
            o.put("records", status.records());
            o.put("headHash", status.headHash());
            if (!status.intact()) {
                o.put("firstBrokenId", status.brokenId());
                o.put("tamper", status.tamper());
            }
            out.println(json.writeValueAsString(o));
        } else {
            TalentBenchCommand root = (TalentBenchCommand) spec.root().userObject();
            out.println(root.context().messages().get(status.key(), status.args()));
        }
        out.flush();
        return status.intact() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
