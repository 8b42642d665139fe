package org.talentbench.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.committee.Account;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.AggregationResult;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.committee.Ballot;
import org.talentbench.core.committee.BallotStatus;
import org.talentbench.core.committee.CaseNote;
import org.talentbench.core.committee.CommitteeEvent;
import org.talentbench.core.committee.CommitteeSettings;
import org.talentbench.core.committee.ConflictSet;
import org.talentbench.core.committee.DiscussionCase;
import org.talentbench.core.committee.DiscussionOrder;
import org.talentbench.core.committee.GradeDecision;
import org.talentbench.core.committee.GradeProposal;
import org.talentbench.core.committee.GradeProposer;
import org.talentbench.core.committee.GradeQuota;
import org.talentbench.core.committee.Objection;
import org.talentbench.core.committee.ObjectionOutcome;
import org.talentbench.core.committee.OutcomeFingerprint;
import org.talentbench.core.committee.OutcomeLine;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.PersonAggregate;
import org.talentbench.core.committee.Publicity;
import org.talentbench.core.committee.QuotaArithmetic;
import org.talentbench.core.committee.QuotaOverride;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.RoundLock;
import org.talentbench.core.committee.Tally;
import org.talentbench.core.committee.VoteChoice;
import org.talentbench.core.committee.WorkingDays;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.round.RoundStage;
import org.talentbench.core.round.RoundStages;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.security.Permission;
import org.talentbench.security.Principal;

/**
 * Calibration use cases: the meeting (agenda, current case, minutes), anonymous ballots, grades and quotas,
 * publicity and objections, finalisation with the lock fingerprint, and its verification. Every method checks the
 * principal's role and panel, and a conflicted member can neither vote on nor decide about the person. Once a round
 * is locked nothing in it changes. Stateless and thread-safe; each call is one transaction.
 */
public final class CalibrationService {
    private final Transactions tx;
    private final Clock clock;
    private final RoundDates roundDates;
    private Set<LocalDate> holidays = Set.of();
    private Set<LocalDate> makeUpDays = Set.of();

    public CalibrationService(Transactions tx, Clock clock, RoundDates roundDates) {
        this.tx = tx;
        this.clock = clock;
        this.roundDates = roundDates;
    }

    public CalibrationService(Transactions tx, Clock clock) {
        this(tx, clock, CommitteeService.storedRoundDates(clock));
    }

    /** Moves a stored round from {@code from} to the next stage, recording why; rounds at other stages stay. */
    private void follow(Repositories r, Principal who, long roundId, RoundStage from, String reason) {
        r.rounds().findById(roundId).filter(x -> x.stage() == from).ifPresent(round -> r.rounds().moveStage(round,
                RoundStages.advance(round, reason, who.login(),
                        java.time.LocalDateTime.ofInstant(now(), clock.getZone()))));
    }

    /** Public holidays and make-up working days (调休) the publicity period counts with. */
    public CalibrationService withCalendar(Set<LocalDate> holidayDates, Set<LocalDate> makeUpWorkingDays) {
        this.holidays = Set.copyOf(holidayDates);
        this.makeUpDays = Set.copyOf(makeUpWorkingDays);
        return this;
    }

    private Instant now() {
        return clock.instant();
    }

    private ConflictSet conflicts(Repositories r, long roundId) {
        return CommitteeSupport.conflicts(r, roundId, roundDates.referenceDate(r, roundId));
    }

    private static List<GradeProposal> proposals(Repositories r, Panel p) {
        return GradeProposer.propose(p.people(), CommitteeSupport.settings(r).excellentQuota());
    }

    // ---- meeting

    /** The discussion order with each case's figures, as the caller may see them. */
    public List<AgendaItem> agenda(Principal who, long panelId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            ConflictSet conflicts = conflicts(r, p.roundId());
            AggregationResult all = CommitteeService.aggregateAll(r, p, conflicts);
            Set<ResearcherId> flagged = new HashSet<>();
            all.people().stream().filter(PersonAggregate::flagged).forEach(a -> flagged.add(a.person()));
            List<GradeProposal> proposals = proposals(r, p);
            Map<ResearcherId, GradeProposal> byPerson = new HashMap<>();
            proposals.forEach(g -> byPerson.put(g.person(), g));
            Map<ResearcherId, AppraisalGrade> decided = new HashMap<>();
            r.committeeDecisions().grades(panelId).forEach(g -> {
                if (g.decided() != null) {
                    decided.put(g.person(), g.decided());
                }
            });
            Map<ResearcherId, CaseNote> notes = new HashMap<>();
            r.committeeDecisions().caseNotes(panelId).forEach(n -> notes.put(n.person(), n));
            Map<Long, Researcher> people = CommitteeSupport.researchers(r);
            List<org.talentbench.core.committee.ReviewForm> forms = r.reviews().findByPanel(panelId);
            List<AgendaItem> out = new ArrayList<>();
            for (DiscussionCase c : DiscussionOrder.order(proposals, flagged)) {
                boolean barred = conflicts.barred(who.id(), c.person());
                boolean blind = CommitteeService.blindFor(r, p, who, c.person(),
                        forms.stream().filter(f -> f.person().equals(c.person())).toList());
                PersonAggregate review = barred || blind ? null : all.of(c.person()).orElse(null);
                CaseNote note = notes.get(c.person());
                Researcher res = people.get(c.person().value());
                out.add(new AgendaItem(c, res == null ? "" : res.employeeNo(), res == null ? "" : res.nameZh(),
                        byPerson.get(c.person()), decided.get(c.person()), review,
                        note == null || barred ? "" : note.minutes(), note != null && note.discussed(), barred));
            }
            return out;
        });
    }

    /** Puts a case on everyone's screen (chair). */
    public void setCurrentCase(Principal who, long panelId, ResearcherId person) {
        Access.require(who, Permission.RUN_MEETING);
        tx.inTransaction(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            CommitteeSupport.requirePerson(p, person);
            r.panels().setCurrentCase(panelId, person, now());
            return null;
        });
    }

    public Optional<ResearcherId> currentCase(Principal who, long panelId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> {
            CommitteeSupport.panel(r, who, panelId);
            return r.panels().currentCase(panelId);
        });
    }

    /** Records the minutes of a case and whether it has been discussed (chair). */
    public void recordMinutes(Principal who, long panelId, ResearcherId person, String minutes, boolean discussed) {
        Access.require(who, Permission.RUN_MEETING);
        tx.inTransaction(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            CommitteeSupport.requireUnlocked(r, p.roundId());
            CommitteeSupport.requirePerson(p, person);
            r.committeeDecisions().saveCaseNote(new CaseNote(panelId, person, minutes, discussed, who.id(), now()));
            if (discussed) {
                CommitteeSupport.log(r, now(), who, p.roundId(), "CASE_DISCUSSED", person, null, "");
            }
            return null;
        });
    }

    // ---- ballots

    /**
     * Opens an anonymous ballot on a proposal about one person. The eligible voters are fixed now: the panel's active
     * chairs and members who are not conflicted with the person.
     */
    public BallotView openBallot(Principal who, long panelId, ResearcherId person, String proposal) {
        Access.require(who, Permission.RUN_BALLOT);
        if (proposal == null || proposal.isBlank()) {
            throw new UserFacingException("error.committee.proposalRequired", true, null);
        }
        return tx.inTransaction(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            CommitteeSupport.requireUnlocked(r, p.roundId());
            CommitteeSupport.requirePerson(p, person);
            boolean open = r.ballots().findByPanel(panelId).stream()
                    .anyMatch(b -> b.person().equals(person) && b.status() == BallotStatus.OPEN);
            if (open) {
                throw new UserFacingException("error.committee.ballotAlreadyOpen", true, null, person.value());
            }
            ConflictSet conflicts = conflicts(r, p.roundId());
            Set<AccountId> eligible = new HashSet<>();
            for (Account a : r.accounts().findAll()) {
                if (p.hasMember(a.id()) && a.active() && a.role().reviews() && !conflicts.barred(a.id(), person)) {
                    eligible.add(a.id());
                }
            }
            Ballot b = r.ballots().insert(Ballot.open(panelId, person, proposal.strip(), eligible, now()));
            CommitteeSupport.log(r, now(), who, p.roundId(), "BALLOT_OPENED", person, null,
                    b.id() + " " + b.proposal() + " eligible=" + eligible.size());
            return view(b, who);
        });
    }

    /** Casts the caller's anonymous vote; only the fact that they voted is kept beside the counts. */
    public void vote(Principal who, long ballotId, VoteChoice choice) {
        Access.require(who, Permission.VOTE);
        tx.inTransaction(r -> {
            Ballot b = ballot(r, ballotId);
            Panel p = CommitteeSupport.panel(r, who, b.panelId());
            if (conflicts(r, p.roundId()).barred(who.id(), b.person())) {
                throw new AccessDeniedException("error.access.conflicted", b.person().value());
            }
            b.cast(who.id(), choice);
            r.ballots().recordVote(ballotId, who.id(), choice);
            return null;
        });
    }

    /** Closes a ballot (chair) and returns it with its tally. */
    public BallotView closeBallot(Principal who, long ballotId) {
        Access.require(who, Permission.RUN_BALLOT);
        return tx.inTransaction(r -> {
            Ballot b = ballot(r, ballotId);
            Panel p = CommitteeSupport.panel(r, who, b.panelId());
            Ballot closed = b.close(now());
            r.ballots().close(ballotId, closed.closedAt());
            Tally t = closed.tally();
            CommitteeSupport.log(r, now(), who, p.roundId(), "BALLOT_CLOSED", b.person(), null,
                    b.id() + " " + b.proposal() + " for=" + t.votesFor() + " against=" + t.against()
                            + " abstain=" + t.abstentions() + " eligible=" + t.eligible() + " passed=" + t.passed());
            return view(closed, who);
        });
    }

    public BallotView ballot(Principal who, long ballotId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> {
            Ballot b = ballot(r, ballotId);
            CommitteeSupport.panel(r, who, b.panelId());
            return view(b, who);
        });
    }

    public List<BallotView> ballots(Principal who, long panelId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> {
            CommitteeSupport.panel(r, who, panelId);
            return r.ballots().findByPanel(panelId).stream().map(b -> view(b, who)).toList();
        });
    }

    private static Ballot ballot(Repositories r, long id) {
        return r.ballots().findById(id)
                .orElseThrow(() -> new UserFacingException("error.committee.noSuchBallot", true, null, id));
    }

    private static BallotView view(Ballot b, Principal who) {
        return new BallotView(b.id(), b.panelId(), b.person(), b.proposal(), b.status(), b.eligible().size(),
                b.voted().size(), b.eligible().contains(who.id()), b.voted().contains(who.id()),
                b.status() == BallotStatus.CLOSED ? b.tally() : null);
    }

    // ---- grades and quotas

    /** Each person's proposed grade merged with the committee's decision where one exists. */
    public List<GradeDecision> grades(Principal who, long panelId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> grades(r, CommitteeSupport.panel(r, who, panelId)));
    }

    static List<GradeDecision> grades(Repositories r, Panel p) {
        Map<ResearcherId, GradeDecision> stored = new HashMap<>();
        r.committeeDecisions().grades(p.id()).forEach(g -> stored.put(g.person(), g));
        List<GradeDecision> out = new ArrayList<>();
        for (GradeProposal g : proposals(r, p)) {
            GradeDecision s = stored.get(g.person());
            out.add(s == null || s.decided() == null
                    ? new GradeDecision(p.id(), g.person(), g.proposed(), null, null, null, null)
                    : new GradeDecision(p.id(), g.person(), g.proposed(), s.decided(), s.decidedBy(), s.decidedAt(),
                            s.ballotId()));
        }
        return out;
    }

    /**
     * Records the committee's grade for a person (chair). Confirming the proposal needs nothing more; any other
     * grade needs a closed ballot on that grade for that person that passed.
     */
    public GradeDecision decideGrade(Principal who, long panelId, ResearcherId person, AppraisalGrade grade,
                                     Long ballotId) {
        Access.require(who, Permission.DECIDE_GRADES);
        return tx.inTransaction(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            CommitteeSupport.requireUnlocked(r, p.roundId());
            CommitteeSupport.requirePerson(p, person);
            if (conflicts(r, p.roundId()).barred(who.id(), person)) {
                throw new AccessDeniedException("error.access.conflicted", person.value());
            }
            GradeProposal proposal = proposals(r, p).stream().filter(g -> g.person().equals(person)).findFirst()
                    .orElseThrow();
            if (grade != proposal.proposed()) {
                if (ballotId == null) {
                    throw new UserFacingException("error.committee.ballotRequired", true, null, grade.name());
                }
                Ballot b = ballot(r, ballotId);
                if (!b.person().equals(person) || b.panelId() != panelId || !b.proposal().equals(grade.name())
                        || b.status() != BallotStatus.CLOSED || !b.tally().passed()) {
                    throw new UserFacingException("error.committee.ballotNotPassed", true, null, ballotId,
                            grade.name());
                }
            }
            GradeDecision d = new GradeDecision(panelId, person, proposal.proposed(), grade, who.id(), now(),
                    ballotId);
            r.committeeDecisions().saveGrade(d);
            CommitteeSupport.log(r, now(), who, p.roundId(), "GRADE_DECIDED", person, null,
                    grade.name() + (ballotId == null ? "" : " ballot " + ballotId));
            return d;
        });
    }

    public QuotaStatus quotas(Principal who, long panelId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> quotas(r, CommitteeSupport.panel(r, who, panelId)));
    }

    static QuotaStatus quotas(Repositories r, Panel p) {
        CommitteeSettings s = CommitteeSupport.settings(r);
        List<AppraisalGrade> effective = grades(r, p).stream().map(GradeDecision::effective).toList();
        List<QuotaArithmetic> q = GradeQuota.check(p.people().size(), effective, s.quotas());
        List<QuotaOverride> overrides = r.committeeDecisions().quotaOverrides(p.id());
        boolean ok = q.stream().allMatch(a -> a.holds()
                || overrides.stream().anyMatch(o -> o.grade() == a.grade()));
        return new QuotaStatus(p.id(), q, overrides, ok);
    }

    /** The chair records that a panel may be finalised although a grade's quota does not hold; a reason is required. */
    public void overrideQuota(Principal who, long panelId, AppraisalGrade grade, String reason) {
        Access.require(who, Permission.OVERRIDE_QUOTA);
        QuotaOverride o = new QuotaOverride(panelId, grade, reason, who.id(), now());
        tx.inTransaction(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            CommitteeSupport.requireUnlocked(r, p.roundId());
            r.committeeDecisions().putQuotaOverride(o);
            CommitteeSupport.log(r, now(), who, p.roundId(), "QUOTA_OVERRIDDEN", null, null,
                    grade.name() + ": " + o.reason());
            return null;
        });
    }

    // ---- publicity, objections, finalisation

    private static void requireComplete(Repositories r, long roundId) {
        List<Panel> panels = r.panels().findByRound(roundId);
        if (panels.isEmpty()) {
            throw new UserFacingException("error.committee.noPanels", true, null, roundId);
        }
        for (Panel p : panels) {
            long undecided = grades(r, p).stream().filter(g -> g.decided() == null).count();
            if (undecided > 0) {
                throw new UserFacingException("error.committee.undecided", true, null, p.name(), undecided);
            }
            QuotaStatus q = quotas(r, p);
            if (!q.satisfied()) {
                QuotaArithmetic a = q.quotas().stream().filter(x -> !x.holds()).findFirst().orElseThrow();
                throw new UserFacingException("error.committee.quotaBroken", true, null, p.name(), a.grade().name(),
                        a.holding(), a.n(), a.share().toPlainString(), a.exact().toPlainString(),
                        a.rounding().name(), a.cap());
            }
        }
    }

    /**
     * Publishes a round's result list from {@code start} for the configured number of working days. Every grade
     * must be decided and every quota hold or be overridden.
     */
    public Publicity publish(Principal who, long roundId, LocalDate start) {
        Access.require(who, Permission.PUBLISH);
        return tx.inTransaction(r -> {
            CommitteeSupport.requireUnlocked(r, roundId);
            requireComplete(r, roundId);
            int days = CommitteeSupport.settings(r).publicityDays();
            LocalDate end = WorkingDays.lastDay(start, days, holidays, makeUpDays);
            Publicity p = new Publicity(roundId, start, end, days, who.id(), now());
            r.committeeDecisions().savePublicity(p);
            follow(r, who, roundId, RoundStage.CALIBRATION, "publicity " + start + ".." + end);
            CommitteeSupport.log(r, now(), who, roundId, "PUBLISHED", null, null, start + ".." + end);
            return p;
        });
    }

    public Optional<Publicity> publicity(Principal who, long roundId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> r.committeeDecisions().publicity(roundId));
    }

    /** Records an objection received during publicity. */
    public Objection recordObjection(Principal who, long roundId, ResearcherId person, LocalDate received,
                                     String text) {
        Access.require(who, Permission.RECORD_OBJECTION);
        return tx.inTransaction(r -> {
            CommitteeSupport.requireUnlocked(r, roundId);
            Publicity p = r.committeeDecisions().publicity(roundId).orElseThrow(() ->
                    new UserFacingException("error.committee.notPublished", true, null, roundId));
            if (received.isBefore(p.start())) {
                throw new UserFacingException("error.committee.objectionBeforePublicity", true, null, p.start());
            }
            boolean judged = r.panels().findByRound(roundId).stream().anyMatch(x -> x.judges(person));
            if (!judged) {
                throw new UserFacingException("error.committee.noSuchResearcher", true, null, person.value());
            }
            Objection o = r.committeeDecisions().insertObjection(new Objection(0, roundId, person, received, text,
                    "", ObjectionOutcome.PENDING, who.id(), now(), null, null));
            CommitteeSupport.log(r, now(), who, roundId, "OBJECTION_RECORDED", person, null, "objection " + o.id());
            return o;
        });
    }

    /** Records how an objection was handled and its outcome. */
    public Objection resolveObjection(Principal who, long roundId, long objectionId, String handling,
                                      ObjectionOutcome outcome) {
        Access.require(who, Permission.RECORD_OBJECTION);
        return tx.inTransaction(r -> {
            CommitteeSupport.requireUnlocked(r, roundId);
            Objection o = r.committeeDecisions().objections(roundId).stream().filter(x -> x.id() == objectionId)
                    .findFirst().orElseThrow(() -> new UserFacingException("error.committee.noSuchObjection", true,
                            null, objectionId));
            Objection resolved = o.resolved(handling, outcome, who.id(), now());
            r.committeeDecisions().updateObjection(resolved);
            CommitteeSupport.log(r, now(), who, roundId, "OBJECTION_RESOLVED", o.person(), null,
                    "objection " + objectionId + " " + outcome.name());
            return resolved;
        });
    }

    public List<Objection> objections(Principal who, long roundId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> r.committeeDecisions().objections(roundId));
    }

    /** The result list of a round: every person judged, with cohort, rank, scores and the effective grade. */
    public List<OutcomeLine> results(Principal who, long roundId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> results(r, roundId, conflicts(r, roundId)));
    }

    private static List<OutcomeLine> results(Repositories r, long roundId, ConflictSet conflicts) {
        Map<Long, Researcher> people = CommitteeSupport.researchers(r);
        List<OutcomeLine> out = new ArrayList<>();
        for (Panel p : r.panels().findByRound(roundId)) {
            AggregationResult agg = CommitteeService.aggregateAll(r, p, conflicts);
            Map<ResearcherId, AppraisalGrade> grades = new HashMap<>();
            grades(r, p).forEach(g -> grades.put(g.person(), g.effective()));
            for (RankedScore s : p.people()) {
                Researcher res = people.get(s.person().value());
                out.add(new OutcomeLine(s.person(), res == null ? "" : res.employeeNo(), p.cohort(), s.rank(),
                        s.score(), agg.of(s.person()).map(PersonAggregate::score).orElse(null),
                        grades.get(s.person())));
            }
        }
        return out;
    }

    private String canonical(Repositories r, long roundId) {
        List<QuotaOverride> overrides = new ArrayList<>();
        for (Panel p : r.panels().findByRound(roundId)) {
            overrides.addAll(r.committeeDecisions().quotaOverrides(p.id()));
        }
        return OutcomeFingerprint.canonical(roundId, results(r, roundId, conflicts(r, roundId)), overrides,
                r.committeeDecisions().objections(roundId));
    }

    /**
     * Finalises and locks a round (chair): the publicity period must be over, no objection pending, every grade
     * decided and every quota holding or overridden. The lock stores the fingerprint of the outcome.
     */
    public RoundLock finalise(Principal who, long roundId) {
        Access.require(who, Permission.FINALISE);
        return tx.inTransaction(r -> {
            CommitteeSupport.requireUnlocked(r, roundId);
            Publicity p = r.committeeDecisions().publicity(roundId).orElseThrow(() ->
                    new UserFacingException("error.committee.notPublished", true, null, roundId));
            LocalDate today = LocalDate.ofInstant(now(), clock.getZone());
            if (!p.overOn(today)) {
                throw new UserFacingException("error.committee.publicityRunning", true, null, p.end());
            }
            long pending = r.committeeDecisions().objections(roundId).stream()
                    .filter(o -> o.outcome() == ObjectionOutcome.PENDING).count();
            if (pending > 0) {
                throw new UserFacingException("error.committee.objectionsPending", true, null, pending);
            }
            requireComplete(r, roundId);
            String content = canonical(r, roundId);
            RoundLock lock = new RoundLock(roundId, now(), who.id(), OutcomeFingerprint.sha256(content), content);
            r.committeeDecisions().insertLock(lock);
            follow(r, who, roundId, RoundStage.PUBLICITY, "committee lock " + lock.fingerprint());
            CommitteeSupport.log(r, now(), who, roundId, "FINALISED", null, null, lock.fingerprint());
            return lock;
        });
    }

    /** Recomputes a locked round's fingerprint from the stored data and compares it with the one stored at the lock. */
    public LockCheck verify(Principal who, long roundId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> {
            RoundLock lock = r.committeeDecisions().lock(roundId).orElseThrow(() ->
                    new UserFacingException("error.committee.notLocked", true, null, roundId));
            String now = OutcomeFingerprint.sha256(canonical(r, roundId));
            return new LockCheck(roundId, lock.fingerprint(), now, now.equals(lock.fingerprint()));
        });
    }

    public Optional<RoundLock> lock(Principal who, long roundId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> r.committeeDecisions().lock(roundId));
    }

    /** The committee record of a round (chair and administrator). */
    public List<CommitteeEvent> record(Principal who, long roundId) {
        Access.require(who, Permission.SEE_ALL_CONFLICTS);
        return tx.read(r -> r.committeeDecisions().events(roundId));
    }
}
