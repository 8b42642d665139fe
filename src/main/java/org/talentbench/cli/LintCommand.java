package org.talentbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.cycle.CycleSettings;
import org.talentbench.core.scheme.DefaultSchemes;
import org.talentbench.core.scheme.LintConfig;
import org.talentbench.core.scheme.LintFinding;
import org.talentbench.core.scheme.LintSeverity;
import org.talentbench.core.scheme.PolicyLint;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scheme.SchemeJson;
import org.talentbench.i18n.Messages;
import org.talentbench.service.InstituteLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench lint [--scheme-file FILE.json]}: the 破四唯 policy lint. Without a file it lints the shipped
 * default schemes and the default cycle rules. Prints JSON — the schemes linted, every finding (severity, path, code,
 * policy document, arguments and the translated message) and the count per severity — and exits 0 whatever it
 * finds: the lint advises, it does not block.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check evaluation schemes against the 破四唯 rules and responsible-metrics principles.",
                "Without --scheme-file: the shipped default schemes and cycle rules. Prints JSON; exit code 0."})
public final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Option(names = "--scheme-file", paramLabel = "FILE.json", description = "A scheme as JSON (UTF-8).")
    Path schemeFile;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Lint the schemes stored in this database (the defaults are stored on first use).")
    String db;

    @Option(names = "--scheme", paramLabel = "ID", description = "With --db: only the stored scheme with this id.")
    String schemeId;

    /** For an encrypted {@code --db}: the account whose key slot opens it (the schemes are not personnel data). */
    @picocli.CommandLine.Mixin
    SignInOptions signIn;

    @Override
    public Integer call() throws IOException {
        List<Scheme> schemes = new ArrayList<>();
        List<LintFinding> findings;
        if (schemeId != null && db == null) {
            throw new UsageException("--scheme ID needs --db PATH");
        }
        if (db != null) {
            Map<String, String> settings;
            try (org.talentbench.store.Database database = DatabaseOption.openExisting(
                    org.talentbench.store.DatabaseLocation.parse(db), signIn)) {
                settings = database.read(r -> r.settings().all());
                // the cycles the institute evaluates by: its Settings over each scheme's own
                new org.talentbench.service.SchemeService(database).active().forEach(
                        s -> schemes.add(InstituteLoader.withConfiguredCycle(s, settings)));
            }
            if (schemeId != null) {
                schemes.removeIf(s -> !s.id().equals(schemeId.trim()));
                if (schemes.isEmpty()) {
                    throw new InvalidInputException("scheme.unknown", schemeId);
                }
            }
            findings = schemeId != null ? PolicyLint.lint(schemes.get(0), LintConfig.defaults())
                    : PolicyLint.lintAll(schemes, CycleSettings.rules(settings), LintConfig.defaults());
        } else if (schemeFile != null) {
            Scheme s = SchemeJson.read(readFile(schemeFile));
            schemes.add(s);
            findings = PolicyLint.lint(s, LintConfig.defaults());
        } else {
            schemes.addAll(DefaultSchemes.all().values());
            findings = PolicyLint.lintAll(schemes, CycleRules.defaults(), LintConfig.defaults());
        }
        Messages messages = root.context().messages();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode out = json.createObjectNode();
        ArrayNode linted = out.putArray("schemes");
        for (Scheme s : schemes) {
            linted.addObject().put("id", s.id()).put("version", s.version()).put("category", s.category().name());
        }
        ArrayNode list = out.putArray("findings");
        Map<LintSeverity, Integer> counts = new EnumMap<>(LintSeverity.class);
        for (LintSeverity sev : LintSeverity.values()) {
            counts.put(sev, 0);
        }
        for (LintFinding f : findings) {
            ObjectNode n = list.addObject();
            n.put("severity", f.severity().name());
            n.put("path", f.path());
            n.put("code", f.code());
            n.put("policy", f.policy());
            ArrayNode args = n.putArray("args");
            f.args().forEach(args::add);
            n.put("message", messages.get(f.code(), new ArrayList<Object>(f.args())));
            counts.merge(f.severity(), 1, Integer::sum);
        }
        ObjectNode c = out.putObject("counts");
        counts.forEach((sev, n) -> c.put(sev.name(), n));
        spec.commandLine().getOut().println(json.writeValueAsString(out));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("schemeFile.notFound", file.toString());
        } catch (IOException e) {
            throw new InvalidInputException("schemeFile.unreadable", file.toString(), e.getClass().getSimpleName());
        }
    }
}
