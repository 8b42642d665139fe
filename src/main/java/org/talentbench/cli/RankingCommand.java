package org.talentbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentbench.core.round.ListFlag;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.i18n.Messages;
import org.talentbench.service.RankedList;
import org.talentbench.service.RoundService;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench ranking --db PATH --round NAME [--snapshot ID] [--format table|csv|json]}: the stored ranked
 * list of a round (its latest snapshot unless one is named), with its flags.
 */
@Command(name = "ranking", mixinStandardHelpOptions = true,
        description = "Print the stored ranked list of a round with its flags.")
public final class RankingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--round", required = true, paramLabel = "NAME")
    String round;

    @Option(names = "--snapshot", paramLabel = "ID", description = "A snapshot id (default: the round's latest).")
    Long snapshot;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        RankedList list;
        try (Database db = database.openExisting()) {
            RoundService service = new RoundService(db);
            list = snapshot == null ? service.ranking(round) : service.ranking(snapshot);
            if (!list.round().name().equals(round.trim())) {
                throw new UsageException("--snapshot " + snapshot + " does not belong to " + round);
            }
        }
        Messages m = root.context().messages();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode doc = json.createObjectNode();
            doc.put("round", list.round().name());
            doc.put("stage", list.round().stage().name());
            doc.put("snapshot", list.snapshot().id());
            doc.put("createdAt", list.snapshot().createdAt().toString());
            doc.put("engineVersion", list.snapshot().engineVersion());
            doc.put("inputsFingerprint", list.snapshot().inputsFingerprint());
            ObjectNode schemes = doc.putObject("schemes");
            list.snapshot().schemes().forEach((c, s) -> schemes.put(c.name(), s.toString()));
            ArrayNode rows = doc.putArray("rows");
            for (SnapshotRow r : list.rows()) {
                ObjectNode o = rows.addObject();
                o.put("cohort", r.cohort());
                putInt(o, "rank", r.rank());
                putInt(o, "cohortSize", r.cohortSize());
                o.put("employeeNo", r.employeeNo());
                o.put("name", r.name());
                o.put("category", r.category().name());
                putDouble(o, "total", r.total());
                putDouble(o, "innovation", r.innovation());
                putDouble(o, "quality", r.quality());
                putDouble(o, "contribution", r.contribution());
                putDouble(o, "percentile", r.percentile());
                putInt(o, "rankP5", r.p5());
                putInt(o, "rankP95", r.p95());
                o.put("grade", r.grade().name());
                o.put("participation", r.participation().name());
                o.put("verified", r.verified());
                ArrayNode flags = o.putArray("flags");
                r.flags().stream().map(ListFlag::name).forEach(flags::add);
            }
            out.println(json.writeValueAsString(doc));
            out.flush();
            return ExitCodes.OK;
        }
        List<String> header = RankingFormat.header(m);
        Tables.print(out, format, header, RankingFormat.cells(m, list.rows()));
        return ExitCodes.OK;
    }

    static void putInt(ObjectNode o, String key, Integer v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    static void putDouble(ObjectNode o, String key, Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }
}
