package org.talentbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.talentbench.core.InvalidInputException;
import org.talentbench.i18n.Messages;
import org.talentbench.service.RuleSetting;
import org.talentbench.service.RuleSettingsService;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench settings --db PATH (list | get KEY | set KEY VALUE | reset KEY)}: the per-database rule defaults
 * and institute details, through the same {@link RuleSettingsService} as the Settings screen, so a value set here is
 * validated the same way and recorded in the audit trail.
 */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "Show or change the rule defaults and institute details of a database "
                + "(list | get KEY | set KEY VALUE | reset KEY). Every change is recorded in the audit trail.")
public final class SettingsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format of list: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, get, set or reset.")
    String action;

    @Parameters(index = "1..*", arity = "0..2", paramLabel = "KEY [VALUE]",
            description = "The setting key (see list) and, for set, its new value (lists separated by |).")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Messages m = root.context().messages();
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = database.openExisting()) {
            RuleSettingsService service = new RuleSettingsService(db);
            switch (action) {
                case "list" -> list(service, m, out);
                case "get" -> {
                    String key = key(1);
                    out.println(service.effective().get(key));
                }
                case "set" -> {
                    if (args.size() != 2) {
                        throw new UsageException(m.get("settings.cli.usage"));
                    }
                    String key = key(2);
                    int n = service.save(Map.of(key, args.get(1)));
                    out.println(m.get("settings.cli.set", key, service.effective().get(key), n));
                }
                case "reset" -> {
                    String key = key(1);
                    Map<String, String> restore = new HashMap<>();
                    restore.put(key, null);
                    int n = service.save(restore);
                    out.println(m.get("settings.cli.set", key, service.effective().get(key), n));
                }
                default -> throw new UsageException(m.get("settings.cli.usage"));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String key(int expectedArgs) {
        if (args.size() != expectedArgs) {
            throw new UsageException(root.context().messages().get("settings.cli.usage"));
        }
        String key = args.get(0);
        if (RuleSettingsService.find(key).isEmpty()) {
            throw new InvalidInputException("settings.unknownKey", key);
        }
        return key;
    }

    private void list(RuleSettingsService service, Messages m, PrintWriter out) throws Exception {
        Map<String, String> stored = service.stored();
        Map<String, String> effective = service.effective();
        if (format == OutputFormat.json) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = json.createArrayNode();
            for (RuleSetting s : RuleSettingsService.catalogue()) {
                ObjectNode o = array.addObject();
                o.put("key", s.key());
                o.put("section", s.section().name());
                o.put("value", effective.get(s.key()));
                o.put("default", s.defaultValue());
                o.put("set", stored.containsKey(s.key()));
            }
            out.println(json.writeValueAsString(array));
            return;
        }
        List<String> header = List.of(m.get("settings.col.key"), m.get("settings.col.value"),
                m.get("settings.col.default"), m.get("settings.col.set"));
        List<List<String>> cells = new ArrayList<>();
        for (RuleSetting s : RuleSettingsService.catalogue()) {
            cells.add(List.of(s.key(), effective.get(s.key()), s.defaultValue(),
                    stored.containsKey(s.key()) ? m.get("settings.value.true") : m.get("settings.value.false")));
        }
        Tables.print(out, format, header, cells);
    }
}
