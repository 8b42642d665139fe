package org.talentbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ResearcherService;
import org.talentbench.service.ResearcherSummary;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talentbench researchers --db PATH [--format table|csv|json]}: the researchers of a database. */
@Command(name = "researchers", mixinStandardHelpOptions = true,
        description = "List the researchers of a database.")
public final class ResearchersCommand implements Callable<Integer> {
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
        List<ResearcherSummary> rows;
        try (Database db = database.openExisting()) {
            rows = new ResearcherService(db).list();
        }
        Messages m = root.context().messages();
        boolean zh = m.language() == Language.ZH;
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = json.createArrayNode();
            for (ResearcherSummary r : rows) {
                ObjectNode o = array.addObject();
                o.put("employeeNo", r.employeeNo());
                o.put("nameZh", r.nameZh());
                o.put("nameLatin", r.nameLatin());
                o.put("gender", r.gender().name());
                o.put("birthDate", r.birthDate() == null ? null : r.birthDate().toString());
                o.put("department", r.departmentCode());
                o.put("departmentName", zh ? r.departmentZh() : r.departmentEn());
                o.put("title", r.title());
                o.put("discipline", r.discipline());
                o.put("category", r.category().name());
                o.put("status", r.status().name());
                o.put("orcid", r.orcid());
                o.put("outputs", r.outputCount());
            }
            out.println(json.writeValueAsString(array));
            out.flush();
            return ExitCodes.OK;
        }
        List<String> header = List.of(m.get("researcher.employeeNo"), m.get("researcher.nameZh"),
                m.get("researcher.nameLatin"), m.get("researcher.gender"), m.get("researcher.birthDate"),
                m.get("researcher.department"), m.get("researcher.title"), m.get("researcher.category"),
                m.get("researcher.status"), m.get("researcher.orcid"), m.get("researcher.outputs"));
        List<List<String>> cells = new ArrayList<>();
        for (ResearcherSummary r : rows) {
            cells.add(List.of(r.employeeNo(), r.nameZh(), r.nameLatin(), m.get("gender." + r.gender().name()),
                    r.birthDate() == null ? "" : r.birthDate().toString(), zh ? r.departmentZh() : r.departmentEn(),
                    r.title(), m.get("category." + r.category().name()), m.get("status." + r.status().name()),
                    r.orcid(), Integer.toString(r.outputCount())));
        }
        Tables.print(out, format, header, cells);
        return ExitCodes.OK;
    }
}
