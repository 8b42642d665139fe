package org.talentbench.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.audit.ChangeDiff;
import org.talentbench.core.audit.FieldChange;
import org.talentbench.core.repo.OutputKey;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.StaleRecordException;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ProfileRules;
import org.talentbench.core.researcher.ProfileSettings;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.researcher.Violation;
import org.talentbench.exchange.FormatDetector;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportFormat;
import org.talentbench.exchange.ImportProblem;
import org.talentbench.exchange.Limits;
import org.talentbench.exchange.scholarly.ImportedAuthor;
import org.talentbench.exchange.scholarly.ImportedWork;
import org.talentbench.exchange.scholarly.ScholarlyIdentity;
import org.talentbench.exchange.scholarly.ScholarlyImport;
import org.talentbench.exchange.scholarly.ScholarlyRecord;
import org.talentbench.exchange.sheet.ColumnMapping;
import org.talentbench.exchange.sheet.ContributorRef;
import org.talentbench.exchange.sheet.HeaderRow;
import org.talentbench.exchange.sheet.OutputSheetReader;
import org.talentbench.exchange.sheet.ResearcherSheetReader;
import org.talentbench.exchange.sheet.SheetInspector;
import org.talentbench.exchange.sheet.SheetLayout;
import org.talentbench.exchange.sheet.SheetOutput;
import org.talentbench.exchange.sheet.SheetReadResult;
import org.talentbench.exchange.sheet.Templates;
import org.talentbench.security.Permission;
import org.talentbench.security.Principal;

/**
 * Imports researcher and output spreadsheets and scholarly records (ORCID, OpenAlex, Crossref) in two steps.
 * {@link #preview} reads and validates every file, matches the rows against the database and against each other, and
 * returns an {@link ImportPlan} — writing nothing. {@link #commit} writes a plan without errors in one transaction:
 * all of it or, on any failure, crash or kill, none of it.
 *
 * <p>Matching: researchers by employee number, else ORCID iD; outputs by DOI, else the kind's own number (patent
 * number …), else the source key of a scholarly record. Authors of scholarly works are matched to researchers by
 * ORCID iD, then by name ({@link AuthorMatcher}); the person an ORCID record or OpenAlex author is about is credited
 * on all its works. Each researcher found among the authors is credited with an equal share of the byline
 * (100 / number of authors), to be corrected by a person where the institute declares shares differently.
 *
 * <p>Column mappings confirmed for a differently laid-out sheet are stored with the commit, in the database settings
 * under a signature of the sheet's normalised headers, and used again for a sheet with the same headers.
 *
 * <p>Acts for its {@link Session}: inspecting, previewing and committing need {@link Permission#IMPORT} (decision
 * 0090); the change log names the signed-in account's login, else the actor. Thread-safe: no state besides the
 * transactions and the session.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** The change-log entity of the one line that sums up what an import added. */
    static final String IMPORT_ENTITY = "import";
    /** Rows written per batch inside the one transaction. */
    static final int BATCH = 2_000;

    /** Progress and cancellation of a preview or commit. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        /** @param fraction 0–1 */
        default void update(double fraction) {
        }

        default boolean isCancelled() {
            return false;
        }
    }

    /**
     * What the mapping step needs to know about one file before the preview.
     *
     * @param format     the format detected from the content
     * @param kind       the template the main sheet follows, null when unknown or not a spreadsheet
     * @param header     the main sheet's header row, null when not a spreadsheet
     * @param mapping    the remembered mapping of this header row, else the one suggested from the template's
     *                   headers; null when not a spreadsheet
     * @param remembered whether {@code mapping} was remembered from an earlier import
     * @param unmapped   headers the mapping does not place
     * @param missing    required template columns the mapping does not fill
     * @param problem    why the file cannot be read at all, else null
     */
    public record FileInspection(Path file, ImportFormat format, SheetKind kind, HeaderRow header,
                                 ColumnMapping mapping, boolean remembered, List<String> unmapped,
                                 List<String> missing, ImportIssue problem) {
        public FileInspection {
            unmapped = unmapped == null ? List.of() : List.copyOf(unmapped);
            missing = missing == null ? List.of() : List.copyOf(missing);
        }

        /** A spreadsheet whose columns the user should map before the preview. */
        public boolean needsMapping() {
            return problem == null && header != null && !remembered
                    && (kind == null || !unmapped.isEmpty() || !missing.isEmpty());
        }
    }

    private final Transactions tx;
    private final Clock clock;
    private final Supplier<String> actor;
    private final Session session;

    /** Acts for nobody signed in: the bootstrap administrator while the database has no account. */
    public ImportService(Transactions tx) {
        this(tx, Session.unattended(tx));
    }

    public ImportService(Transactions tx, Session session) {
        this(tx, Clock.systemDefaultZone(), ProfileService::osUser, session);
    }

    /**
     * @param clock gives "today" for the profile rules and the change-log time
     * @param actor who imports, for the change log
     */
    public ImportService(Transactions tx, Clock clock, Supplier<String> actor) {
        this(tx, clock, actor, Session.unattended(tx));
    }

    public ImportService(Transactions tx, Clock clock, Supplier<String> actor, Session session) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.session = Objects.requireNonNull(session, "session");
    }

    // ------------------------------------------------------------------ inspection and mapping memory

    /** Looks at one file for the mapping step: format, main sheet, its headers and the mapping to offer. */
    public FileInspection inspect(Path file) {
        session.require(Permission.IMPORT);
        String name = String.valueOf(file.getFileName());
        byte[] content;
        try {
            content = Limits.readAll(file);
        } catch (ImportException e) {
            return new FileInspection(file, ImportFormat.UNKNOWN, null, null, null, false, null, null,
                    ImportIssue.of(e.problems().get(0), true));
        }
        ImportFormat format = FormatDetector.detect(content, name);
        if (format != ImportFormat.XLSX && format != ImportFormat.CSV) {
            return new FileInspection(file, format, null, null, null, false, null, null, null);
        }
        List<HeaderRow> headers;
        try {
            headers = SheetInspector.headers(name, content);
        } catch (ImportException e) {
            return new FileInspection(file, format, null, null, null, false, null, null,
                    ImportIssue.of(e.problems().get(0), true));
        }
        Map<String, MappingMemory.Entry> memory = tx.read(repos -> MappingMemory.load(repos.settings()));
        return inspect(file, format, headers, memory);
    }

    private static FileInspection inspect(Path file, ImportFormat format, List<HeaderRow> headers,
                                          Map<String, MappingMemory.Entry> memory) {
        if (headers.isEmpty()) {
            return new FileInspection(file, format, null, null, null, false, null, null,
                    ImportIssue.error(String.valueOf(file.getFileName()), "", ImportCodes.SHEET_NO_HEADER));
        }
        for (SheetKind kind : SheetKind.values()) {
            Optional<HeaderRow> named = SheetInspector.find(headers, layout(kind));
            if (named.isPresent()) {
                return describe(file, format, kind, named.get(), memory);
            }
        }
        HeaderRow main = headers.get(0);
        MappingMemory.Entry remembered = memory.get(MappingMemory.signature(main.headers()));
        if (remembered != null) {
            return describe(file, format, remembered.kind(), main, memory);
        }
        return describe(file, format, guessKind(main), main, memory);
    }

    private static FileInspection describe(Path file, ImportFormat format, SheetKind kind, HeaderRow header,
                                           Map<String, MappingMemory.Entry> memory) {
        MappingMemory.Entry remembered = memory.get(MappingMemory.signature(header.headers()));
        if (remembered != null && (kind == null || remembered.kind() == kind)) {
            ColumnMapping m = ColumnMapping.of(remembered.mapping());
            return new FileInspection(file, format, remembered.kind(), header, m, true,
                    m.unmapped(header.headers()), missing(layout(remembered.kind()), m, header), null);
        }
        if (kind == null) {
            return new FileInspection(file, format, null, header, ColumnMapping.of(Map.of()), false,
                    header.named(), List.of(), null);
        }
        ColumnMapping suggested = ColumnMapping.suggest(header.headers(), layout(kind));
        return new FileInspection(file, format, kind, header, suggested, false, suggested.unmapped(header.headers()),
                missing(layout(kind), suggested, header), null);
    }

    /** The required columns of {@code layout} that {@code mapping} does not fill from {@code header}. */
    static List<String> missing(SheetLayout layout, ColumnMapping mapping, HeaderRow header) {
        Set<String> filled = new HashSet<>();
        for (String h : header.named()) {
            mapping.keyFor(h).ifPresent(filled::add);
        }
        List<String> out = new ArrayList<>();
        layout.columns().stream().filter(c -> c.required() && !filled.contains(c.key())).forEach(c -> out.add(c.key()));
        return out;
    }

    /** The template whose required columns the headers fill best; null when they fill none of either. */
    private static SheetKind guessKind(HeaderRow header) {
        SheetKind best = null;
        int bestScore = 0;
        for (SheetKind kind : SheetKind.values()) {
            SheetLayout layout = layout(kind);
            ColumnMapping m = ColumnMapping.suggest(header.headers(), layout);
            int required = (int) layout.columns().stream().filter(c -> c.required()).count();
            int score = required - missing(layout, m, header).size();
            if (score > bestScore) {
                best = kind;
                bestScore = score;
            }
        }
        return best;
    }

    /** The template layout of a sheet kind: its columns for the mapping step. */
    public static SheetLayout layout(SheetKind kind) {
        return kind == SheetKind.RESEARCHERS ? Templates.RESEARCHERS : Templates.OUTPUTS;
    }

    // ------------------------------------------------------------------ preview

    public ImportPlan preview(List<Path> files, ImportOptions options) {
        return preview(files, options, Progress.NONE);
    }

    /**
     * Reads, validates and matches {@code files}; writes nothing.
     *
     * @throws CancellationException when {@code progress} reports cancellation
     */
    public ImportPlan preview(List<Path> files, ImportOptions options, Progress progress) {
        Objects.requireNonNull(files, "files");
        session.require(Permission.IMPORT);
        ImportOptions opts = options == null ? ImportOptions.defaults() : options;
        Snapshot db = tx.read(Snapshot::load);
        return new Previewer(files, opts, db, opts.importDate() == null ? LocalDate.now(clock) : opts.importDate(),
                LocalDate.now(clock), progress == null ? Progress.NONE : progress).run();
    }

    /** What the preview needs from the database: read once, in one transaction. */
    record Snapshot(List<Researcher> researchers, List<OutputKey> outputKeys,
                    Map<String, MappingMemory.Entry> mappings, ProfileSettings settings, Set<String> departments) {
        static Snapshot load(Repositories repos) {
            Map<String, String> all = repos.settings().all();
            Set<String> departments = new HashSet<>();
            repos.departments().findAll().forEach(d -> departments.add(d.code()));
            return new Snapshot(repos.researchers().findAll(), repos.outputs().findKeys(),
                    MappingMemory.load(repos.settings()), ProfileSettings.fromMap(all), departments);
        }
    }

    /** One preview run; not thread-safe, used once. */
    private final class Previewer {
        private final List<Path> files;
        private final ImportOptions options;
        private final Snapshot db;
        private final LocalDate importDate;
        private final LocalDate today;
        private final Progress progress;

        private final List<ImportIssue> issues = new ArrayList<>();
        private final List<ImportPlan.PlannedFile> planned = new ArrayList<>();
        private final List<ImportMatch> matches = new ArrayList<>();
        private final List<AuthorshipMatch> authorships = new ArrayList<>();
        private final List<ImportPlan.ResearcherRow> researcherRows = new ArrayList<>();
        private final List<ImportPlan.OutputRow> outputRows = new ArrayList<>();
        private final Map<String, ImportPlan.RememberedMapping> mappings = new LinkedHashMap<>();

        private final Map<String, Researcher> storedByNo = new HashMap<>();
        private final Map<String, Researcher> storedByOrcid = new HashMap<>();
        /** Values seen in this import (employee numbers, ORCID iDs, DOIs, numbers) → the file that has them first. */
        private final Map<String, String> seenIn = new HashMap<>();
        private final Map<String, Researcher> incomingByNo = new LinkedHashMap<>();
        private final Map<String, OutputKey> storedByDoi = new HashMap<>();
        private final Map<String, OutputKey> storedByNumber = new HashMap<>();
        private final Map<String, OutputKey> storedBySource = new HashMap<>();
        private final Set<OutputId> claimed = new HashSet<>();
        private final Set<String> claimedResearchers = new HashSet<>();
        private final Map<String, Long> placeholders = new HashMap<>();
        /** Scholarly output rows by index: their file, and the range of their entries in {@code authorships}. */
        private final Map<Integer, Source> sourceOf = new HashMap<>();
        private final Map<Integer, int[]> authorshipsOf = new HashMap<>();
        private int nextMatch = 1;

        Previewer(List<Path> files, ImportOptions options, Snapshot db, LocalDate importDate, LocalDate today,
                  Progress progress) {
            this.files = files;
            this.options = options;
            this.db = db;
            this.importDate = importDate;
            this.today = today;
            this.progress = progress;
            for (Researcher r : db.researchers()) {
                storedByNo.put(r.employeeNo(), r);
                if (!r.orcid().isEmpty()) {
                    storedByOrcid.putIfAbsent(r.orcid(), r);
                }
            }
            for (OutputKey k : db.outputKeys()) {
                if (!k.doi().isEmpty()) {
                    storedByDoi.putIfAbsent(k.doi(), k);
                }
                if (!k.externalId().isEmpty()) {
                    storedByNumber.putIfAbsent(numberKey(k.kind(), k.externalId()), k);
                }
                if (!k.source().isEmpty()) {
                    storedBySource.putIfAbsent(k.source(), k);
                }
            }
        }

        /** A file read into memory with what it holds. */
        private final class Source {
            final Path path;
            final String name;
            final byte[] content;
            final ImportFormat format;
            final List<Part> parts = new ArrayList<>();
            ScholarlyRecord record;
            int rows;
            int errors;
            int warnings;

            Source(Path path, String name, byte[] content, ImportFormat format) {
                this.path = path;
                this.name = name;
                this.content = content;
                this.format = format;
            }
        }

        /** A sheet of a spreadsheet to read with one template and mapping (null mapping: the template's headers). */
        private record Part(SheetKind kind, ColumnMapping mapping) {
        }

        ImportPlan run() {
            List<Source> sources = new ArrayList<>();
            int step = 0;
            int steps = files.size() * 2 + 1;
            for (Path file : files) {
                checkCancelled();
                Source s = classify(file);
                if (s != null) {
                    sources.add(s);
                }
                progress.update(++step / (double) steps);
            }
            // researchers first: outputs and authorships refer to them
            for (Source s : sources) {
                checkCancelled();
                for (Part p : s.parts) {
                    if (p.kind() == SheetKind.RESEARCHERS) {
                        readResearchers(s, p);
                    }
                }
            }
            for (Source s : sources) {
                checkCancelled();
                for (Part p : s.parts) {
                    if (p.kind() == SheetKind.OUTPUTS) {
                        readOutputs(s, p);
                    }
                }
                progress.update(++step / (double) steps);
            }
            AuthorMatcher matcher = null; // built only when a scholarly record needs it
            for (Source s : sources) {
                checkCancelled();
                if (s.record != null) {
                    if (matcher == null) {
                        matcher = matcher();
                    }
                    readScholarly(s, matcher);
                }
            }
            matchOutputs();
            for (Source s : sources) {
                planned.add(new ImportPlan.PlannedFile(s.path, s.name, s.format,
                        s.parts.stream().map(Part::kind).distinct().toList(), s.rows, s.errors, s.warnings));
            }
            progress.update(1);
            Map<String, Long> ids = new HashMap<>();
            db.researchers().forEach(r -> ids.put(r.employeeNo(), r.id().value()));
            return new ImportPlan(planned, issues, matches, authorships, researcherRows, outputRows,
                    List.copyOf(mappings.values()), ids);
        }

        private void checkCancelled() {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
        }

        private void issue(Source s, ImportIssue i) {
            issues.add(i);
            if (s != null) {
                if (i.blocking()) {
                    s.errors++;
                } else {
                    s.warnings++;
                }
            }
        }

        private void problems(Source s, List<ImportProblem> problems, boolean blocking) {
            for (ImportProblem p : problems) {
                issue(s, ImportIssue.of(p, blocking));
            }
        }

        // ---------------------------------------------------------- files

        private Source classify(Path file) {
            String name = String.valueOf(file.getFileName());
            byte[] content;
            try {
                content = Limits.readAll(file);
            } catch (ImportException e) {
                Source failed = new Source(file, name, new byte[0], ImportFormat.UNKNOWN);
                problems(failed, e.problems(), true);
                planned.add(new ImportPlan.PlannedFile(file, name, ImportFormat.UNKNOWN, List.of(), 0, failed.errors,
                        0));
                return null;
            }
            ImportFormat format = FormatDetector.detect(content, name);
            Source s = new Source(file, name, content, format);
            try {
                if (format == ImportFormat.XLSX || format == ImportFormat.CSV || looksLikeWorkbook(content)) {
                    classifySheets(s);
                } else {
                    s.record = new ScholarlyImport(importDate).read(name, content);
                }
            } catch (ImportException e) {
                problems(s, e.problems(), true);
                s.parts.clear();
                s.record = null;
            } catch (RuntimeException e) {
                LOG.warn("reading {} failed unexpectedly", name, e);
                issue(s, ImportIssue.error(name, "", ImportCodes.FILE_UNREADABLE, e.getClass().getSimpleName()));
                s.parts.clear();
                s.record = null;
            }
            return s;
        }

        private void classifySheets(Source s) {
            Optional<ImportOptions.SheetChoice> chosen = options.sheet(s.path);
            List<HeaderRow> headers = SheetInspector.headers(s.name, s.content);
            if (chosen.isPresent()) {
                ImportOptions.SheetChoice c = chosen.get();
                s.parts.add(new Part(c.kind(), c.mapping()));
                HeaderRow main = SheetInspector.find(headers, layout(c.kind()))
                        .orElse(headers.isEmpty() ? null : headers.get(0));
                if (main != null) {
                    String signature = MappingMemory.signature(main.headers());
                    mappings.put(signature, new ImportPlan.RememberedMapping(signature, c.kind(), c.mapping().asMap()));
                }
                return;
            }
            FileInspection inspection = inspect(s.path, s.format, headers, db.mappings());
            if (inspection.problem() != null) {
                issue(s, inspection.problem());
                return;
            }
            boolean named = false;
            for (SheetKind kind : SheetKind.values()) {
                Optional<HeaderRow> sheet = SheetInspector.find(headers, layout(kind));
                if (sheet.isPresent()) {
                    named = true;
                    MappingMemory.Entry e = db.mappings().get(MappingMemory.signature(sheet.get().headers()));
                    s.parts.add(new Part(kind, e != null && e.kind() == kind ? ColumnMapping.of(e.mapping()) : null));
                }
            }
            if (named) {
                return;
            }
            if (inspection.kind() == null) {
                HeaderRow h = inspection.header();
                issue(s, ImportIssue.error(s.name, (h.sheet().isEmpty() ? "" : h.sheet() + "!") + h.row(),
                        ImportCodes.SHEET_UNKNOWN_LAYOUT));
                return;
            }
            s.parts.add(new Part(inspection.kind(), inspection.remembered() ? inspection.mapping() : null));
        }

        // ---------------------------------------------------------- researchers

        private void readResearchers(Source s, Part p) {
            SheetReadResult<Researcher> result;
            try {
                result = new ResearcherSheetReader().read(s.name, s.content, p.mapping());
            } catch (ImportException e) {
                problems(s, e.problems(), true);
                return;
            } catch (RuntimeException e) {
                LOG.warn("reading {} failed unexpectedly", s.name, e);
                issue(s, ImportIssue.error(s.name, "", ImportCodes.FILE_UNREADABLE, e.getClass().getSimpleName()));
                return;
            }
            problems(s, result.problems(), true);
            s.rows += result.rows().size();
            for (int i = 0; i < result.rows().size(); i++) {
                Researcher r = result.rows().get(i);
                String location = result.rowLocation(i);
                if (!once(s, "no " + r.employeeNo(), cell(location, Templates.RESEARCHERS, "employeeNo"),
                        r.employeeNo())
                        || (!r.orcid().isEmpty() && !once(s, "orcid " + r.orcid(),
                        cell(location, Templates.RESEARCHERS, "orcid"), r.orcid()))) {
                    continue;
                }
                incomingByNo.put(r.employeeNo(), r);
                Researcher existing = storedByNo.get(r.employeeNo());
                ImportMatch.Basis basis = ImportMatch.Basis.EMPLOYEE_NO;
                if (existing == null && !r.orcid().isEmpty()) {
                    existing = storedByOrcid.get(r.orcid());
                    basis = ImportMatch.Basis.ORCID;
                } else if (existing != null && !r.orcid().isEmpty()) {
                    Researcher holder = storedByOrcid.get(r.orcid());
                    if (holder != null && !holder.employeeNo().equals(r.employeeNo())) {
                        issue(s, ImportIssue.error(s.name, cell(location, Templates.RESEARCHERS, "orcid"),
                                ImportCodes.RESEARCHER_ORCID_TAKEN, r.orcid(), holder.employeeNo()));
                        continue;
                    }
                }
                ImportMatch match = null;
                if (existing != null && !claimedResearchers.add(existing.employeeNo())) {
                    issue(s, ImportIssue.error(s.name, cell(location, Templates.RESEARCHERS, "employeeNo"),
                            ImportCodes.PLAN_DUPLICATE, existing.employeeNo() + " " + existing.nameZh(), s.name));
                    continue;
                }
                Researcher candidate = existing == null ? Rules.prepareNew(r, today)
                        : Rules.prepareUpdate(existing, r, today);
                boolean identical = existing != null && Merging.sameResearcher(candidate, existing);
                if (!identical) {
                    List<Violation> violations = Rules.researcher(candidate, today, db.settings(), db.departments());
                    for (Violation v : violations) {
                        issue(s, ImportIssue.of(ImportProblem.of(s.name,
                                Rules.location(location, Templates.RESEARCHERS, v.field()), v.code(),
                                v.args().toArray()), v.blocking()));
                    }
                    if (ProfileRules.blocks(violations)) {
                        continue;
                    }
                }
                if (existing != null) {
                    match = new ImportMatch(matchId(), ImportMatch.Entity.RESEARCHER, s.name, location, basis,
                            basis == ImportMatch.Basis.ORCID ? r.orcid() : r.employeeNo(),
                            existing.employeeNo() + " " + existing.nameZh(), r.employeeNo() + " " + r.nameZh(),
                            identical ? ImportAction.SKIP : ImportAction.UPDATE, identical);
                    matches.add(match);
                }
                researcherRows.add(new ImportPlan.ResearcherRow(s.name, location, r, existing, match));
            }
        }

        /**
         * Records that {@code value} appears in {@code s}; false (and a blocking issue) when another file of the
         * import has it already. Duplicates inside one file are the readers' to report.
         */
        private boolean once(Source s, String key, String location, String shown) {
            String first = seenIn.putIfAbsent(key, s.name);
            if (first != null && !first.equals(s.name)) {
                issue(s, ImportIssue.error(s.name, location, ImportCodes.PLAN_DUPLICATE, shown, first));
                return false;
            }
            return true;
        }

        // ---------------------------------------------------------- outputs from sheets

        private void readOutputs(Source s, Part p) {
            SheetReadResult<SheetOutput> result;
            try {
                result = new OutputSheetReader().read(s.name, s.content, p.mapping(),
                        no -> incomingByNo.containsKey(no) || storedByNo.containsKey(no));
            } catch (ImportException e) {
                problems(s, e.problems(), true);
                return;
            } catch (RuntimeException e) {
                LOG.warn("reading {} failed unexpectedly", s.name, e);
                issue(s, ImportIssue.error(s.name, "", ImportCodes.FILE_UNREADABLE, e.getClass().getSimpleName()));
                return;
            }
            problems(s, result.problems(), true);
            s.rows += result.rows().size();
            for (int i = 0; i < result.rows().size(); i++) {
                SheetOutput row = result.rows().get(i);
                Output o = row.output();
                String location = result.rowLocation(i);
                if (!o.doi().isEmpty() && !once(s, "doi " + o.doi(), cell(location, Templates.OUTPUTS, "doi"),
                        o.doi())) {
                    continue;
                }
                if (!o.externalId().isEmpty() && !once(s, numberKey(o.kind(), o.externalId()),
                        cell(location, Templates.OUTPUTS, "externalId"), o.externalId())) {
                    continue;
                }
                List<Violation> violations = ProfileRules.validate(Merging.resolve(o, row.contributors(), this::idOrPlaceholder));
                for (Violation v : violations) {
                    issue(s, ImportIssue.of(ImportProblem.of(s.name, Rules.location(location, Templates.OUTPUTS,
                            v.field()), v.code(), v.args().toArray()), v.blocking()));
                }
                if (ProfileRules.blocks(violations)) {
                    continue;
                }
                outputRows.add(new ImportPlan.OutputRow(s.name, location, o, row.contributors(), null, null, false));
            }
        }

        // ---------------------------------------------------------- scholarly records

        private AuthorMatcher matcher() {
            Map<String, AuthorMatcher.Person> people = new LinkedHashMap<>();
            for (Researcher r : db.researchers()) {
                people.put(r.employeeNo(), person(r));
            }
            for (Researcher r : incomingByNo.values()) {
                people.put(r.employeeNo(), person(r));
            }
            return new AuthorMatcher(people.values());
        }

        private AuthorMatcher.Person person(Researcher r) {
            return new AuthorMatcher.Person(r.employeeNo(), r.nameZh(), r.nameLatin(), r.orcid());
        }

        private void readScholarly(Source s, AuthorMatcher matcher) {
            ScholarlyRecord record = s.record;
            problems(s, record.warnings(), false);
            String prefix = switch (record.format()) {
                case ORCID_XML, ORCID_JSON -> "orcid:";
                case OPENALEX_AUTHOR, OPENALEX_WORK, OPENALEX_LIST -> "openalex:";
                default -> "crossref:";
            };
            AuthorMatcher.Person owner = null;
            ScholarlyIdentity id = record.identity();
            if (!id.isEmpty() && !id.deleted()) {
                AuthorMatcher.Result r = matcher.matchOrcid(id.orcid());
                if (!r.matched() && id.orcid().isEmpty()) {
                    r = matcher.matchName(id.displayName(), id.givenNames(), id.familyName());
                }
                if (!r.matched()) {
                    String who = !id.orcid().isEmpty() ? id.orcid() : id.displayName();
                    issue(s, ImportIssue.error(s.name, "", ImportCodes.PERSON_UNKNOWN, who));
                    return;
                }
                owner = r.person();
            }
            for (ImportedWork w : record.works()) {
                Output o = w.output();
                String source = w.sourceKey().isEmpty() ? "" : prefix + w.sourceKey();
                String location = w.sourceKey().isEmpty() ? o.title() : w.sourceKey();
                String duplicateOf = null;
                if (!o.doi().isEmpty()) {
                    duplicateOf = seenIn.putIfAbsent("doi " + o.doi(), s.name);
                }
                if (duplicateOf == null && !source.isEmpty()) {
                    duplicateOf = seenIn.putIfAbsent("source " + source, s.name);
                } else if (!source.isEmpty()) {
                    seenIn.putIfAbsent("source " + source, s.name);
                }
                if (duplicateOf != null) {
                    issue(s, ImportIssue.warning(s.name, location, ImportCodes.WORK_DUPLICATE,
                            location, duplicateOf));
                    continue;
                }
                int before = authorships.size();
                List<ContributorRef> credits = credits(s, w, owner, matcher);
                authorshipsOf.put(outputRows.size(), new int[] {before, authorships.size()});
                if (credits.isEmpty()) {
                    issue(s, ImportIssue.warning(s.name, location, ImportCodes.WORK_NO_INSTITUTE_AUTHOR, o.title()));
                    continue;
                }
                Map<String, String> attributes = new LinkedHashMap<>(o.attributes());
                if (!source.isEmpty()) {
                    attributes.put(OutputAttribute.SOURCE, source);
                }
                Output incoming = new Output(OutputId.NEW, o.kind(), o.title(), o.date(), o.venue(), o.doi(),
                        o.externalId(), o.domesticJournal(), o.citations(), o.citationSource(), o.citationAsOf(),
                        o.fieldNormalisedImpact(), attributes, List.of(), 0);
                s.rows++;
                sourceOf.put(outputRows.size(), s);
                outputRows.add(new ImportPlan.OutputRow(s.name, location, incoming, credits, null, null, true));
            }
        }

        /** The institute's researchers among a work's authors, with equal shares of the byline. */
        private List<ContributorRef> credits(Source s, ImportedWork w, AuthorMatcher.Person owner,
                                             AuthorMatcher matcher) {
            int byline = Math.max(1, w.authors().size());
            double share = Math.floor(10_000.0 / byline) / 100.0;
            Map<String, ContributorRef> credits = new LinkedHashMap<>();
            boolean ownerOnByline = false;
            for (ImportedAuthor a : w.authors()) {
                AuthorMatcher.Result r = matcher.match(a);
                if (r.ambiguous()) {
                    String candidates = String.join(", ", r.people().stream().map(AuthorMatcher.Person::employeeNo)
                            .toList());
                    if (owner != null && r.people().contains(owner) && !ownerOnByline) {
                        r = new AuthorMatcher.Result(List.of(owner), AuthorshipMatch.Method.RECORD_OWNER);
                    } else {
                        issue(s, ImportIssue.warning(s.name, w.sourceKey(), ImportCodes.AUTHOR_AMBIGUOUS,
                                a.displayName(), candidates));
                        authorships.add(new AuthorshipMatch(s.name, w.output().title(), a.displayName(), a.position(),
                                candidates, "", AuthorshipMatch.Method.AMBIGUOUS));
                        continue;
                    }
                }
                if (!r.matched() || credits.containsKey(r.person().employeeNo())) {
                    continue;
                }
                AuthorMatcher.Person p = r.person();
                if (p.equals(owner)) {
                    ownerOnByline = true;
                }
                credits.put(p.employeeNo(), new ContributorRef(p.employeeNo(), Math.max(0, a.position()),
                        a.corresponding(), share));
                authorships.add(new AuthorshipMatch(s.name, w.output().title(), a.displayName(), a.position(),
                        p.employeeNo(), p.nameZh(), r.method()));
            }
            if (owner != null && !credits.containsKey(owner.employeeNo())) {
                credits.put(owner.employeeNo(), new ContributorRef(owner.employeeNo(), 0, false, share));
                authorships.add(new AuthorshipMatch(s.name, w.output().title(), owner.nameZh(), 0, owner.employeeNo(),
                        owner.nameZh(), AuthorshipMatch.Method.RECORD_OWNER));
            }
            return List.copyOf(credits.values());
        }

        // ---------------------------------------------------------- outputs against the database

        private void matchOutputs() {
            Map<Integer, OutputKey> found = new LinkedHashMap<>();
            Map<Integer, ImportMatch.Basis> bases = new HashMap<>();
            for (int i = 0; i < outputRows.size(); i++) {
                Output o = outputRows.get(i).incoming();
                OutputKey k = null;
                ImportMatch.Basis basis = null;
                if (!o.doi().isEmpty() && (k = storedByDoi.get(o.doi())) != null) {
                    basis = ImportMatch.Basis.DOI;
                } else if (!o.externalId().isEmpty()
                        && (k = storedByNumber.get(numberKey(o.kind(), o.externalId()))) != null) {
                    basis = ImportMatch.Basis.NUMBER;
                } else if (!o.attribute(OutputAttribute.SOURCE).isEmpty()
                        && (k = storedBySource.get(o.attribute(OutputAttribute.SOURCE))) != null) {
                    basis = ImportMatch.Basis.SOURCE;
                }
                if (k != null) {
                    found.put(i, k);
                    bases.put(i, basis);
                }
            }
            Map<OutputId, Output> existing = new HashMap<>();
            List<OutputId> ids = found.values().stream().map(OutputKey::id).distinct().toList();
            if (!ids.isEmpty()) {
                tx.read(repos -> {
                    repos.outputs().findByIds(ids).forEach(o -> existing.put(o.id(), o));
                    return null;
                });
            }
            checkScholarly(found, existing);
            Map<String, Long> storedIds = new HashMap<>();
            db.researchers().forEach(r -> storedIds.put(r.employeeNo(), r.id().value()));
            for (Map.Entry<Integer, OutputKey> e : found.entrySet()) {
                int i = e.getKey();
                ImportPlan.OutputRow row = outputRows.get(i);
                Output stored = existing.get(e.getValue().id());
                if (row == null) {
                    continue; // a scholarly work left out by the rules
                }
                if (stored == null) {
                    continue; // deleted meanwhile: it becomes a new output
                }
                if (!claimed.add(stored.id())) {
                    ImportIssue dup = row.scholarly()
                            ? ImportIssue.warning(row.file(), row.location(), ImportCodes.WORK_DUPLICATE,
                            row.location(), stored.title())
                            : ImportIssue.error(row.file(), row.location(), ImportCodes.PLAN_DUPLICATE,
                            row.location(), row.file());
                    issues.add(dup);
                    outputRows.set(i, null);
                    continue;
                }
                ImportMatch.Basis basis = bases.get(i);
                String key = switch (basis) {
                    case DOI -> row.incoming().doi();
                    case NUMBER -> row.incoming().externalId();
                    default -> row.incoming().attribute(OutputAttribute.SOURCE);
                };
                ImportAction proposed = row.scholarly() ? ImportAction.MERGE : ImportAction.UPDATE;
                Output resolvedIncoming = Merging.resolve(row.incoming(), row.contributors(),
                        no -> Optional.ofNullable(storedIds.get(no)).map(ResearcherId::new));
                Output result = proposed == ImportAction.MERGE ? Merging.merge(stored, resolvedIncoming)
                        : Merging.update(stored, resolvedIncoming, row.scholarly());
                boolean identical = resolvedIncoming != null && Merging.sameOutput(result, stored);
                ImportMatch match = new ImportMatch(matchId(), ImportMatch.Entity.OUTPUT, row.file(), row.location(),
                        basis, key, stored.title(), row.incoming().title(),
                        identical ? ImportAction.SKIP : proposed, identical);
                matches.add(match);
                outputRows.set(i, new ImportPlan.OutputRow(row.file(), row.location(), row.incoming(),
                        row.contributors(), stored, match, row.scholarly()));
            }
            outputRows.removeIf(Objects::isNull);
        }

        /**
         * Holds scholarly works to the output rules: a work that matches a stored output must give a valid merge, any
         * other must be valid itself. A record from outside cannot be corrected in the file, so a failing work is
         * left out with the reasons as notes (a project from ORCID, for instance, never names its level and role).
         */
        private void checkScholarly(Map<Integer, OutputKey> found, Map<OutputId, Output> existing) {
            List<int[]> dropped = new ArrayList<>();
            for (int i = 0; i < outputRows.size(); i++) {
                ImportPlan.OutputRow row = outputRows.get(i);
                if (row == null || !row.scholarly()) {
                    continue;
                }
                Output resolved = Merging.resolve(row.incoming(), row.contributors(), this::idOrPlaceholder);
                OutputKey key = found.get(i);
                Output stored = key == null ? null : existing.get(key.id());
                Output candidate = stored == null ? resolved : Merging.merge(stored, resolved);
                List<Violation> violations = ProfileRules.validate(candidate);
                if (!ProfileRules.blocks(violations)) {
                    continue;
                }
                Source s = sourceOf.get(i);
                issue(s, ImportIssue.warning(row.file(), row.location(), ImportCodes.WORK_INVALID,
                        row.incoming().title()));
                for (Violation v : violations) {
                    if (v.blocking()) {
                        issue(s, ImportIssue.warning(row.file(), row.location() + ":" + v.field(), v.code(),
                                v.args().toArray()));
                    }
                }
                if (s != null) {
                    s.rows--;
                }
                outputRows.set(i, null);
                dropped.add(authorshipsOf.getOrDefault(i, new int[] {0, 0}));
            }
            dropped.sort((a, b) -> Integer.compare(b[0], a[0]));
            for (int[] range : dropped) {
                authorships.subList(range[0], range[1]).clear();
            }
        }

        /** The stored id of a researcher, or a distinct negative stand-in for one this import adds. */
        private Optional<ResearcherId> idOrPlaceholder(String employeeNo) {
            Researcher stored = storedByNo.get(employeeNo);
            if (stored != null) {
                return Optional.of(stored.id());
            }
            return Optional.of(new ResearcherId(-placeholders.computeIfAbsent(employeeNo,
                    k -> (long) placeholders.size() + 1)));
        }

        private String matchId() {
            return "m" + nextMatch++;
        }
    }

    /** A zip (a damaged or foreign one too) or an Excel 97–2003 file: the sheet readers say what is wrong with it. */
    private static boolean looksLikeWorkbook(byte[] content) {
        return content.length > 1 && ((content[0] == 'P' && content[1] == 'K')
                || ((content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF));
    }

    /** {@code sheet!row:header} of a template column in a row located {@code sheet!row}. */
    private static String cell(String rowLocation, SheetLayout layout, String key) {
        return rowLocation + ":" + layout.column(key).map(c -> c.headerZh()).orElse(key);
    }

    /** Matching key of a kind's own number: case, spaces and punctuation do not count (CN 1234567.8 = cn12345678). */
    static String numberKey(OutputKind kind, String number) {
        return "number " + kind + " " + ColumnMapping.normalise(number);
    }

    // ------------------------------------------------------------------ commit

    public ImportReport commit(ImportPlan plan, ImportDecisions decisions) {
        return commit(plan, decisions, Progress.NONE);
    }

    /**
     * Writes the plan in one transaction with the given decisions for its matches.
     *
     * @throws ImportException        when the plan has errors (nothing is written)
     * @throws UserFacingException    {@code import.error.stale} when the database changed since the preview in a way
     *                                the plan relies on (nothing is written)
     * @throws CancellationException  when cancelled (nothing is written)
     */
    public ImportReport commit(ImportPlan plan, ImportDecisions decisions, Progress progress) {
        Objects.requireNonNull(plan, "plan");
        session.require(Permission.IMPORT);
        if (plan.hasErrors()) {
            throw new ImportException(plan.errors().stream().map(ImportIssue::problem).toList());
        }
        ImportDecisions d = decisions == null ? ImportDecisions.proposed() : decisions;
        Progress p = progress == null ? Progress.NONE : progress;
        try {
            LocalDate today = LocalDate.now(clock);
            LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
            String who = session.principal().map(Principal::login).orElseGet(actor);
            ImportPlan.Summary summary = tx.bulk(() -> tx.inTransaction(repos -> new Committer(plan, d, p, repos,
                    today).run(now, who)));
            LOG.info("import committed: researchers {}, outputs {}", summary.researchers(), summary.outputs());
            return new ImportReport(summary.researchers(), summary.outputs(), plan.warnings());
        } catch (StaleRecordException e) {
            throw new UserFacingException("import.error.stale", true, e);
        } catch (UserFacingException | CancellationException | org.talentbench.core.InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("import commit failed; the transaction was rolled back", e);
            throw new UserFacingException("import.error.commitFailed", false, e, e.getClass().getSimpleName());
        }
    }

    /** One commit inside its transaction. */
    private static final class Committer {
        private final ImportPlan plan;
        private final ImportDecisions decisions;
        private final Progress progress;
        private final Repositories repos;
        private final Map<String, ResearcherId> ids = new HashMap<>();
        private final LocalDate today;
        private final ProfileSettings settings;
        private final Set<String> departments = new HashSet<>();
        private final List<FieldChange> changes = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<ResearcherId, String> names = new HashMap<>();
        private final long[] researcherIds = {Long.MAX_VALUE, Long.MIN_VALUE};
        private final long[] outputIds = {Long.MAX_VALUE, Long.MIN_VALUE};
        private final int total;
        private int done;

        Committer(ImportPlan plan, ImportDecisions decisions, Progress progress, Repositories repos, LocalDate today) {
            this.plan = plan;
            this.decisions = decisions;
            this.progress = progress;
            this.repos = repos;
            this.today = today;
            this.settings = ProfileSettings.fromMap(repos.settings().all());
            repos.departments().findAll().forEach(dep -> departments.add(dep.code()));
            this.total = Math.max(1, plan.researcherRows().size() + plan.outputRows().size());
            plan.storedResearcherIds().forEach((no, id) -> ids.put(no, new ResearcherId(id)));
        }

        private void step(int rows) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            done += rows;
            progress.update(Math.min(1.0, done / (double) total));
        }

        ImportPlan.Summary run(LocalDateTime now, String who) {
            checkNotStale();
            ImportCounts researchers = researchers();
            refuseIfBroken();
            ImportCounts outputs = outputs();
            refuseIfBroken();
            for (ImportPlan.RememberedMapping m : plan.mappings()) {
                MappingMemory.store(repos.settings(), m);
            }
            if (researchers.added() + outputs.added() > 0) {
                changes.add(new FieldChange(IMPORT_ENTITY, 0, "import", null, summaryOfAdded(researchers, outputs)));
            }
            repos.changeLog().append(now, who, changes);
            return new ImportPlan.Summary(researchers, outputs);
        }

        /** One change-log line for everything added: the files, and how many researchers and outputs (ids). */
        private String summaryOfAdded(ImportCounts researchers, ImportCounts outputs) {
            String files = String.join(", ", plan.files().stream().map(ImportPlan.PlannedFile::name).toList());
            return files + "; researchers +" + researchers.added() + range(researcherIds) + "; outputs +"
                    + outputs.added() + range(outputIds);
        }

        private static String range(long[] minMax) {
            return minMax[0] > minMax[1] ? "" : " (ids " + minMax[0] + "–" + minMax[1] + ")";
        }

        private static void widen(long[] minMax, long id) {
            minMax[0] = Math.min(minMax[0], id);
            minMax[1] = Math.max(minMax[1], id);
        }

        /** Records written by an update or merge break a profile rule: the whole import is refused (rolled back). */
        private void refuseIfBroken() {
            if (!problems.isEmpty()) {
                throw new ImportException(problems);
            }
        }

        private boolean valid(String file, String location, SheetLayout layout, List<Violation> violations) {
            boolean ok = true;
            for (Violation v : violations) {
                if (v.blocking()) {
                    problems.add(ImportProblem.of(file, Rules.location(location, layout, v.field()), v.code(),
                            v.args().toArray()));
                    ok = false;
                }
            }
            return ok;
        }

        private String name(ResearcherId id) {
            return names.computeIfAbsent(id, k -> repos.researchers().findById(k)
                    .map(p -> p.employeeNo() + " " + p.nameZh()).orElse("#" + k.value()));
        }

        /** Rows planned as new must still be new: someone may have added the same researcher or DOI meanwhile. */
        private void checkNotStale() {
            Set<String> newNos = new HashSet<>();
            for (ImportPlan.ResearcherRow r : plan.researcherRows()) {
                if (r.existing() == null) {
                    newNos.add(r.incoming().employeeNo());
                }
            }
            if (!newNos.isEmpty()) {
                for (Researcher r : repos.researchers().findAll()) {
                    if (newNos.contains(r.employeeNo())) {
                        throw new UserFacingException("import.error.stale", true, null);
                    }
                }
            }
            Set<String> newKeys = new HashSet<>();
            for (ImportPlan.OutputRow r : plan.outputRows()) {
                if (r.existing() == null) {
                    Output o = r.incoming();
                    if (!o.doi().isEmpty()) {
                        newKeys.add("doi " + o.doi());
                    }
                    if (!o.attribute(OutputAttribute.SOURCE).isEmpty()) {
                        newKeys.add("source " + o.attribute(OutputAttribute.SOURCE));
                    }
                }
            }
            if (!newKeys.isEmpty()) {
                for (OutputKey k : repos.outputs().findKeys()) {
                    if ((!k.doi().isEmpty() && newKeys.contains("doi " + k.doi()))
                            || (!k.source().isEmpty() && newKeys.contains("source " + k.source()))) {
                        throw new UserFacingException("import.error.stale", true, null);
                    }
                }
            }
        }

        private ImportCounts researchers() {
            ImportCounts counts = ImportCounts.NONE;
            List<Researcher> fresh = new ArrayList<>();
            for (ImportPlan.ResearcherRow row : plan.researcherRows()) {
                if (row.match() == null) {
                    fresh.add(Rules.prepareNew(row.incoming(), today));
                    counts = counts.plus(null);
                    if (fresh.size() == BATCH) {
                        insertResearchers(fresh);
                    }
                    continue;
                }
                ImportAction action = decisions.actionFor(row.match());
                counts = counts.plus(action);
                Researcher existing = row.existing();
                ids.put(existing.employeeNo(), existing.id());
                Researcher target = switch (action) {
                    case SKIP -> null;
                    case UPDATE -> Rules.prepareUpdate(existing, row.incoming(), today);
                    case MERGE -> Merging.merge(existing, row.incoming());
                };
                if (target != null && !Merging.sameResearcher(target, existing)
                        && valid(row.file(), row.location(), Templates.RESEARCHERS,
                        Rules.researcher(target, today, settings, departments))) {
                    Researcher stored = repos.researchers().update(target);
                    changes.addAll(ChangeDiff.researcher(existing, stored));
                    ids.remove(existing.employeeNo());
                    ids.put(stored.employeeNo(), stored.id());
                }
                step(1);
            }
            insertResearchers(fresh);
            return counts;
        }

        private void insertResearchers(List<Researcher> batch) {
            if (batch.isEmpty()) {
                return;
            }
            for (Researcher r : repos.researchers().insertAll(batch)) {
                ids.put(r.employeeNo(), r.id());
                widen(researcherIds, r.id().value());
            }
            step(batch.size());
            batch.clear();
        }

        private ImportCounts outputs() {
            ImportCounts counts = ImportCounts.NONE;
            List<Output> fresh = new ArrayList<>();
            for (ImportPlan.OutputRow row : plan.outputRows()) {
                Output incoming = Merging.resolve(row.incoming(), row.contributors(),
                        no -> Optional.ofNullable(ids.get(no)));
                if (incoming == null) {
                    throw new UserFacingException("import.error.stale", true, null);
                }
                if (row.match() == null) {
                    fresh.add(incoming);
                    counts = counts.plus(null);
                    if (fresh.size() == BATCH) {
                        insertOutputs(fresh);
                    }
                    continue;
                }
                ImportAction action = decisions.actionFor(row.match());
                counts = counts.plus(action);
                Output existing = row.existing();
                Output target = switch (action) {
                    case SKIP -> null;
                    case UPDATE -> Merging.update(existing, incoming, row.scholarly());
                    case MERGE -> Merging.merge(existing, incoming);
                };
                if (target != null && !Merging.sameOutput(target, existing)
                        && valid(row.file(), row.location(), Templates.OUTPUTS, ProfileRules.validate(target))) {
                    Output updated = repos.outputs().update(target);
                    changes.addAll(ChangeDiff.output(existing, updated, this::name));
                }
                step(1);
            }
            insertOutputs(fresh);
            return counts;
        }

        private void insertOutputs(List<Output> batch) {
            if (batch.isEmpty()) {
                return;
            }
            for (Output o : repos.outputs().insertAll(batch)) {
                widen(outputIds, o.id().value());
            }
            step(batch.size());
            batch.clear();
        }
    }

    /** Researchers' employee numbers named by the contributors of {@code rows}. */
    static Set<String> contributorNumbers(Collection<ImportPlan.OutputRow> rows) {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> r.contributors().forEach(c -> out.add(c.employeeNo())));
        return out;
    }
}
