package org.talentbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentbench.i18n.Messages;
import org.talentbench.service.RoundService;
import org.talentbench.service.RoundSummary;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talentbench rounds --db PATH [--format table|csv|json]}: the evaluation rounds of a database. */
@Command(name = "rounds", mixinStandardHelpOptions = true,
        description = "List the evaluation rounds: name, reference date, stage, participants.")
public final class RoundsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        List<RoundSummary> rounds;
        try (Database db = database.openExisting()) {
            rounds = new RoundService(db).list();
        }
        Messages m = root.context().messages();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = json.createArrayNode();
            for (RoundSummary r : rounds) {
                ObjectNode o = array.addObject();
                o.put("name", r.name());
                o.put("referenceDate", r.referenceDate().toString());
                o.put("stage", r.stage().name());
                o.put("participants", r.participants());
                o.put("checkIns", r.checkIns());
                o.put("snapshots", r.snapshots());
                o.put("latestSnapshot", r.latestSnapshotId());
            }
            out.println(json.writeValueAsString(array));
            out.flush();
            return ExitCodes.OK;
        }
        List<String> header = List.of(m.get("round.col.name"), m.get("round.col.date"), m.get("round.col.stage"),
                m.get("round.col.participants"), m.get("round.col.checkIns"), m.get("round.col.snapshots"));
        List<List<String>> cells = new ArrayList<>();
        for (RoundSummary r : rounds) {
            cells.add(List.of(r.name(), r.referenceDate().toString(), m.get("round.stage." + r.stage().name()),
                    Integer.toString(r.participants()), Integer.toString(r.checkIns()),
                    Integer.toString(r.snapshots())));
        }
        Tables.print(out, format, header, cells);
        return ExitCodes.OK;
    }
}
