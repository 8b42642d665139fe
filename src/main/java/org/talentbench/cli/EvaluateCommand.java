package org.talentbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.Grade;
import org.talentbench.core.round.SnapshotJson;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.core.round.SnapshotRows;
import org.talentbench.core.scoring.EvaluationResult;
import org.talentbench.core.scoring.MissingInputRule;
import org.talentbench.core.scoring.ScoreCard;
import org.talentbench.i18n.Messages;
import org.talentbench.service.EvaluationService;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench evaluate --db PATH --date YYYY-MM-DD [--category C] [--format table|csv|json]}: a dry-run
 * ranking of the current data per cohort — rank, total, the three dimension scores, cycle decision and flags; JSON
 * includes every score card with its full trace. Nothing is stored.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Dry-run ranking of the current data per cohort (nothing is stored).",
                "Missing peer-review and expert inputs are imputed by --missing (default: median, flagged)."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Reference date.")
    String date;

    @Option(names = "--category", paramLabel = "C",
            description = "Only this category: ${COMPLETION-CANDIDATES}.")
    ResearchCategory category;

    @Option(names = "--inputs-from", paramLabel = "ROUND",
            description = "Use the peer-review and expert inputs recorded in this round.")
    String inputsFrom;

    @Option(names = "--missing", defaultValue = "median", paramLabel = "exclude|zero|median",
            description = "Rule for missing peer-review and expert inputs (default: ${DEFAULT-VALUE}).")
    String missing;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        LocalDate ref = RoundCommand.parseDate(date);
        MissingInputRule rule = switch (missing.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "exclude" -> MissingInputRule.EXCLUDE_FROM_RANKING;
            case "zero" -> MissingInputRule.ZERO;
            case "median" -> MissingInputRule.COHORT_MEDIAN;
            default -> throw new UsageException("--missing exclude|zero|median");
        };
        EvaluationResult result;
        try (Database db = database.openExisting()) {
            result = new EvaluationService(db).dryRun(ref, category, inputsFrom, rule);
        }
        Messages m = root.context().messages();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode doc = json.createObjectNode();
            doc.put("referenceDate", ref.toString());
            doc.put("engineVersion", result.engineVersion());
            ObjectNode schemes = doc.putObject("schemes");
            result.schemes().forEach((c, s) -> schemes.put(c.name(), s.toString()));
            doc.set("cohorts", json.readTree(SnapshotJson.write(new ArrayList<>(result.cohorts().values()))));
            ArrayNode cards = doc.putArray("cards");
            for (ScoreCard c : result.cards()) {
                cards.add(json.readTree(SnapshotJson.write(c)));
            }
            out.println(json.writeValueAsString(doc));
            out.flush();
            return ExitCodes.OK;
        }
        Map<ResearcherId, String> noDisciplines = new HashMap<>();
        var everyone = new HashSet<ResearcherId>();
        result.cards().forEach(c -> everyone.add(c.researcherId()));
        List<SnapshotRow> rows = SnapshotRows.of(result, Map.of(), everyone, noDisciplines,
                Grade.DEFAULT_EXCELLENT_SHARE);
        List<String> header = new ArrayList<>(List.of(m.get("ranking.col.cohort"), m.get("ranking.col.rank"),
                m.get("researcher.employeeNo"), m.get("researcher.nameZh"), m.get("ranking.col.total"),
                m.get("ranking.col.innovation"), m.get("ranking.col.quality"), m.get("ranking.col.contribution"),
                m.get("ranking.col.cycle"), m.get("ranking.col.flags")));
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SnapshotRow r = rows.get(i);
            ScoreCard c = result.cards().get(i);
            cells.add(List.of(r.cohort(), r.rank() == null ? "" : r.rank() + "/" + r.cohortSize(), r.employeeNo(),
                    r.name(), RankingFormat.num(r.total()), RankingFormat.num(r.innovation()),
                    RankingFormat.num(r.quality()), RankingFormat.num(r.contribution()),
                    m.get("cycleStatus." + c.decision().status().name()),
                    c.flags().stream().map(f -> m.get(f.code(), new ArrayList<Object>(f.args())))
                            .collect(Collectors.joining(" "))));
        }
        Tables.print(out, format, header, cells);
        return ExitCodes.OK;
    }
}
