package org.talentbench.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.ProgressListener;
import org.talentbench.core.audit.ChangeDiff;
import org.talentbench.core.audit.FieldChange;
import org.talentbench.core.cycle.CycleSettings;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.repo.StoredScheme;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.CheckIn;
import org.talentbench.core.round.Grade;
import org.talentbench.core.round.InputsFingerprint;
import org.talentbench.core.round.Movement;
import org.talentbench.core.round.Participant;
import org.talentbench.core.round.ParticipantOverride;
import org.talentbench.core.round.Participants;
import org.talentbench.core.round.Participation;
import org.talentbench.core.round.Round;
import org.talentbench.core.round.RoundScope;
import org.talentbench.core.round.RoundStage;
import org.talentbench.core.round.RoundStages;
import org.talentbench.core.round.SnapshotComparison;
import org.talentbench.core.round.SnapshotInfo;
import org.talentbench.core.round.SnapshotJson;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.core.round.SnapshotRows;
import org.talentbench.core.round.StageEvent;
import org.talentbench.core.round.Verification;
import org.talentbench.core.round.VerificationData;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scheme.SchemeRef;
import org.talentbench.core.scoring.CohortSummary;
import org.talentbench.core.scoring.EvaluationEngine;
import org.talentbench.core.scoring.EvaluationInput;
import org.talentbench.core.scoring.EvaluationOptions;
import org.talentbench.core.scoring.EvaluationResult;
import org.talentbench.core.scoring.ScoreCard;
import org.talentbench.security.Permission;

/**
 * Use cases of evaluation rounds, shared by the GUI and the CLI: create and list rounds, move them through their
 * stages, compute participants, record staff decisions, verification and check-ins, run scoring into immutable
 * snapshots, and read ranked lists, score cards, comparisons and trends back. Each call is one or two transactions;
 * scoring reads in one, computes outside any transaction, and stores in another. Acts for its {@link Session}
 * (decision 0090): every change needs {@link Permission#MANAGE_ROUNDS}; reads need {@link Permission#VIEW} and show
 * a chair, member or observer only the rounds and people of their panels ({@link Visibility}). Thread-safe (stateless
 * apart from the session).
 */
public final class RoundService {
    private static final Logger LOG = LoggerFactory.getLogger(RoundService.class);

    private final Transactions tx;
    private final EvaluationEngine engine = new EvaluationEngine();
    private final String actor;
    /** Null unless {@link #reusingOutputs}: then empty until the first run has read the outputs. */
    private List<Output> outputsMemo;
    private final Session session;

    /** Acts for nobody signed in: the bootstrap administrator while the database has no account. */
    public RoundService(Transactions tx) {
        this(tx, Session.unattended(tx));
    }

    public RoundService(Transactions tx, Session session) {
        this(tx, System.getProperty("user.name", ""), session);
    }

    public RoundService(Transactions tx, String actor) {
        this(tx, actor, Session.unattended(tx));
    }

    public RoundService(Transactions tx, String actor, Session session) {
        this.tx = tx;
        this.actor = actor == null ? "" : actor;
        this.session = session;
    }

    /**
     * A service that reads the institute's outputs once and scores every later run on that copy. Only for a caller
     * that writes no output while it uses the service (the demo generator, which scores four rounds of a million
     * outputs in a row); researchers, representative works, settings and round data are still read on every run.
     */
    static RoundService reusingOutputs(Transactions tx, String actor) {
        RoundService s = new RoundService(tx, actor);
        s.outputsMemo = new ArrayList<>();
        return s;
    }

    /**
     * Every round the principal may see (all for the administrator, those of their panels otherwise), newest
     * reference date first, with its participant and snapshot counts.
     */
    public List<RoundSummary> list() {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            List<Round> rounds = repos.rounds().findAll().stream().filter(r -> visible.seesRound(r.id())).toList();
            if (rounds.isEmpty()) {
                return List.of();
            }
            List<Researcher> researchers = repos.researchers().findAll();
            Map<ResearchCategory, StoredScheme> active = InstituteLoader.activeSchemes(repos);
            List<RoundSummary> out = new ArrayList<>();
            for (Round r : rounds) {
                List<Participant> ps = participants(repos, r, researchers, active);
                int scored = (int) ps.stream().filter(Participant::scored).count();
                int checkIns = (int) ps.stream().filter(p -> p.participation() == Participation.CHECK_IN_ONLY)
                        .count();
                List<SnapshotInfo> snaps = repos.snapshots().findByRound(r.id());
                out.add(new RoundSummary(r.id(), r.name(), r.referenceDate(), r.stage(), r.scope(), scored, checkIns,
                        snaps.size(), snaps.isEmpty() ? 0 : snaps.get(snaps.size() - 1).id()));
            }
            return out;
        });
    }

    /**
     * Creates a round in Draft, pinning the active scheme version of every category in scope.
     *
     * @throws InvalidInputException {@code round.nameBlank}, {@code round.nameExists}
     */
    public Round create(String name, LocalDate referenceDate, RoundScope scope) {
        session.require(Permission.MANAGE_ROUNDS);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("round.nameBlank");
        }
        if (referenceDate == null) {
            throw new InvalidInputException("round.dateMissing");
        }
        return tx.inTransaction(repos -> {
            if (repos.rounds().findByName(trimmed).isPresent()) {
                throw new InvalidInputException("round.nameExists", trimmed);
            }
            Map<ResearchCategory, Long> pinned = new EnumMap<>(ResearchCategory.class);
            InstituteLoader.activeSchemes(repos).forEach((c, s) -> {
                if (scope.categories().isEmpty() || scope.categories().contains(c)) {
                    pinned.put(c, s.rowId());
                }
            });
            Round created = repos.rounds().insert(new Round(0, trimmed, referenceDate, RoundStage.DRAFT, scope,
                    pinned, 1));
            LOG.info("created round {} ({}) with schemes {}", created.name(), referenceDate, pinned);
            return created;
        });
    }

    /** @throws InvalidInputException {@code round.notFound} */
    public Round round(String name) {
        return tx.read(repos -> visible(repos, name));
    }

    /**
     * Moves a round one stage forward; the reason is optional. Entering Peer review freezes the representative
     * works: every scored participant's standing selection is copied into the round (unless the round already holds
     * one for that person), so that what the committee reviews and the engine scores no longer follows later edits
     * of the profile. The copies are recorded in the change log.
     */
    public Round advance(String name, String reason) {
        session.require(Permission.MANAGE_ROUNDS);
        return tx.inTransaction(repos -> {
            Round r = find(repos, name);
            StageEvent e = RoundStages.advance(r, reason, actor, now());
            Round moved = repos.rounds().moveStage(r, e);
            if (moved.stage() == RoundStage.PEER_REVIEW) {
                freezeWorks(repos, moved);
            }
            return moved;
        });
    }

    private void freezeWorks(Repositories repos, Round r) {
        List<FieldChange> changes = new ArrayList<>();
        List<Participant> all = participants(repos, r, repos.researchers().findAll(),
                InstituteLoader.activeSchemes(repos));
        for (Participant p : all) {
            if (!p.participation().scored()
                    || !repos.representativeWorks().find(p.researcherId(), r.id()).isEmpty()) {
                continue;
            }
            List<RepresentativeWork> standing = repos.representativeWorks().find(p.researcherId(),
                    ProfileService.STANDING_ROUND);
            if (standing.isEmpty()) {
                continue;
            }
            List<RepresentativeWork> frozen = new ArrayList<>();
            for (RepresentativeWork w : standing) {
                frozen.add(new RepresentativeWork(r.id(), w.researcherId(), w.outputId(), w.ordinal(),
                        w.contributionStatement(), w.relevanceStatement()));
            }
            repos.representativeWorks().replace(p.researcherId(), r.id(), frozen);
            changes.addAll(ChangeDiff.representativeWorks(p.researcherId(), r.id(), List.of(), frozen,
                    w -> "#" + w.outputId().value()));
        }
        repos.changeLog().append(LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0), actor, changes);
    }

    /** The representative works a round holds for a person (frozen at Peer review), in order; empty before. */
    public List<RepresentativeWork> roundWorks(String name, ResearcherId researcherId) {
        return tx.read(repos -> {
            long round = visible(repos, name).id();
            session.visibility(repos).requirePerson(researcherId);
            return repos.representativeWorks().find(researcherId, round);
        });
    }

    /** Moves a round one stage back; the reason is required. */
    public Round back(String name, String reason) {
        session.require(Permission.MANAGE_ROUNDS);
        return tx.inTransaction(repos -> {
            Round r = find(repos, name);
            StageEvent e = RoundStages.back(r, reason, actor, now());
            return repos.rounds().moveStage(r, e);
        });
    }

    public List<StageEvent> history(String name) {
        return tx.read(repos -> repos.rounds().stageEvents(visible(repos, name).id()));
    }

    /**
     * The researchers in the round's scope (those the principal may see) with their cycle decision and participation,
     * by employee number.
     */
    public List<Participant> participants(String name) {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            Round r = find(repos, name);
            visible.requireRound(r.id(), r.name());
            return participants(repos, r, repos.researchers().findAll().stream()
                    .filter(x -> visible.seesPerson(x.id())).toList(), InstituteLoader.activeSchemes(repos));
        });
    }

    /** Includes (scores although not due) or excludes a researcher, with the reason; refused when Final. */
    public void decide(String name, ResearcherId researcherId, boolean include, String reason) {
        session.require(Permission.MANAGE_ROUNDS);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("round.reasonRequired", name);
        }
        tx.inTransaction(repos -> {
            Round r = find(repos, name);
            RoundStages.requireEditable(r);
            repos.rounds().putOverride(r.id(), new ParticipantOverride(researcherId, include, reason.trim(), actor,
                    now()));
            return null;
        });
    }

    /** Withdraws a staff decision: the cycle rules decide again. */
    public void clearDecision(String name, ResearcherId researcherId) {
        session.require(Permission.MANAGE_ROUNDS);
        tx.inTransaction(repos -> {
            Round r = find(repos, name);
            RoundStages.requireEditable(r);
            repos.rounds().removeOverride(r.id(), researcherId);
            return null;
        });
    }

    /** Records the outcome of data verification for one participant. */
    public void verify(String name, ResearcherId researcherId, Verification.Status status, String note) {
        session.require(Permission.MANAGE_ROUNDS);
        if (status == Verification.Status.CORRECTED && (note == null || note.isBlank())) {
            throw new InvalidInputException("round.correctionNoteRequired");
        }
        tx.inTransaction(repos -> {
            Round r = find(repos, name);
            RoundStages.requireEditable(r);
            repos.rounds().putVerification(r.id(), new Verification(researcherId, status, note, actor, now()));
            return null;
        });
    }

    /** Records (or replaces) a researcher's ungraded progress note. */
    public void checkIn(String name, ResearcherId researcherId, String note) {
        session.require(Permission.MANAGE_ROUNDS);
        tx.inTransaction(repos -> {
            Round r = find(repos, name);
            RoundStages.requireEditable(r);
            repos.rounds().putCheckIn(r.id(), new CheckIn(researcherId, note, actor, now()));
            return null;
        });
    }

    public Map<ResearcherId, CheckIn> checkIns(String name) {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            Round r = find(repos, name);
            visible.requireRound(r.id(), r.name());
            Map<ResearcherId, CheckIn> all = new LinkedHashMap<>(repos.rounds().checkIns(r.id()));
            all.keySet().removeIf(id -> !visible.seesPerson(id));
            return all;
        });
    }

    /** Sets committee and expert inputs (peer-review scores under {@link InstituteLoader#PEER_REVIEW}). */
    public void putInputs(String name, Map<ResearcherId, Map<String, Double>> inputs) {
        session.require(Permission.MANAGE_ROUNDS);
        tx.inTransaction(repos -> {
            Round r = find(repos, name);
            RoundStages.requireEditable(r);
            repos.rounds().putInputs(r.id(), inputs);
            return null;
        });
    }

    /**
     * Scores the round and stores the result as a new snapshot. Refused for a Final round. Reports progress and
     * stops with a {@link java.util.concurrent.CancellationException} when {@code cancelled} says so; nothing is
     * stored then.
     */
    public SnapshotInfo score(String name, ProgressListener progress, BooleanSupplier cancelled) {
        session.require(Permission.MANAGE_ROUNDS);
        ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        long t0 = System.nanoTime();
        Prepared prep = tx.read(repos -> prepare(repos, find(repos, name)));
        long t1 = System.nanoTime();
        RoundStages.requireEditable(prep.round);
        p.progress(0.05, "progress.round.loaded");
        EvaluationOptions options = EvaluationOptions.defaults();
        EvaluationResult result = engine.evaluate(prep.input, options,
                (f, code) -> p.progress(0.05 + 0.8 * f, code), cancelled);
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException();
        }
        p.progress(0.86, "progress.round.storing");
        long t2 = System.nanoTime();
        Map<ResearcherId, Participation> participation = new HashMap<>();
        Set<ResearcherId> verified = new HashSet<>();
        for (Participant pa : prep.participants) {
            participation.put(pa.researcherId(), pa.participation());
            if (pa.verification() != null) {
                verified.add(pa.researcherId());
            }
        }
        Map<ResearcherId, String> disciplines = new HashMap<>();
        for (Researcher r : prep.input.researchers()) {
            disciplines.put(r.id(), r.discipline());
        }
        List<SnapshotRow> rows = SnapshotRows.of(result, participation, verified, disciplines,
                Grade.DEFAULT_EXCELLENT_SHARE);
        List<String> cards = new ArrayList<>(result.cards().size());
        for (ScoreCard c : result.cards()) {
            cards.add(SnapshotJson.write(c));
        }
        String cohorts = SnapshotJson.write(new ArrayList<>(result.cohorts().values()));
        String optionsJson = SnapshotJson.write(options);
        SnapshotInfo info = new SnapshotInfo(0, prep.round.id(), now(), result.engineVersion(),
                InputsFingerprint.of(prep.input, options), result.referenceDate(), result.schemes(), rows.size());
        long t3 = System.nanoTime();
        SnapshotInfo stored = tx.inTransaction(repos -> repos.snapshots().insert(info, cohorts, optionsJson, rows,
                cards));
        long t4 = System.nanoTime();
        p.progress(1.0, "progress.round.done");
        LOG.info("scored round {}: snapshot {} with {} cards; read {} ms, evaluate {} ms, cards to JSON {} ms,"
                + " store {} ms", name, stored.id(), rows.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        return stored;
    }

    public List<SnapshotInfo> snapshots(String name) {
        return tx.read(repos -> repos.snapshots().findByRound(visible(repos, name).id()));
    }

    /**
     * The ranked list of the round's latest snapshot: for a chair, member or observer only the rows of the people
     * they may see.
     *
     * @throws InvalidInputException {@code round.notScored} when the round has no snapshot yet
     */
    public RankedList ranking(String name) {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            Round r = find(repos, name);
            visible.requireRound(r.id(), r.name());
            List<SnapshotInfo> snaps = repos.snapshots().findByRound(r.id());
            if (snaps.isEmpty()) {
                throw new InvalidInputException("round.notScored", r.name());
            }
            SnapshotInfo last = snaps.get(snaps.size() - 1);
            return new RankedList(r, last, visibleRows(visible, repos.snapshots().rows(last.id())));
        });
    }

    /**
     * The ranked list of the round's snapshot {@code snapshotId}, or of its latest snapshot when that is null.
     *
     * @throws InvalidInputException {@code round.snapshotNotInRound} when the snapshot is another round's
     */
    public RankedList ranking(String name, Long snapshotId) {
        if (snapshotId == null) {
            return ranking(name);
        }
        RankedList list = ranking(snapshotId);
        if (!list.round().name().equals(name == null ? "" : name.trim())) {
            throw new InvalidInputException("round.snapshotNotInRound", snapshotId, name, list.round().name());
        }
        return list;
    }

    /** The ranked list of one snapshot, restricted as {@link #ranking(String)} is. */
    public RankedList ranking(long snapshotId) {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            SnapshotInfo info = repos.snapshots().findById(snapshotId)
                    .orElseThrow(() -> new InvalidInputException("snapshot.notFound", snapshotId));
            Round r = repos.rounds().findById(info.roundId()).orElseThrow();
            visible.requireRound(r.id(), r.name());
            return new RankedList(r, info, visibleRows(visible, repos.snapshots().rows(snapshotId)));
        });
    }

    /** The full stored score card (trace included) of a researcher in a snapshot. */
    public ScoreCard card(long snapshotId, ResearcherId researcherId) {
        String json = tx.read(repos -> {
            visibleSnapshot(repos, snapshotId, researcherId);
            return repos.snapshots().cardJson(snapshotId, researcherId).orElseThrow(
                    () -> new InvalidInputException("snapshot.noCard", snapshotId, researcherId.value()));
        });
        return SnapshotJson.readCard(json);
    }

    /**
     * The stored cards of several researchers of a snapshot, in the order asked, read in one transaction (for the
     * breakdown sheet of a ranked-list export). Researchers without a card are left out.
     */
    public List<ScoreCard> cards(long snapshotId, List<ResearcherId> researcherIds, BooleanSupplier cancelled) {
        List<String> json = tx.read(repos -> {
            Visibility visible = visibleSnapshot(repos, snapshotId);
            List<String> out = new ArrayList<>(researcherIds.size());
            for (ResearcherId id : researcherIds) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                if (visible.seesPerson(id)) {
                    repos.snapshots().cardJson(snapshotId, id).ifPresent(out::add);
                }
            }
            return out;
        });
        List<ScoreCard> cards = new ArrayList<>(json.size());
        for (String j : json) {
            cards.add(SnapshotJson.readCard(j));
        }
        return cards;
    }

    /** The cohort summaries (weights, reference groups, method agreement) of a snapshot. */
    public List<CohortSummary> cohorts(long snapshotId) {
        return SnapshotJson.readCohorts(tx.read(repos -> {
            visibleSnapshot(repos, snapshotId);
            return repos.snapshots().cohortsJson(snapshotId);
        }));
    }

    /** Who moved between two snapshots, largest moves first. */
    public List<Movement> compare(long beforeSnapshotId, long afterSnapshotId) {
        return tx.read(repos -> {
            Visibility visible = visibleSnapshot(repos, beforeSnapshotId);
            visibleSnapshot(repos, afterSnapshotId);
            return SnapshotComparison.compare(repos.snapshots().rows(beforeSnapshotId),
                    repos.snapshots().rows(afterSnapshotId)).stream()
                    .filter(m -> visible.seesPerson(m.researcherId())).toList();
        });
    }

    /** A researcher's rows across every stored snapshot of every round, oldest first. */
    public List<TrendPoint> trend(ResearcherId researcherId) {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            visible.requirePerson(researcherId);
            Map<Long, String> names = new HashMap<>();
            repos.rounds().findAll().forEach(r -> names.put(r.id(), r.name()));
            List<TrendPoint> out = new ArrayList<>();
            repos.snapshots().trend(researcherId).stream().filter(e -> visible.seesRound(e.snapshot().roundId()))
                    .forEach(e -> out.add(new TrendPoint(
                    names.getOrDefault(e.snapshot().roundId(), ""), e.snapshot(), e.row())));
            out.sort(java.util.Comparator.comparing((TrendPoint t) -> t.snapshot().referenceDate())
                    .thenComparing(t -> t.snapshot().id()));
            return out;
        });
    }

    /** The outputs (as stored now) behind the values of a breakdown; absent ids were deleted since. */
    public Map<OutputId, OutputSummary> outputs(ResearcherId researcherId, Collection<OutputId> ids) {
        return tx.read(repos -> {
            session.visibility(repos).requirePerson(researcherId);
            Set<OutputId> wanted = new HashSet<>(ids);
            Map<OutputId, OutputSummary> m = new LinkedHashMap<>();
            for (Output o : repos.outputs().findByResearcher(researcherId)) {
                if (wanted.contains(o.id())) {
                    m.put(o.id(), new OutputSummary(o.id(), o.kind(), o.title(), o.date(), o.venue()));
                }
            }
            return m;
        });
    }

    /**
     * What a verification sheet shows for one participant: the profile facts, the decision and window, and the
     * outputs in the window credited to the researcher — exactly the data the scoring reads.
     */
    public VerificationData verificationData(String name, ResearcherId researcherId) {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            Round r = find(repos, name);
            visible.requireRound(r.id(), r.name());
            visible.requirePerson(researcherId);
            Researcher researcher = repos.researchers().findById(researcherId)
                    .orElseThrow(() -> new InvalidInputException("round.noParticipant", researcherId.value()));
            List<Participant> ps = participants(repos, r, List.of(researcher), InstituteLoader.activeSchemes(repos));
            if (ps.isEmpty()) {
                throw new InvalidInputException("round.noParticipant", researcherId.value());
            }
            Participant p = ps.get(0);
            List<Output> inWindow = new ArrayList<>();
            if (p.decision().window() != null) {
                for (Output o : repos.outputs().findByResearcher(researcherId)) {
                    if (p.decision().window().contains(o.date())) {
                        inWindow.add(o);
                    }
                }
            }
            inWindow.sort(java.util.Comparator.comparing(Output::date).thenComparing(o -> o.id().value()));
            Map<String, Double> inputs = repos.rounds().inputs(r.id()).getOrDefault(researcherId, Map.of());
            return new VerificationData(r, researcher, p, inWindow, inputs);
        });
    }

    private record Prepared(Round round, EvaluationInput input, List<Participant> participants) {
    }

    private Prepared prepare(Repositories repos, Round r) {
        InstituteLoader.Institute inst;
        if (outputsMemo == null) {
            inst = InstituteLoader.load(repos);
        } else {
            if (outputsMemo.isEmpty()) {
                outputsMemo.addAll(repos.outputs().findAll());
            }
            inst = InstituteLoader.load(repos, outputsMemo);
        }
        Map<ResearchCategory, Scheme> schemes = pinnedSchemes(repos, r);
        List<Researcher> inScope = inst.researchers().stream().filter(x -> r.scope().includes(x)).toList();
        Map<ResearcherId, ParticipantOverride> overrides = repos.rounds().overrides(r.id());
        Map<ResearcherId, Boolean> staff = new HashMap<>();
        overrides.forEach((id, o) -> staff.put(id, o.included()));
        EvaluationInput input = InstituteLoader.input(inst, inScope, r.referenceDate(), schemes,
                repos.rounds().inputs(r.id()), staff, r.id());
        List<Participant> ps = Participants.compute(inScope, r.scope(), r.referenceDate(), inst.cycleRules(),
                InstituteLoader.withConfiguredCycles(schemes, inst.settings()), overrides,
                repos.rounds().verifications(r.id()), repos.rounds().checkIns(r.id()).keySet());
        return new Prepared(r, input, ps);
    }

    private static Map<ResearchCategory, Scheme> pinnedSchemes(Repositories repos, Round r) {
        Map<ResearchCategory, Scheme> schemes = new EnumMap<>(ResearchCategory.class);
        r.schemeIds().forEach((c, id) -> repos.schemes().findByRowId(id).ifPresent(s -> schemes.put(c, s.scheme())));
        return schemes;
    }

    private static List<Participant> participants(Repositories repos, Round r, List<Researcher> researchers,
                                                  Map<ResearchCategory, StoredScheme> active) {
        Map<String, String> settings = repos.settings().all();
        Map<ResearchCategory, Scheme> schemes = InstituteLoader.withConfiguredCycles(pinnedSchemes(repos, r), settings);
        return Participants.compute(researchers, r.scope(), r.referenceDate(), CycleSettings.rules(settings), schemes,
                repos.rounds().overrides(r.id()), repos.rounds().verifications(r.id()),
                repos.rounds().checkIns(r.id()).keySet());
    }

    /**
     * Refuses ({@link AccessDeniedException}) unless the session may export: the Evaluation screen writes ranked
     * lists and verification sheets itself from what this service returned, and asks here first (decision 0090).
     */
    public void requireExport() {
        session.require(Permission.EXPORT);
    }

    /** The named round, refused unless the principal may see it. */
    private Round visible(Repositories repos, String name) {
        Visibility visible = session.visibility(repos);
        Round r = find(repos, name);
        visible.requireRound(r.id(), r.name());
        return r;
    }

    /** The principal's view, refused unless they may see the round of the snapshot (and the person, if named). */
    private Visibility visibleSnapshot(Repositories repos, long snapshotId, ResearcherId... people) {
        Visibility visible = session.visibility(repos);
        SnapshotInfo info = repos.snapshots().findById(snapshotId)
                .orElseThrow(() -> new InvalidInputException("snapshot.notFound", snapshotId));
        visible.requireRound(info.roundId(), Long.toString(info.roundId()));
        for (ResearcherId id : people) {
            visible.requirePerson(id);
        }
        return visible;
    }

    private static List<SnapshotRow> visibleRows(Visibility visible, List<SnapshotRow> rows) {
        return visible.everyone() ? rows : rows.stream().filter(x -> visible.seesPerson(x.researcherId())).toList();
    }

    private static Round find(Repositories repos, String name) {
        return repos.rounds().findByName(name == null ? "" : name.trim())
                .orElseThrow(() -> new InvalidInputException("round.notFound", name));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().withNano(0);
    }

    /** Every stored scheme version by its reference (id and version), for labels and weights of old snapshots. */
    public Map<SchemeRef, Scheme> storedSchemes() {
        session.require(Permission.VIEW);
        return tx.inTransaction(repos -> {
            InstituteLoader.activeSchemes(repos);
            Map<SchemeRef, Scheme> m = new HashMap<>();
            for (StoredScheme s : repos.schemes().findAll()) {
                m.put(s.scheme().ref(), s.scheme());
            }
            return m;
        });
    }
}
