package org.talentbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.FileNames;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.ProgressListener;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.committee.CaseNote;
import org.talentbench.core.committee.ConflictOverride;
import org.talentbench.core.committee.GradeDecision;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.Publicity;
import org.talentbench.core.committee.QuotaArithmetic;
import org.talentbench.core.committee.QuotaOverride;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.Grade;
import org.talentbench.core.round.Participant;
import org.talentbench.core.round.Participation;
import org.talentbench.core.round.Round;
import org.talentbench.core.round.SnapshotInfo;
import org.talentbench.core.round.SnapshotJson;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.core.scheme.Dimension;
import org.talentbench.core.scheme.Indicator;
import org.talentbench.core.scheme.PolicyLint;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scoring.DimensionTrace;
import org.talentbench.core.scoring.IndicatorTrace;
import org.talentbench.core.scoring.ScoreCard;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.report.IndividualSummary;
import org.talentbench.report.Letterhead;
import org.talentbench.report.MissingGlyph;
import org.talentbench.report.PdfRenderer;
import org.talentbench.report.PublicityList;
import org.talentbench.report.RankedListReport;
import org.talentbench.report.RenderedPdf;
import org.talentbench.report.ReportDocument;
import org.talentbench.report.RoundReport;
import org.talentbench.report.SummaryData;
import org.talentbench.report.VerificationSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.security.Permission;

/**
 * The PDF documents of an evaluation round, for the GUI and the CLI alike: the committee's ranked list, the round
 * report, the publicity list, and per person the individual summary and the verification sheet, each built from the
 * round's latest snapshot, the committee's decisions and the profiles, with the institute's letterhead from the
 * settings; and the batch export of every person's summary to a folder or one merged PDF.
 *
 * <p>Reads only; writes files completely or not at all. Keeps one {@link PdfRenderer} (its fonts take half a second
 * to read), so renders through one service run one at a time. A batch runs on the calling thread, reports progress
 * and checks the cancel flag between documents.
 *
 * <p>Acts for its {@link Session} (decision 0090): a document takes personnel data out of the database, so building,
 * rendering and writing one needs {@link Permission#EXPORT}; the round and people lists need {@link Permission#VIEW}
 * and show only what the principal may see.
 */
public final class ReportService {
    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    /** Setting key of the publicity list's "how to object" text (blank: the bundle's default). */
    public static final String PUBLICITY_CONTACT = "report.publicity.contact";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Transactions tx;
    private final Clock clock;
    private final Session session;
    private PdfRenderer renderer;

    /** Acts for nobody signed in: the bootstrap administrator while the database has no account. */
    public ReportService(Transactions tx) {
        this(tx, Session.unattended(tx));
    }

    public ReportService(Transactions tx, Session session) {
        this(tx, Clock.systemDefaultZone(), session);
    }

    public ReportService(Transactions tx, Clock clock) {
        this(tx, clock, Session.unattended(tx));
    }

    public ReportService(Transactions tx, Clock clock, Session session) {
        this.tx = tx;
        this.clock = clock;
        this.session = session;
    }

    /** Whether the session may build and write documents (screens grey out their buttons otherwise). */
    public boolean mayExport() {
        return session.allows(Permission.EXPORT);
    }

    /** The kinds of document this service makes. */
    public enum Kind {
        /** One person's evaluation summary. */
        INDIVIDUAL,
        /** One person's data-verification sheet. */
        VERIFICATION,
        /** The committee's ranked list, all cohorts. */
        RANKED_LIST,
        /** The round report. */
        ROUND_REPORT,
        /** The publicity list. */
        PUBLICITY;

        /** Whether the kind is about one person (and needs an employee number). */
        public boolean perPerson() {
            return this == INDIVIDUAL || this == VERIFICATION;
        }
    }

    /** One person of a round who can get an individual document. */
    public record Person(String employeeNo, String name, String cohort) {
    }

    /** A person whose document could not be written, and why (a sentence for the user). */
    public record Failure(String employeeNo, String name, String reason) {
    }

    /**
     * What a batch wrote: the files, the people whose document failed, warnings about characters no font has, and
     * whether it stopped because it was cancelled.
     */
    public record BatchResult(List<Path> written, List<Failure> failures, List<MissingGlyph> warnings,
                              boolean cancelled) {
        public BatchResult {
            written = List.copyOf(written);
            failures = List.copyOf(failures);
            warnings = List.copyOf(warnings);
        }
    }

    // ---- documents

    /** The names of the rounds, newest reference date first. */
    public List<String> rounds() {
        return tx.read(r -> {
            Visibility visible = session.visibility(r);
            return r.rounds().findAll().stream().filter(x -> visible.seesRound(x.id()))
                .sorted(Comparator.comparing(Round::referenceDate).reversed()).map(Round::name).toList();
        });
    }

    /** The people scored in the round's latest snapshot, in list order (they get individual summaries). */
    public List<Person> people(String roundName) {
        return tx.read(r -> {
            Visibility visible = session.visibility(r);
            Loaded l = load(r, roundName);
            visible.requireRound(l.round.id(), l.round.name());
            return l.rows.stream().filter(x -> x.participation().scored() && visible.seesPerson(x.researcherId()))
                    .map(x -> new Person(x.employeeNo(), x.name(), x.cohort())).toList();
        });
    }

    /** Builds a document of {@code kind}; {@code employeeNo} is needed for the per-person kinds. */
    public ReportDocument document(Kind kind, String roundName, String employeeNo, Language language) {
        session.require(Permission.EXPORT);
        return switch (kind) {
            case INDIVIDUAL -> individual(roundName, employeeNo, language);
            case VERIFICATION -> verification(roundName, employeeNo, language);
            case RANKED_LIST -> rankedList(roundName, language);
            case ROUND_REPORT -> roundReport(roundName, language);
            case PUBLICITY -> publicity(roundName, language);
        };
    }

    /**
     * The committee's ranked list of the round's latest snapshot, cohort by cohort.
     *
     * @throws InvalidInputException {@code round.notFound}, {@code round.notScored}
     */
    public RankedListReport rankedList(String roundName, Language language) {
        session.require(Permission.EXPORT);
        return tx.read(r -> {
            Loaded l = load(r, roundName);
            Messages m = Messages.of(language);
            Map<String, List<RankedListReport.Row>> byCohort = new LinkedHashMap<>();
            Map<String, ResearchCategory> categories = new HashMap<>();
            for (SnapshotRow row : l.rows) {
                if (!row.participation().scored()) {
                    continue;
                }
                GradeDecision g = l.grades.get(row.researcherId());
                AppraisalGrade proposed = g != null ? g.proposed() : proposal(row.grade());
                byCohort.computeIfAbsent(row.cohort(), k -> new ArrayList<>()).add(new RankedListReport.Row(
                        row.rank(), row.name(), row.employeeNo(), row.innovation(), row.quality(),
                        row.contribution(), row.total(), row.flags(), proposed, g == null ? null : g.decided()));
                categories.putIfAbsent(row.cohort(), row.category());
            }
            for (Panel p : l.panels) {
                byCohort.putIfAbsent(p.cohort(), new ArrayList<>());
            }
            List<RankedListReport.Cohort> cohorts = new ArrayList<>();
            byCohort.forEach((cohort, rows) -> cohorts.add(new RankedListReport.Cohort(cohortLabel(m, cohort),
                    categories.get(cohort), rows)));
            return new RankedListReport(letterhead(r), l.round.name(), snapshotText(m, l.snapshot), cohorts,
                    language, today());
        });
    }

    /**
     * The round report: participation, distributions, quotas, conflicts and overrides, policy lint.
     *
     * @throws InvalidInputException {@code round.notFound}
     */
    public RoundReport roundReport(String roundName, Language language) {
        session.require(Permission.EXPORT);
        List<Participant> participants = new RoundService(tx, session).participants(roundName);
        return tx.read(r -> {
            Round round = findRound(r, roundName);
            Messages m = Messages.of(language);
            List<SnapshotInfo> snaps = r.snapshots().findByRound(round.id());
            SnapshotInfo snap = snaps.isEmpty() ? null : snaps.get(snaps.size() - 1);
            List<SnapshotRow> rows = snap == null ? List.of() : r.snapshots().rows(snap.id());
            Map<Participation, Integer> participation = new EnumMap<>(Participation.class);
            Map<CycleStatus, Integer> cycle = new EnumMap<>(CycleStatus.class);
            Map<String, Researcher> people = new HashMap<>();
            r.researchers().findAll().forEach(x -> people.put(x.employeeNo(), x));
            List<RoundReport.OverrideLine> overrides = new ArrayList<>();
            for (Participant p : participants) {
                participation.merge(p.participation(), 1, Integer::sum);
                cycle.merge(p.decision().status(), 1, Integer::sum);
                if (p.override() != null) {
                    overrides.add(new RoundReport.OverrideLine(RoundReport.OverrideKind.PARTICIPATION,
                            p.name() + " (" + p.employeeNo() + ")",
                            p.override().included() ? m.get("reports.override.included")
                                    : m.get("reports.override.excluded"),
                            p.override().reason()));
                }
            }
            Map<ResearchCategory, List<Double>> byCategory = new TreeMap<>();
            Map<String, List<Double>> byDepartment = new TreeMap<>();
            Map<String, String> departments = departmentNames(r, language);
            for (SnapshotRow row : rows) {
                if (row.rank() == null || row.total() == null) {
                    continue;
                }
                byCategory.computeIfAbsent(row.category(), k -> new ArrayList<>()).add(row.total());
                Researcher who = people.get(row.employeeNo());
                String dept = who == null ? "" : who.departmentCode();
                byDepartment.computeIfAbsent(departments.getOrDefault(dept, dept), k -> new ArrayList<>())
                        .add(row.total());
            }
            List<RoundReport.Distribution> cats = new ArrayList<>();
            byCategory.forEach((c, v) -> cats.add(new RoundReport.Distribution(m.get("category." + c.name()), v)));
            List<RoundReport.Distribution> depts = new ArrayList<>();
            byDepartment.forEach((d, v) -> depts.add(new RoundReport.Distribution(d.isBlank() ? "—" : d, v)));

            List<RoundReport.Quota> quotas = new ArrayList<>();
            for (Panel p : r.panels().findByRound(round.id())) {
                QuotaStatus q = CalibrationService.quotas(r, p);
                for (QuotaArithmetic a : q.quotas()) {
                    boolean overridden = q.overrides().stream().anyMatch(o -> o.grade() == a.grade());
                    quotas.add(new RoundReport.Quota(p.name(), a.grade(), a.n(), a.cap(), a.holding(), overridden));
                }
                for (QuotaOverride o : q.overrides()) {
                    overrides.add(new RoundReport.OverrideLine(RoundReport.OverrideKind.QUOTA, p.name(),
                            m.get("appraisal.grade." + o.grade().name()), o.reason()));
                }
            }
            Map<Long, Researcher> byId = new HashMap<>();
            people.values().forEach(x -> byId.put(x.id().value(), x));
            for (ConflictOverride o : r.conflicts().overrides(round.id())) {
                Researcher who = byId.get(o.person().value());
                String reviewer = r.accounts().findById(o.reviewer()).map(a -> a.displayName())
                        .orElse(String.valueOf(o.reviewer()));
                overrides.add(new RoundReport.OverrideLine(RoundReport.OverrideKind.CONFLICT,
                        who == null ? String.valueOf(o.person().value()) : who.nameZh() + " (" + who.employeeNo() + ")",
                        m.get("reports.override.reviewer", reviewer), o.reason()));
            }
            int declared = r.conflicts().declarations(round.id()).size();

            List<RoundReport.SchemeLint> lint = new ArrayList<>();
            Map<String, String> settings = r.settings().all();
            for (Map.Entry<ResearchCategory, Long> e : new TreeMap<>(round.schemeIds()).entrySet()) {
                // linted with the cycles the round is evaluated by (Settings over the scheme's own)
                r.schemes().findByRowId(e.getValue()).ifPresent(s -> lint.add(new RoundReport.SchemeLint(
                        schemeLabel(m, s.scheme(), language),
                        PolicyLint.lint(InstituteLoader.withConfiguredCycle(s.scheme(), settings)))));
            }
            RoundReport.Data data = new RoundReport.Data(round.name(), round.referenceDate(), round.stage(),
                    snap == null ? "" : snapshotText(m, snap), participation, cycle, cats, depts, quotas, declared,
                    overrides, lint);
            return new RoundReport(letterhead(r), data, language, today());
        });
    }

    /**
     * The publicity list: the people judged by the committee with their grades (or, without panels, the ranked
     * people of the latest snapshot with the decided grade where there is one), and the period once published.
     */
    public PublicityList publicity(String roundName, Language language) {
        session.require(Permission.EXPORT);
        return tx.read(r -> {
            Loaded l = load(r, roundName);
            Messages m = Messages.of(language);
            Map<String, String> departments = departmentNames(r, language);
            Map<Long, Researcher> people = new HashMap<>();
            r.researchers().findAll().forEach(x -> people.put(x.id().value(), x));
            List<PublicityList.Line> lines = new ArrayList<>();
            for (SnapshotRow row : l.rows) {
                if (row.rank() == null) {
                    continue;
                }
                Researcher who = people.get(row.researcherId().value());
                String dept = who == null ? "" : who.departmentCode();
                GradeDecision g = l.grades.get(row.researcherId());
                lines.add(new PublicityList.Line(cohortLabel(m, row.cohort()), row.name(), row.employeeNo(),
                        departments.getOrDefault(dept, dept), g == null ? null : g.decided()));
            }
            Optional<Publicity> p = r.committeeDecisions().publicity(l.round.id());
            String contact = r.settings().get(PUBLICITY_CONTACT + "." + language.code())
                    .or(() -> r.settings().get(PUBLICITY_CONTACT)).orElse("");
            return new PublicityList(letterhead(r), l.round.name(), p.map(Publicity::start).orElse(null),
                    p.map(Publicity::end).orElse(null), p.map(Publicity::workingDays).orElse(0), lines, contact,
                    language, today());
        });
    }

    /**
     * A person's evaluation summary from the latest snapshot.
     *
     * @throws InvalidInputException {@code reports.unknownEmployee} when no one in the round has that number
     */
    public IndividualSummary individual(String roundName, String employeeNo, Language language) {
        session.require(Permission.EXPORT);
        return tx.read(r -> {
            Loaded l = load(r, roundName);
            SnapshotRow row = l.row(employeeNo);
            return new IndividualSummary(letterhead(r), summary(r, l, row, language, departmentNames(r, language)),
                    language, today());
        });
    }

    /** A person's data-verification sheet for the round (the outputs in their window). */
    public VerificationSheet verification(String roundName, String employeeNo, Language language) {
        session.require(Permission.EXPORT);
        ResearcherId id = tx.read(r -> {
            findRound(r, roundName);
            return r.researchers().findAll().stream().filter(x -> x.employeeNo().equals(trim(employeeNo)))
                    .findFirst().map(Researcher::id)
                    .orElseThrow(() -> new InvalidInputException("reports.unknownEmployee", employeeNo, roundName));
        });
        var data = new RoundService(tx, session).verificationData(roundName, id);
        return tx.read(r -> {
            Researcher who = data.researcher();
            String dept = departmentNames(r, language).getOrDefault(who.departmentCode(), who.departmentCode());
            return new VerificationSheet(letterhead(r), who, dept, data.outputs(),
                    r.representativeWorks().find(who.id(), data.round().id()), language, today());
        });
    }

    // ---- writing

    /** Renders {@code document} into {@code file}; returns characters no font has (the caller must show them). */
    public List<MissingGlyph> write(ReportDocument document, Path file) {
        session.require(Permission.EXPORT);
        try {
            return renderer().renderTo(document, file);
        } catch (IOException e) {
            throw new UserFacingException("reports.writeFailed", false, e, file.toString(), e.getMessage());
        }
    }

    /** Renders {@code document} in memory. */
    public RenderedPdf render(ReportDocument document) throws IOException {
        session.require(Permission.EXPORT);
        return renderer().render(document);
    }

    /**
     * Writes every scored person's individual summary: one file per person named {@code <employeeNo>_<name>.pdf} in
     * {@code target} (a folder), or, when {@code merged}, one PDF/A file {@code target} with a bookmark per person.
     * A person whose document fails is reported and the others are still written. Progress runs from 0 to 1; the
     * cancel check is read before each person (a merged file is not written when cancelled).
     */
    public BatchResult exportAll(String roundName, Language language, Path target, boolean merged,
                                 ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(progress, "progress");
        session.require(Permission.EXPORT);
        Loaded loaded = tx.read(r -> load(r, roundName));
        Letterhead letterhead = tx.read(this::letterhead);
        Map<String, String> departments = tx.read(r -> departmentNames(r, language));
        List<SnapshotRow> scored = loaded.rows.stream().filter(x -> x.participation().scored()).toList();
        List<Path> written = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<MissingGlyph> warnings = new ArrayList<>();
        List<IndividualSummary> forMerge = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        int done = 0;
        progress.progress(0, "reports.progress.documents");
        for (SnapshotRow row : scored) {
            if (cancelled.getAsBoolean()) {
                return new BatchResult(written, failures, warnings, true);
            }
            try {
                IndividualSummary doc = new IndividualSummary(letterhead,
                        tx.read(r -> summary(r, loaded, row, language, departments)), language, today());
                if (merged) {
                    forMerge.add(doc);
                } else {
                    Path file = target.resolve(uniqueName(fileName(row.employeeNo(), row.name()), usedNames));
                    warnings.addAll(renderer().renderTo(doc, file));
                    written.add(file);
                }
            } catch (RuntimeException | IOException | Error e) {
                if (e instanceof VirtualMachineError vm) {
                    throw vm;
                }
                LOG.warn("report for {} failed", row.employeeNo(), e);
                failures.add(new Failure(row.employeeNo(), row.name(), reason(e)));
            }
            done++;
            progress.progress(done / (double) (scored.size() + (merged ? 1 : 0)), "reports.progress.documents");
        }
        if (merged) {
            if (cancelled.getAsBoolean()) {
                return new BatchResult(written, failures, warnings, true);
            }
            if (!forMerge.isEmpty()) {
                try {
                    warnings.addAll(renderer().renderTo(new org.talentbench.report.SummaryCollection(letterhead, loaded.round.name(),
                            forMerge, language, today()), target));
                    written.add(target);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("merged report failed", e);
                    failures.add(new Failure("", "", reason(e)));
                }
            }
        }
        progress.progress(1, "reports.progress.documents");
        return new BatchResult(written, failures, warnings, false);
    }

    /** {@code <employeeNo>_<name>.pdf}, safe as a file name on Windows, macOS and Linux ({@link FileNames#safe}). */
    public static String fileName(String employeeNo, String name) {
        return FileNames.safe(employeeNo + "_" + name) + ".pdf";
    }

    private static String uniqueName(String name, Set<String> used) {
        String candidate = name;
        int n = 2;
        while (!used.add(candidate.toLowerCase(Locale.ROOT))) {
            candidate = name.substring(0, name.length() - 4) + "_" + n++ + ".pdf";
        }
        return candidate;
    }

    private static String reason(Throwable e) {
        if (e instanceof InvalidInputException i) {
            return "error." + i.code() + " " + i.args();
        }
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    // ---- loading

    /** A round's latest snapshot with its rows and the committee's grade decisions. */
    private record Loaded(Round round, SnapshotInfo snapshot, List<SnapshotRow> rows, List<Panel> panels,
                          Map<ResearcherId, GradeDecision> grades, Map<ResearcherId, String> remarks,
                          Map<ResearchCategory, Scheme> schemes) {
        SnapshotRow row(String employeeNo) {
            String e = trim(employeeNo);
            return rows.stream().filter(x -> x.employeeNo().equals(e)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("reports.unknownEmployee", e, round.name()));
        }
    }

    private Loaded load(Repositories r, String roundName) {
        Round round = findRound(r, roundName);
        List<SnapshotInfo> snaps = r.snapshots().findByRound(round.id());
        if (snaps.isEmpty()) {
            throw new InvalidInputException("round.notScored", round.name());
        }
        SnapshotInfo last = snaps.get(snaps.size() - 1);
        List<Panel> panels = r.panels().findByRound(round.id());
        Map<ResearcherId, GradeDecision> grades = new HashMap<>();
        Map<ResearcherId, String> remarks = new HashMap<>();
        for (Panel p : panels) {
            CalibrationService.grades(r, p).forEach(g -> grades.put(g.person(), g));
            for (CaseNote n : r.committeeDecisions().caseNotes(p.id())) {
                if (n.minutes() != null && !n.minutes().isBlank()) {
                    remarks.put(n.person(), n.minutes());
                }
            }
        }
        Map<ResearchCategory, Scheme> schemes = new EnumMap<>(ResearchCategory.class);
        round.schemeIds().forEach((c, id) -> r.schemes().findByRowId(id).ifPresent(x -> schemes.put(c, x.scheme())));
        return new Loaded(round, last, r.snapshots().rows(last.id()), panels, grades, remarks, schemes);
    }

    private static Round findRound(Repositories r, String name) {
        return r.rounds().findByName(trim(name)).orElseThrow(() -> new InvalidInputException("round.notFound", name));
    }

    private SummaryData summary(Repositories r, Loaded l, SnapshotRow row, Language language,
                                Map<String, String> departments) {
        Messages m = Messages.of(language);
        Researcher who = r.researchers().findById(row.researcherId()).orElse(null);
        ScoreCard card = r.snapshots().cardJson(l.snapshot.id(), row.researcherId()).map(SnapshotJson::readCard)
                .orElse(null);
        String deptCode = who == null ? "" : who.departmentCode();
        List<SnapshotRow> cohort = l.rows.stream().filter(x -> x.cohort().equals(row.cohort()) && x.ranked())
                .toList();
        SummaryData.DimensionScores medians = new SummaryData.DimensionScores(
                median(cohort.stream().map(SnapshotRow::innovation).toList()),
                median(cohort.stream().map(SnapshotRow::quality).toList()),
                median(cohort.stream().map(SnapshotRow::contribution).toList()));
        SummaryData.DimensionScores scores = new SummaryData.DimensionScores(nan(row.innovation()),
                nan(row.quality()), nan(row.contribution()));
        List<SummaryData.IndicatorRow> indicators = new ArrayList<>();
        String window = "";
        if (card != null && card.trace() != null) {
            Scheme scheme = l.schemes.get(row.category());
            for (DimensionTrace d : card.trace().dimensions()) {
                SummaryData.Dimension dim = dimension(d.code());
                if (dim == null) {
                    continue;
                }
                for (IndicatorTrace t : d.indicators()) {
                    indicators.add(new SummaryData.IndicatorRow(dim, indicatorLabel(scheme, t.code(), language),
                            value(t.value()), t.normalised() == null ? Double.NaN : 100 * t.normalised(),
                            t.weight() * 100));
                }
            }
        }
        if (card != null && card.decision() != null && card.decision().window() != null) {
            window = card.decision().window().start() + " — " + card.decision().window().end();
        }
        List<SummaryData.WorkRow> works = new ArrayList<>();
        if (who != null) {
            List<RepresentativeWork> reps = r.representativeWorks().find(who.id(), l.round.id());
            if (reps.isEmpty()) {
                reps = r.representativeWorks().find(who.id(), 0);
            }
            if (!reps.isEmpty()) {
                Map<OutputId, Output> outputs = new HashMap<>();
                r.outputs().findByResearcher(who.id()).forEach(o -> outputs.put(o.id(), o));
                for (RepresentativeWork w : reps) {
                    Output o = outputs.get(w.outputId());
                    if (o != null) {
                        works.add(SummaryData.WorkRow.of(o, w));
                    }
                }
            }
        }
        GradeDecision g = l.grades.get(row.researcherId());
        String grade = g == null || g.decided() == null ? "" : m.get("appraisal.grade." + g.decided().name());
        return new SummaryData(row.employeeNo(), row.name(), who == null ? "" : who.nameLatin(),
                departments.getOrDefault(deptCode, deptCode), who == null ? "" : who.title(), row.category(),
                l.round.name(), window, scores, medians, indicators, works, grade,
                l.remarks.getOrDefault(row.researcherId(), ""));
    }

    private static String indicatorLabel(Scheme scheme, String code, Language language) {
        return (scheme == null ? Optional.<Indicator>empty() : scheme.indicator(code))
                .map(i -> language == Language.EN && !i.labelEn().isBlank() ? i.labelEn() : i.labelZh())
                .filter(label -> !label.isBlank()).orElse(code);
    }

    private static String schemeLabel(Messages m, Scheme s, Language language) {
        String label = language == Language.EN && !s.labelEn().isBlank() ? s.labelEn() : s.labelZh();
        return m.get("category." + s.category().name()) + " · " + (label.isBlank() ? s.id() : label) + " ("
                + s.ref() + ")";
    }

    private static SummaryData.Dimension dimension(String code) {
        return switch (code) {
            case Dimension.INNOVATION -> SummaryData.Dimension.INNOVATION;
            case Dimension.QUALITY -> SummaryData.Dimension.QUALITY;
            case Dimension.CONTRIBUTION -> SummaryData.Dimension.CONTRIBUTION;
            default -> null;
        };
    }

    private static String value(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static AppraisalGrade proposal(Grade g) {
        return switch (g == null ? Grade.NONE : g) {
            case EXCELLENT -> AppraisalGrade.EXCELLENT;
            case QUALIFIED -> AppraisalGrade.QUALIFIED;
            case NONE -> null;
        };
    }

    private static String cohortLabel(Messages m, String cohort) {
        for (ResearchCategory c : ResearchCategory.values()) {
            if (c.name().equals(cohort)) {
                return m.get("category." + c.name());
            }
            if (cohort.startsWith(c.name() + "/") || cohort.startsWith(c.name() + ":")) {
                return m.get("category." + c.name()) + " · " + cohort.substring(c.name().length() + 1);
            }
        }
        return cohort.isBlank() ? "—" : cohort;
    }

    private static String snapshotText(Messages m, SnapshotInfo s) {
        return m.get("reports.snapshot", s.id(), s.createdAt().format(STAMP));
    }

    private static Map<String, String> departmentNames(Repositories r, Language language) {
        Map<String, String> names = new HashMap<>();
        for (Department d : r.departments().findAll()) {
            names.put(d.code(), language == Language.EN && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh());
        }
        return names;
    }

    /** The institute's names and logo from the settings, as {@link RuleSettingsService#letterhead()} gives them. */
    private Letterhead letterhead(Repositories r) {
        return RuleSettingsService.letterhead(r);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private synchronized PdfRenderer renderer() {
        if (renderer == null) {
            renderer = new PdfRenderer();
        }
        return renderer;
    }
}
