package org.talentbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.talentbench.core.committee.ConflictReason;
import org.talentbench.i18n.Messages;
import org.talentbench.service.CommitteeService;
import org.talentbench.service.ConflictRow;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench conflicts --db PATH --round-id N --user LOGIN}: runs the conflict-of-interest check of a round
 * now (and records that it ran). Chairs and the administrator see every conflict, members their own.
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "Check conflicts of interest (回避) between panel members and the people they judge.")
public final class ConflictsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--round-id", required = true, paramLabel = "N", description = "The evaluation round.")
    long roundId;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        List<ConflictRow> rows;
        try (Database db = database.openExisting()) {
            rows = new CommitteeService(db, java.time.Clock.systemDefaultZone()).conflicts(signIn.signIn(db), roundId);
        }
        Messages m = root.context().messages();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = json.createArrayNode();
            for (ConflictRow r : rows) {
                ObjectNode o = array.addObject();
                o.put("reviewerId", r.reviewer().value());
                o.put("reviewer", r.reviewerName());
                o.put("employeeNo", r.employeeNo());
                o.put("person", r.personName());
                ArrayNode reasons = o.putArray("reasons");
                for (ConflictReason c : r.reasons()) {
                    ObjectNode x = reasons.addObject();
                    x.put("kind", c.kind().name());
                    ArrayNode ev = x.putArray("outputIds");
                    c.evidence().forEach(id -> ev.add(id.value()));
                    x.put("note", c.note());
                }
                o.put("barring", r.barring());
                o.put("override", r.override() == null ? null : r.override().reason());
            }
            out.println(json.writeValueAsString(array));
            out.flush();
            return ExitCodes.OK;
        }
        List<List<String>> cells = new ArrayList<>();
        for (ConflictRow r : rows) {
            String reasons = r.reasons().stream().map(c -> m.get("conflict.kind." + c.kind().name())
                    + (c.evidence().isEmpty() ? "" : " (" + c.evidence().size() + ")")).collect(Collectors.joining("; "));
            cells.add(List.of(r.reviewerName(), r.employeeNo(), r.personName(), reasons,
                    r.override() == null ? "" : r.override().reason()));
        }
        Tables.print(out, format, List.of(m.get("conflict.reviewer"), m.get("researcher.employeeNo"),
                m.get("conflict.person"), m.get("conflict.reasons"), m.get("conflict.override")), cells);
        return ExitCodes.OK;
    }
}
