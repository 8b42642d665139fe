package org.talentbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.tech.Candidate;
import org.talentbench.core.tech.CandidateFilter;
import org.talentbench.core.tech.Challenge;
import org.talentbench.core.tech.EvidenceOutput;
import org.talentbench.core.tech.FinderOptions;
import org.talentbench.core.tech.LandmarkOutput;
import org.talentbench.core.tech.PendingSuggestion;
import org.talentbench.core.tech.PersonEntry;
import org.talentbench.core.tech.Shortlist;
import org.talentbench.core.tech.TagSubject;
import org.talentbench.core.tech.TalentMap;
import org.talentbench.core.tech.TalentMapOptions;
import org.talentbench.core.tech.TechEvent;
import org.talentbench.core.tech.Technology;
import org.talentbench.core.tech.TechnologyEntry;
import org.talentbench.core.tech.TechnologyList;
import org.talentbench.i18n.Messages;
import org.talentbench.i18n.TechTexts;
import org.talentbench.report.MissingGlyph;
import org.talentbench.service.StandingsSource;
import org.talentbench.service.TechnologyExports;
import org.talentbench.service.TechnologyService;
import org.talentbench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench tech …}: the key core technologies — the list as of a date and its history, dated changes,
 * matching terms, tags and suggestions, the talent map (table, .xlsx, .pdf) and candidates for an open call
 * (揭榜挂帅; table, JSON or a PDF shortlist).
 */
@Command(name = "tech", mixinStandardHelpOptions = true,
        description = "Key core technologies: the list and its history, tags and suggestions, the talent map and"
                + " candidates for open calls (揭榜挂帅).",
        subcommands = {
            TechCommand.ListTech.class,
            TechCommand.History.class,
            TechCommand.Add.class,
            TechCommand.Rename.class,
            TechCommand.Move.class,
            TechCommand.Merge.class,
            TechCommand.Retire.class,
            TechCommand.Terms.class,
            TechCommand.SuggestionsCmd.class,
            TechCommand.Accept.class,
            TechCommand.Reject.class,
            TechCommand.Tag.class,
            TechCommand.Untag.class,
            TechCommand.MapCmd.class,
            TechCommand.Candidates.class,
        })
public final class TechCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TalentBenchCommand root;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Standing source for the map and the finder. */
    enum StandingChoice { preview, none }

    static LocalDate date(String text, String option) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + ": YYYY-MM-DD (" + text + ")");
        }
    }

    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;，；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** What every subcommand shares: the database option, the root's messages and the output. */
    abstract static class Sub implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        TechCommand tech;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOptions signIn;

        Messages messages() {
            return tech.root.context().messages();
        }

        TechTexts texts() {
            return new TechTexts(messages());
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        TechnologyService service(Database db, StandingChoice standing) {
            return new TechnologyService(db, System.getProperty("user.name", TechnologyService.DEFAULT_ACTOR),
                    Clock.systemDefaultZone(), standing == StandingChoice.none ? StandingsSource.none()
                            : StandingsSource.preview());
        }

        TechnologyService service(Database db) {
            return service(db, StandingChoice.none);
        }

        @Override
        public Integer call() throws Exception {
            try (Database db = database.openExisting()) {
                run(db);
            }
            out().flush();
            return ExitCodes.OK;
        }

        abstract void run(Database db) throws Exception;

        void printWarnings(List<MissingGlyph> warnings) {
            PrintWriter err = spec.commandLine().getErr();
            for (MissingGlyph g : warnings) {
                err.println(g.message(messages()));
            }
            err.flush();
        }
    }

    // ---------------------------------------------------------------- the list

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The technology list as of a date (default today), by group.")
    static final class ListTech extends Sub {
        @Option(names = "--as-of", paramLabel = "DATE", description = "List as of this date (YYYY-MM-DD).")
        String asOf;

        @Option(names = "--all", description = "Include retired, merged and not yet added technologies.")
        boolean all;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        void run(Database db) throws Exception {
            TechnologyService service = service(db);
            LocalDate date = date(asOf, "--as-of");
            TechnologyList list = service.list();
            TechnologyList.View view = list.asOf(date == null ? service.today() : date);
            List<Technology> techs = all ? view.all() : view.active();
            TechTexts t = texts();
            Messages m = messages();
            if (format == OutputFormat.json) {
                ArrayNode array = json().createArrayNode();
                for (Technology x : techs) {
                    ObjectNode o = array.addObject();
                    o.put("code", x.code());
                    o.put("nameZh", x.nameZh());
                    o.put("nameEn", x.nameEn());
                    o.put("group", x.groupCode());
                    o.put("status", x.status().name());
                    o.put("added", String.valueOf(x.added()));
                    o.put("ended", x.ended() == null ? null : x.ended().toString());
                    o.put("mergedInto", x.mergedInto());
                }
                out().println(json().writeValueAsString(array));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Technology x : techs) {
                rows.add(List.of(t.name(list.group(x.groupCode()).orElse(null)), x.code(), t.name(x),
                        t.status(x.status()), String.valueOf(x.added()), x.ended() == null ? "" : x.ended().toString(),
                        x.mergedInto()));
            }
            Tables.print(out(), format, List.of(m.get("keytech.column.group"), m.get("keytech.column.code"),
                    m.get("keytech.column.technology"), m.get("keytech.column.status"), m.get("keytech.column.since"),
                    m.get("keytech.column.until"), m.get("keytech.column.mergedInto")), rows);
            if (format == OutputFormat.table) {
                out().println(m.get("keytech.cli.listFooter", view.date().toString(), list.version(),
                        view.active().size()));
            }
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Every dated change of one technology (or of the whole list).")
    static final class History extends Sub {
        @Parameters(arity = "0..1", paramLabel = "CODE", description = "Technology code; all when omitted.")
        String code;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        void run(Database db) throws Exception {
            TechnologyList list = service(db).list();
            List<TechEvent> events = code == null ? list.events() : list.history(code);
            if (code != null && !list.knows(code)) {
                throw new org.talentbench.core.InvalidInputException("tech.unknown", code);
            }
            TechTexts t = texts();
            Messages m = messages();
            if (format == OutputFormat.json) {
                ArrayNode array = json().createArrayNode();
                for (TechEvent e : events) {
                    ObjectNode o = array.addObject();
                    o.put("id", e.id());
                    o.put("code", e.code());
                    o.put("kind", e.kind().name());
                    o.put("effective", e.effective().toString());
                    o.put("nameZh", e.nameZh());
                    o.put("nameEn", e.nameEn());
                    o.put("group", e.groupCode());
                    o.put("target", e.targetCode());
                    o.put("note", e.note());
                    o.put("actor", e.actor());
                    o.put("recordedAt", e.recordedAt() == null ? null : e.recordedAt().toString());
                }
                out().println(json().writeValueAsString(array));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (TechEvent e : events) {
                rows.add(List.of(e.effective().toString(), e.code(), t.event(e.kind()),
                        String.join(" / ", List.of(e.nameZh(), e.nameEn()).stream().filter(s -> !s.isEmpty())
                                .toList()), e.groupCode(), e.targetCode(), e.note(), e.actor()));
            }
            Tables.print(out(), format, List.of(m.get("keytech.column.effective"), m.get("keytech.column.code"),
                    m.get("keytech.column.change"), m.get("keytech.column.names"), m.get("keytech.column.group"),
                    m.get("keytech.column.mergedInto"), m.get("keytech.column.note"), m.get("keytech.column.actor")),
                    rows);
        }
    }

    /** The options of a dated change. */
    abstract static class Change extends Sub {
        @Option(names = "--code", required = true, paramLabel = "CODE", description = "Technology code.")
        String code;

        @Option(names = "--date", paramLabel = "DATE", description = "Effective date (default today).")
        String date;

        @Option(names = "--note", paramLabel = "TEXT", description = "Reason or decision document.")
        String note;

        LocalDate effective(TechnologyService service) {
            LocalDate d = date(date, "--date");
            return d == null ? service.today() : d;
        }

        void record(TechnologyService service, TechEvent e) {
            service.record(e);
            out().println(messages().get("keytech.cli.recorded", texts().event(e.kind()), e.code(),
                    e.effective().toString()));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a technology to the list.")
    static final class Add extends Change {
        @Option(names = "--name-zh", required = true, paramLabel = "NAME", description = "Chinese name.")
        String nameZh;

        @Option(names = "--name-en", paramLabel = "NAME", description = "English name.")
        String nameEn;

        @Option(names = "--group", required = true, paramLabel = "GROUP", description = "Group (field or cluster) code.")
        String group;

        @Override
        void run(Database db) {
            TechnologyService s = service(db);
            record(s, TechEvent.add(code, effective(s), nameZh, nameEn, group, note));
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = "Rename a technology (same code; the old name stays in the history).")
    static final class Rename extends Change {
        @Option(names = "--name-zh", paramLabel = "NAME", description = "New Chinese name.")
        String nameZh;

        @Option(names = "--name-en", paramLabel = "NAME", description = "New English name.")
        String nameEn;

        @Override
        void run(Database db) {
            TechnologyService s = service(db);
            record(s, TechEvent.rename(code, effective(s), nameZh, nameEn, note));
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move a technology to another group.")
    static final class Move extends Change {
        @Option(names = "--group", required = true, paramLabel = "GROUP", description = "New group code.")
        String group;

        @Override
        void run(Database db) {
            TechnologyService s = service(db);
            record(s, TechEvent.move(code, effective(s), group, note));
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge a technology into another; its tags count for the target from the date.")
    static final class Merge extends Change {
        @Option(names = "--into", required = true, paramLabel = "CODE", description = "Target technology code.")
        String into;

        @Override
        void run(Database db) {
            TechnologyService s = service(db);
            record(s, TechEvent.merge(code, effective(s), into, note));
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = "Retire a technology; it stays on lists as of earlier dates.")
    static final class Retire extends Change {
        @Override
        void run(Database db) {
            TechnologyService s = service(db);
            record(s, TechEvent.retire(code, effective(s), note));
        }
    }

    @Command(name = "terms", mixinStandardHelpOptions = true,
            description = "Show or set the terms that suggest a technology in titles, keywords and venues.")
    static final class Terms extends Sub {
        @Option(names = "--code", required = true, paramLabel = "CODE", description = "Technology code.")
        String code;

        @Option(names = "--set", paramLabel = "TERMS", description = "New terms, separated by ';' or ','.")
        String set;

        @Override
        void run(Database db) {
            TechnologyService s = service(db);
            TechnologyList list = set == null ? s.list() : s.setTerms(code, split(set));
            if (!list.knows(code)) {
                throw new org.talentbench.core.InvalidInputException("tech.unknown", code);
            }
            list.terms(code).forEach(out()::println);
        }
    }

    // ---------------------------------------------------------------- tags and suggestions

    @Command(name = "suggestions", mixinStandardHelpOptions = true,
            description = "Suggested technologies waiting for a decision (outputs, or profiles with --researchers).")
    static final class SuggestionsCmd extends Sub {
        @Option(names = "--tech", paramLabel = "CODE", description = "Only this technology.")
        String code;

        @Option(names = "--researchers", description = "Suggestions for profiles instead of outputs.")
        boolean researchers;

        @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most N (default 50).")
        int limit;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        void run(Database db) throws Exception {
            TechnologyService s = service(db);
            List<PendingSuggestion> list = researchers ? s.pendingResearcherSuggestions(code, limit)
                    : s.pendingOutputSuggestions(code, limit);
            Messages m = messages();
            Map<Long, String[]> people = researchers ? db.read(repos -> {
                Map<Long, String[]> p = new java.util.HashMap<>();
                repos.researchers().findAll().forEach(r -> p.put(r.id().value(),
                        new String[] {r.employeeNo(), r.nameZh()}));
                return p;
            }) : Map.of();
            if (format == OutputFormat.json) {
                ArrayNode array = json().createArrayNode();
                for (PendingSuggestion p : list) {
                    ObjectNode o = array.addObject();
                    o.put("subject", p.subject().name());
                    if (p.subject() == TagSubject.OUTPUT) {
                        o.put("outputId", p.output().id().value());
                        o.put("title", p.output().title());
                        o.put("date", p.output().date().toString());
                    } else {
                        o.put("employeeNo", people.get(p.researcherId().value())[0]);
                        o.put("outputs", p.outputs());
                    }
                    o.put("tech", p.code());
                    o.put("score", p.suggestion().score());
                    ArrayNode terms = o.putArray(p.subject() == TagSubject.OUTPUT ? "terms" : "supporting");
                    (p.subject() == TagSubject.OUTPUT ? p.suggestion().terms() : p.supporting()).forEach(terms::add);
                }
                out().println(json().writeValueAsString(array));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (PendingSuggestion p : list) {
                if (p.subject() == TagSubject.OUTPUT) {
                    rows.add(List.of(String.valueOf(p.output().id().value()), p.output().title(),
                            p.output().date().toString(), p.code(), TechTexts.number(p.suggestion().score()),
                            String.join("; ", p.suggestion().terms())));
                } else {
                    String[] who = people.get(p.researcherId().value());
                    rows.add(List.of(who[0], who[1], p.code(), String.valueOf(p.outputs()),
                            p.supporting().isEmpty() ? "" : p.supporting().get(0)));
                }
            }
            List<String> header = researchers
                    ? List.of(m.get("researcher.employeeNo"), m.get("researcher.nameZh"), m.get("keytech.column.code"),
                    m.get("keytech.column.supportingOutputs"), m.get("keytech.column.example"))
                    : List.of(m.get("keytech.column.outputId"), m.get("report.column.title"),
                    m.get("report.column.date"), m.get("keytech.column.code"), m.get("keytech.column.score"),
                    m.get("keytech.column.matchedTerms"));
            Tables.print(out(), format, header, rows);
        }
    }

    /** Names the subject of a tag or decision: an output id or a researcher's employee number. */
    abstract static class Subject extends Sub {
        @Option(names = "--output", paramLabel = "ID", description = "Output id.")
        Long output;

        @Option(names = "--researcher", paramLabel = "EMPLOYEE_NO", description = "Researcher's employee number.")
        String researcher;

        @Option(names = "--tech", required = true, paramLabel = "CODE", description = "Technology code.")
        String code;

        void check() {
            if ((output == null) == (researcher == null)) {
                throw new UsageException("--output ID | --researcher EMPLOYEE_NO");
            }
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, description = "Accept a suggested technology.")
    static final class Accept extends Subject {
        @Override
        void run(Database db) {
            check();
            TechnologyService s = service(db);
            if (output != null) {
                s.decideOutput(new OutputId(output), code, true);
            } else {
                s.decideResearcher(s.researcher(researcher).id(), code, true);
            }
            out().println(messages().get("keytech.cli.accepted", code));
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject a suggested technology; it is not offered again.")
    static final class Reject extends Subject {
        @Override
        void run(Database db) {
            check();
            TechnologyService s = service(db);
            if (output != null) {
                s.decideOutput(new OutputId(output), code, false);
            } else {
                s.decideResearcher(s.researcher(researcher).id(), code, false);
            }
            out().println(messages().get("keytech.cli.rejected", code));
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true, description = "Tag an output or a profile by hand.")
    static final class Tag extends Subject {
        @Override
        void run(Database db) {
            check();
            TechnologyService s = service(db);
            if (output != null) {
                s.tagOutput(new OutputId(output), code);
            } else {
                s.tagResearcher(s.researcher(researcher).id(), code);
            }
            out().println(messages().get("keytech.cli.tagged", code));
        }
    }

    @Command(name = "untag", mixinStandardHelpOptions = true, description = "Remove a tag from an output or a profile.")
    static final class Untag extends Subject {
        @Override
        void run(Database db) {
            check();
            TechnologyService s = service(db);
            if (output != null) {
                s.untagOutput(new OutputId(output), code);
            } else {
                s.untagResearcher(s.researcher(researcher).id(), code);
            }
            out().println(messages().get("keytech.cli.untagged", code));
        }
    }

    // ---------------------------------------------------------------- the map

    @Command(name = "map", mixinStandardHelpOptions = true,
            description = "The talent map: people, recent outputs, landmarks and gaps per technology;"
                    + " --out map.xlsx or map.pdf to export.")
    static final class MapCmd extends Sub {
        @Option(names = "--as-of", paramLabel = "DATE", description = "Map as of this date (default today).")
        String asOf;

        @Option(names = "--recent-years", defaultValue = "3", paramLabel = "N",
                description = "Recent = the last N years (default 3).")
        int recentYears;

        @Option(names = "--no-suggested", description = "Count only tagged outputs, not suggested ones.")
        boolean noSuggested;

        @Option(names = "--standing", defaultValue = "preview", paramLabel = "preview|none",
                description = "Standing beside people: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        StandingChoice standing;

        @Option(names = "--tech", paramLabel = "CODE", description = "Details (people, landmarks) of one technology.")
        String code;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the map to FILE (.xlsx or .pdf).")
        Path outFile;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        void run(Database db) throws Exception {
            if (recentYears < 1) {
                throw new UsageException("--recent-years: 1 or more");
            }
            TechnologyService s = service(db, standing);
            LocalDate date = date(asOf, "--as-of");
            TalentMap map = s.map(date == null ? s.today() : date, TalentMapOptions.defaults()
                    .withRecentYears(recentYears).withIncludeSuggested(!noSuggested));
            Messages m = messages();
            if (outFile != null) {
                printWarnings(new TechnologyExports(db).exportMap(map, outFile, m.language()));
                out().println(m.get("keytech.cli.written", outFile.toAbsolutePath().toString()));
                return;
            }
            if (code != null) {
                details(map.entry(code).orElseThrow(() -> new org.talentbench.core.InvalidInputException(
                        "tech.notActive", code, map.asOf().toString())), map);
                return;
            }
            TechTexts t = texts();
            if (format == OutputFormat.json) {
                ObjectNode root = json().createObjectNode();
                root.put("asOf", map.asOf().toString());
                root.put("listVersion", map.listVersion());
                root.put("standing", t.standingSource(map.standings()));
                ArrayNode array = root.putArray("technologies");
                for (TechnologyEntry e : map.entries()) {
                    ObjectNode o = array.addObject();
                    o.put("code", e.code());
                    o.put("name", t.name(e.technology()));
                    o.put("group", e.technology().groupCode());
                    o.put("people", e.people().size());
                    o.put("leaders", e.leaders());
                    o.put("young", e.young());
                    o.put("recentOutputs", e.recentOutputs());
                    o.put("recentConfirmed", e.recentConfirmed());
                    o.put("landmarks", e.landmarkCount());
                    o.put("topContributor", e.topContributor());
                    o.put("topShare", e.topShare());
                    ArrayNode gaps = o.putArray("gaps");
                    e.gaps().stream().sorted().forEach(g -> gaps.add(g.name()));
                }
                out().println(json().writeValueAsString(root));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (TechnologyEntry e : map.entries()) {
                rows.add(List.of(e.code(), t.name(e.technology()), String.valueOf(e.people().size()),
                        String.valueOf(e.leaders()), String.valueOf(e.young()),
                        m.get("keytech.outputs.confirmed", e.recentOutputs(), e.recentConfirmed()),
                        String.valueOf(e.landmarkCount()), t.gaps(e.gaps())));
            }
            Tables.print(out(), format, List.of(m.get("keytech.column.code"), m.get("keytech.column.technology"),
                    m.get("keytech.column.people"), m.get("keytech.column.leaders"), m.get("keytech.column.young"),
                    m.get("keytech.column.recentOutputs", map.options().recentYears()),
                    m.get("keytech.column.landmarks"), m.get("keytech.column.gaps")), rows);
            if (format == OutputFormat.table) {
                out().println(m.get("keytech.cli.mapFooter", map.asOf().toString(), map.listVersion(),
                        map.flagged(), map.entries().size(), t.standingSource(map.standings())));
            }
        }

        private void details(TechnologyEntry e, TalentMap map) {
            Messages m = messages();
            TechTexts t = texts();
            PrintWriter out = out();
            out.println(t.name(e.technology()) + " (" + e.code() + ") — " + t.gaps(e.gaps()));
            List<List<String>> people = new ArrayList<>();
            for (PersonEntry p : e.people()) {
                people.add(List.of(p.employeeNo(), p.nameZh(), department(map, p.departmentCode()), p.title(),
                        t.category(p.category()), p.young() ? m.get("keytech.yes") : "",
                        p.leader() ? m.get("keytech.yes") : "", t.standing(p.standing()),
                        String.valueOf(p.recentOutputs())));
            }
            Tables.print(out, format, List.of(m.get("researcher.employeeNo"), m.get("researcher.nameZh"),
                    m.get("researcher.department"), m.get("researcher.title"), m.get("researcher.category"),
                    m.get("keytech.column.young"), m.get("keytech.column.leader"), m.get("keytech.column.standing"),
                    m.get("keytech.column.recentOutputs", map.options().recentYears())), people);
            out.println();
            List<List<String>> landmarks = new ArrayList<>();
            for (LandmarkOutput l : e.landmarks()) {
                landmarks.add(List.of(l.date().toString(), t.kind(l.kind()), l.title(),
                        String.join(t.separator(), l.contributors())));
            }
            Tables.print(out, format, List.of(m.get("report.column.date"), m.get("keytech.column.kind"),
                    m.get("report.column.title"), m.get("keytech.column.contributors")), landmarks);
        }

        private static String department(TalentMap map, String code) {
            return map.departments().stream().filter(d -> d.code().equals(code)).map(Department::nameZh)
                    .findFirst().orElse(code);
        }
    }

    // ---------------------------------------------------------------- the finder

    @Command(name = "candidates", mixinStandardHelpOptions = true,
            description = "Ranked candidates for an open call (揭榜挂帅) with the evidence; --out shortlist.pdf.")
    static final class Candidates extends Sub {
        @Option(names = "--tech", paramLabel = "CODE[,CODE]", description = "Technologies of the challenge.")
        String techs;

        @Option(names = "--title", paramLabel = "TEXT", description = "Title of the challenge.")
        String title;

        @Option(names = "--text", paramLabel = "TEXT", description = "Description of the challenge.")
        String text;

        @Option(names = "--issuer", paramLabel = "ORG", description = "Who puts the challenge up (发榜方).")
        String issuer;

        @Option(names = "--reviewers", paramLabel = "NO[,NO]", description = "Employee numbers on the decision panel.")
        String reviewers;

        @Option(names = "--young", description = "Young talent only.")
        boolean young;

        @Option(names = "--category", paramLabel = "C[,C]",
                description = "Research categories: BASIC, APPLIED, PUBLIC_WELFARE, NATIONAL_MAJOR_TASK.")
        String categories;

        @Option(names = "--department", paramLabel = "CODE", description = "One department only.")
        String department;

        @Option(names = "--exclude-conflicted", description = "Leave out candidates with a conflict.")
        boolean excludeConflicted;

        @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N (default 20).")
        int limit;

        @Option(names = "--window-years", defaultValue = "5", paramLabel = "N",
                description = "Outputs of the last N years count (default 5).")
        int windowYears;

        @Option(names = "--as-of", paramLabel = "DATE", description = "Date to look from (default today).")
        String asOf;

        @Option(names = "--standing", defaultValue = "preview", paramLabel = "preview|none",
                description = "Standing used in the score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        StandingChoice standing;

        @Option(names = "--out", paramLabel = "FILE.pdf", description = "Write the shortlist as a PDF.")
        Path outFile;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        void run(Database db) throws Exception {
            if (limit < 1 || windowYears < 1) {
                throw new UsageException("--limit, --window-years: 1 or more");
            }
            Set<ResearchCategory> cats = EnumSet.noneOf(ResearchCategory.class);
            for (String c : split(categories)) {
                try {
                    cats.add(ResearchCategory.valueOf(c.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--category: BASIC, APPLIED, PUBLIC_WELFARE, NATIONAL_MAJOR_TASK (" + c
                            + ")");
                }
            }
            TechnologyService s = service(db, standing);
            LocalDate date = date(asOf, "--as-of");
            Challenge challenge = new Challenge(title, text, new LinkedHashSet<>(split(techs)), issuer,
                    new LinkedHashSet<>(split(reviewers)));
            Shortlist list = s.candidates(challenge, new CandidateFilter(cats, young, department, excludeConflicted),
                    FinderOptions.defaults().withLimit(limit).withWindowYears(windowYears),
                    date == null ? s.today() : date);
            Messages m = messages();
            TechTexts t = texts();
            if (outFile != null) {
                List<Technology> all = s.list().asOf(list.asOf()).all();
                printWarnings(new TechnologyExports(db).exportShortlist(list, all, outFile, m.language()));
                out().println(m.get("keytech.cli.written", outFile.toAbsolutePath().toString()));
                return;
            }
            if (format == OutputFormat.json) {
                ObjectNode root = json().createObjectNode();
                root.put("asOf", list.asOf().toString());
                ArrayNode tech = root.putArray("technologies");
                list.technologies().forEach(tech::add);
                ArrayNode phrases = root.putArray("phrases");
                list.phrases().forEach(phrases::add);
                root.put("standing", t.standingSource(list.standings()));
                root.put("considered", list.considered());
                ArrayNode array = root.putArray("candidates");
                for (Candidate c : list.candidates()) {
                    ObjectNode o = array.addObject();
                    o.put("rank", c.rank());
                    o.put("employeeNo", c.employeeNo());
                    o.put("name", c.nameZh());
                    o.put("department", c.departmentCode());
                    o.put("category", c.category().name());
                    o.put("young", c.young());
                    o.put("score", c.score());
                    o.put("evidencePoints", c.evidencePoints());
                    o.put("profilePoints", c.tagPoints());
                    o.put("standingPoints", c.standingPoints());
                    ArrayNode ev = o.putArray("evidence");
                    for (EvidenceOutput e : c.evidence()) {
                        ObjectNode x = ev.addObject();
                        x.put("outputId", e.id().value());
                        x.put("title", e.title());
                        x.put("kind", e.kind().name());
                        x.put("date", e.date().toString());
                        x.put("sharePercent", e.sharePercent());
                        x.put("basis", e.basis().name());
                        ArrayNode matched = x.putArray("matched");
                        e.matched().forEach(matched::add);
                        x.put("points", e.points());
                    }
                    ArrayNode cf = o.putArray("conflicts");
                    c.conflicts().forEach(x -> cf.add(t.conflict(x)));
                }
                out().println(json().writeValueAsString(root));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Candidate c : list.candidates()) {
                rows.add(List.of(String.valueOf(c.rank()), c.employeeNo(), c.nameZh(), c.departmentCode(),
                        t.category(c.category()), c.young() ? m.get("keytech.yes") : "",
                        String.format(Locale.ROOT, "%.1f", c.score()),
                        m.get("keytech.parts", String.format(Locale.ROOT, "%.1f", c.evidencePoints()),
                                String.format(Locale.ROOT, "%.1f", c.tagPoints()),
                                String.format(Locale.ROOT, "%.1f", c.standingPoints())),
                        String.valueOf(c.evidenceCount()), t.standing(c.standing()),
                        c.conflicts().stream().map(t::conflict).collect(Collectors.joining(" | "))));
            }
            Tables.print(out(), format, List.of(m.get("keytech.column.rank"), m.get("researcher.employeeNo"),
                    m.get("researcher.nameZh"), m.get("researcher.department"), m.get("researcher.category"),
                    m.get("keytech.column.young"), m.get("keytech.column.score"), m.get("keytech.column.parts"),
                    m.get("keytech.column.evidenceCount"), m.get("keytech.column.standing"),
                    m.get("keytech.column.conflicts")), rows);
            if (format == OutputFormat.table) {
                out().println(m.get("keytech.cli.candidatesFooter", String.join(", ", list.technologies()),
                        String.join(", ", list.phrases()), list.considered(), t.standingSource(list.standings())));
            }
        }
    }
}
