package org.talentbench.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.committee.Account;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.AggregationResult;
import org.talentbench.core.committee.CommitteeSettings;
import org.talentbench.core.committee.Conflict;
import org.talentbench.core.committee.ConflictDeclaration;
import org.talentbench.core.committee.ConflictFinder;
import org.talentbench.core.committee.ConflictKind;
import org.talentbench.core.committee.ConflictOverride;
import org.talentbench.core.committee.ConflictSet;
import org.talentbench.core.committee.DeclarationKind;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.PersonAggregate;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.ReviewAggregator;
import org.talentbench.core.committee.ReviewAssignment;
import org.talentbench.core.committee.ReviewForm;
import org.talentbench.core.committee.ReviewerAssigner;
import org.talentbench.core.committee.ReviewerLoad;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.Round;
import org.talentbench.core.round.RoundStages;
import org.talentbench.core.round.SnapshotInfo;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.exchange.review.ReviewSheetRow;
import org.talentbench.security.AccessPolicy;
import org.talentbench.security.Permission;
import org.talentbench.security.Principal;

/**
 * Committee review use cases: panels, conflicts of interest, reviewer assignment, blind review forms and the
 * aggregation of peer-review scores. Every method takes the signed-in {@link Principal} and checks its role and panel
 * before doing anything ({@link AccessDeniedException}); conflicts are recomputed from the current data at each check.
 * Stateless and thread-safe; each call is one transaction.
 */
public final class CommitteeService {
    private final Transactions tx;
    private final Clock clock;
    private final RoundDates roundDates;

    public CommitteeService(Transactions tx, Clock clock, RoundDates roundDates) {
        this.tx = tx;
        this.clock = clock;
        this.roundDates = roundDates;
    }

    /** Conflict windows count back from the round's reference date (today for a round id not stored). */
    public CommitteeService(Transactions tx, Clock clock) {
        this(tx, clock, storedRoundDates(clock));
    }

    static RoundDates storedRoundDates(Clock clock) {
        return (r, round) -> r.rounds().findById(round).map(Round::referenceDate).orElse(LocalDate.now(clock));
    }

    private Instant now() {
        return clock.instant();
    }

    ConflictSet conflictSet(Repositories r, long roundId) {
        return CommitteeSupport.conflicts(r, roundId, roundDates.referenceDate(r, roundId));
    }

    // ---- settings

    public CommitteeSettings settings(Principal who) {
        Access.require(who, Permission.VIEW);
        return tx.read(CommitteeSupport::settings);
    }

    /** Stores committee settings (administrator); values are validated by parsing them before anything is written. */
    public CommitteeSettings updateSettings(Principal who, Map<String, String> changes) {
        Access.require(who, Permission.CONFIGURE);
        return tx.inTransaction(r -> {
            Map<String, String> all = new HashMap<>(r.settings().all());
            all.putAll(changes);
            CommitteeSettings parsed = CommitteeSettings.from(all);
            changes.forEach((k, v) -> {
                if (!k.startsWith("committee.")) {
                    throw new UserFacingException("error.committee.settingKey", true, null, k);
                }
                r.settings().put(k, v);
            });
            CommitteeSupport.log(r, now(), who, 0, "SETTINGS_CHANGED", null, null, String.join(",", changes.keySet()));
            return parsed;
        });
    }

    // ---- panels

    public Panel createPanel(Principal who, long roundId, String cohort, String name, Set<AccountId> members,
                             List<RankedScore> people) {
        Access.require(who, Permission.MANAGE_PANELS);
        if (cohort == null || cohort.isBlank()) {
            throw new UserFacingException("error.committee.cohortRequired", true, null);
        }
        return tx.inTransaction(r -> {
            CommitteeSupport.requireUnlocked(r, roundId);
            if (r.panels().findByRound(roundId).stream().anyMatch(p -> p.cohort().equals(cohort.strip()))) {
                throw new UserFacingException("error.committee.panelExists", true, null, roundId, cohort);
            }
            checkMembers(r, members);
            checkPeople(r, people);
            Panel p = r.panels().insert(new Panel(0, roundId, cohort.strip(), name, members, people), now());
            CommitteeSupport.log(r, now(), who, roundId, "PANEL_CREATED", null, null,
                    p.id() + ":" + p.cohort() + " members=" + members.size() + " people=" + people.size());
            return p;
        });
    }

    public Panel setMembers(Principal who, long panelId, Set<AccountId> members) {
        Access.require(who, Permission.MANAGE_PANELS);
        return tx.inTransaction(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            CommitteeSupport.requireUnlocked(r, p.roundId());
            checkMembers(r, members);
            r.panels().replaceMembers(panelId, members);
            CommitteeSupport.log(r, now(), who, p.roundId(), "PANEL_MEMBERS", null, null,
                    panelId + " members=" + members.size());
            return r.panels().findById(panelId).orElseThrow();
        });
    }

    /** Replaces the ranked people of a panel (a new ranked list after rescoring). */
    public Panel setPeople(Principal who, long panelId, List<RankedScore> people) {
        Access.require(who, Permission.MANAGE_PANELS);
        return tx.inTransaction(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            CommitteeSupport.requireUnlocked(r, p.roundId());
            checkPeople(r, people);
            r.panels().replacePeople(panelId, people);
            CommitteeSupport.log(r, now(), who, p.roundId(), "PANEL_PEOPLE", null, null,
                    panelId + " people=" + people.size());
            return r.panels().findById(panelId).orElseThrow();
        });
    }

    private static void checkMembers(Repositories r, Set<AccountId> members) {
        for (AccountId m : members) {
            Account a = r.accounts().findById(m).orElseThrow(() ->
                    new UserFacingException("error.account.notFound", true, null, m.value()));
            if (!a.active()) {
                throw new UserFacingException("error.committee.inactiveMember", true, null, a.login());
            }
        }
    }

    private static void checkPeople(Repositories r, List<RankedScore> people) {
        for (RankedScore s : people) {
            if (r.researchers().findById(s.person()).isEmpty()) {
                throw new UserFacingException("error.committee.noSuchResearcher", true, null, s.person().value());
            }
        }
    }

    /** The panels of a round the principal may see (all for the administrator, their own for everyone else). */
    public List<Panel> panels(Principal who, long roundId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> CommitteeSupport.visiblePanels(r, who, r.panels().findByRound(roundId)));
    }

    /** Every panel of every round the principal may see. */
    public List<Panel> panels(Principal who) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> CommitteeSupport.visiblePanels(r, who, r.panels().findAll()));
    }

    public Panel panel(Principal who, long panelId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> CommitteeSupport.panel(r, who, panelId));
    }

    /**
     * Creates one panel per cohort of the round's latest ranked list (cohorts that have a panel already are left
     * alone), each with the given members and the cohort's ranked people with their rank and total.
     */
    public List<Panel> panelsFromRanking(Principal who, long roundId, Set<AccountId> members) {
        Access.require(who, Permission.MANAGE_PANELS);
        return tx.inTransaction(r -> {
            CommitteeSupport.requireUnlocked(r, roundId);
            checkMembers(r, members);
            List<SnapshotInfo> snaps = r.snapshots().findByRound(roundId);
            if (snaps.isEmpty()) {
                throw new UserFacingException("error.committee.notScored", true, null, roundId);
            }
            Map<String, List<RankedScore>> byCohort = new LinkedHashMap<>();
            for (SnapshotRow row : r.snapshots().rows(snaps.get(snaps.size() - 1).id())) {
                if (row.participation().scored() && !row.cohort().isEmpty()) {
                    byCohort.computeIfAbsent(row.cohort(), k -> new ArrayList<>())
                            .add(new RankedScore(row.researcherId(), row.rank(), row.total()));
                }
            }
            Set<String> existing = new java.util.HashSet<>();
            r.panels().findByRound(roundId).forEach(p -> existing.add(p.cohort()));
            List<Panel> created = new ArrayList<>();
            byCohort.forEach((cohort, people) -> {
                if (!existing.contains(cohort)) {
                    created.add(r.panels().insert(new Panel(0, roundId, cohort, cohort, members, people), now()));
                }
            });
            CommitteeSupport.log(r, now(), who, roundId, "PANEL_CREATED", null, null,
                    "from ranking: " + created.size());
            return created;
        });
    }

    /**
     * Writes the round's aggregated peer-review scores into the round's committee inputs (the engine's peer-review
     * indicator); scoring the round again ({@code RoundService.score}) recomputes the ranking with them.
     *
     * @return how many people got a score
     */
    public int feedPeerReview(Principal who, long roundId) {
        Access.require(who, Permission.MANAGE_PANELS);
        return tx.inTransaction(r -> {
            CommitteeSupport.requireUnlocked(r, roundId);
            Round round = r.rounds().findById(roundId).orElseThrow(() ->
                    new UserFacingException("error.committee.noSuchRound", true, null, roundId));
            RoundStages.requireEditable(round);
            ConflictSet conflicts = conflictSet(r, roundId);
            Map<ResearcherId, Map<String, Double>> inputs = new LinkedHashMap<>();
            for (Panel p : r.panels().findByRound(roundId)) {
                aggregateAll(r, p, conflicts).peerReviewInput()
                        .forEach((id, score) -> inputs.put(id, Map.of(InstituteLoader.PEER_REVIEW, score)));
            }
            r.rounds().putInputs(roundId, inputs);
            CommitteeSupport.log(r, now(), who, roundId, "PEER_REVIEW_APPLIED", null, null,
                    "people=" + inputs.size());
            return inputs.size();
        });
    }

    // ---- conflicts

    /**
     * Runs the conflict check for a round now and records that it ran. Chairs and the administrator see every
     * conflict; members and observers only their own.
     */
    public List<ConflictRow> conflicts(Principal who, long roundId) {
        Access.require(who, Permission.VIEW);
        return tx.inTransaction(r -> {
            ConflictSet set = conflictSet(r, roundId);
            Map<Long, Researcher> people = CommitteeSupport.researchers(r);
            Map<Long, Account> accounts = CommitteeSupport.accounts(r);
            boolean all = Access.allows(who, Permission.SEE_ALL_CONFLICTS);
            List<ConflictRow> rows = new ArrayList<>();
            for (Conflict c : set.all()) {
                if (!all && !c.reviewer().equals(who.id())) {
                    continue;
                }
                Researcher p = people.get(c.person().value());
                Account a = accounts.get(c.reviewer().value());
                rows.add(new ConflictRow(c.reviewer(), a == null ? "" : a.displayName(), c.person(),
                        p == null ? "" : p.employeeNo(), p == null ? "" : p.nameZh(), c.reasons(), c.override(),
                        c.barring()));
            }
            CommitteeSupport.log(r, now(), who, roundId, "CONFLICT_CHECK", null, null,
                    "conflicts=" + set.all().size() + " barring="
                            + set.all().stream().filter(Conflict::barring).count());
            return rows;
        });
    }

    /**
     * Records a declaration. A member declares their own ties (advisor–student, family, other); the administrator
     * and the chair record anyone's; exclusion requests by the person under evaluation are recorded by the
     * administrator or chair and limited per person and round.
     */
    public void declare(Principal who, ConflictDeclaration d) {
        if (d.kind() == DeclarationKind.EXCLUSION_REQUEST) {
            Access.require(who, Permission.RECORD_EXCLUSION_REQUEST);
        } else {
            Access.require(who, Permission.DECLARE_CONFLICT);
            if (!Access.allows(who, Permission.SEE_ALL_CONFLICTS) && !d.reviewer().equals(who.id())) {
                throw new AccessDeniedException("error.access.ownDeclarationsOnly");
            }
        }
        tx.inTransaction(r -> {
            if (d.roundId() != 0) {
                CommitteeSupport.requireUnlocked(r, d.roundId());
            }
            if (r.accounts().findById(d.reviewer()).isEmpty()) {
                throw new UserFacingException("error.account.notFound", true, null, d.reviewer().value());
            }
            if (r.researchers().findById(d.person()).isEmpty()) {
                throw new UserFacingException("error.committee.noSuchResearcher", true, null, d.person().value());
            }
            List<ConflictDeclaration> all = new ArrayList<>(r.conflicts().declarations(d.roundId()));
            all.add(d);
            ConflictFinder.checkExclusionRequests(d.roundId(), all, CommitteeSupport.settings(r).conflicts());
            if (r.conflicts().declare(d, who.id(), now())) {
                CommitteeSupport.log(r, now(), who, d.roundId(), "CONFLICT_DECLARED", d.person(), d.reviewer(),
                        d.kind().name() + (d.note().isEmpty() ? "" : ": " + d.note()));
            }
            return null;
        });
    }

    /** The chair lifts a conflict for one round, with a reason; a reviewer is never allowed to judge themselves. */
    public void overrideConflict(Principal who, long roundId, AccountId reviewer, ResearcherId person, String reason) {
        Access.require(who, Permission.OVERRIDE_CONFLICT);
        ConflictOverride override = new ConflictOverride(roundId, reviewer, person, reason, who.id(), now());
        tx.inTransaction(r -> {
            CommitteeSupport.requireUnlocked(r, roundId);
            Conflict c = conflictSet(r, roundId).find(reviewer, person).orElseThrow(() ->
                    new UserFacingException("error.committee.noConflict", true, null, reviewer.value(),
                            person.value()));
            if (c.has(ConflictKind.SELF)) {
                throw new UserFacingException("error.committee.selfConflict", true, null);
            }
            r.conflicts().putOverride(override);
            CommitteeSupport.log(r, now(), who, roundId, "CONFLICT_OVERRIDDEN", person, reviewer, override.reason());
            return null;
        });
    }

    // ---- assignment

    /** Assigns reviewers by hand ({@code bulk}: many pairs at once); a conflicted pair is refused, nothing written. */
    public List<ReviewAssignment> assign(Principal who, long panelId, List<ReviewAssignment> pairs, boolean bulk) {
        Access.require(who, Permission.ASSIGN_REVIEWERS);
        return tx.inTransaction(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            CommitteeSupport.requireUnlocked(r, p.roundId());
            ConflictSet conflicts = conflictSet(r, p.roundId());
            Map<Long, Account> accounts = CommitteeSupport.accounts(r);
            List<ReviewAssignment> checked = new ArrayList<>();
            for (ReviewAssignment a : pairs) {
                Account reviewer = accounts.get(a.reviewer().value());
                if (reviewer == null || !p.hasMember(a.reviewer()) || !reviewer.role().reviews()) {
                    throw new UserFacingException("error.committee.notAReviewer", true, null, a.reviewer().value(),
                            panelId);
                }
                CommitteeSupport.requirePerson(p, a.person());
                if (conflicts.barred(a.reviewer(), a.person())) {
                    throw new UserFacingException("error.committee.assignConflicted", true, null, reviewer.login(),
                            a.person().value());
                }
                checked.add(new ReviewAssignment(panelId, a.reviewer(), a.person()));
            }
            r.panels().addAssignments(checked, bulk ? "BULK" : "MANUAL", who.id(), now());
            CommitteeSupport.log(r, now(), who, p.roundId(), "ASSIGNED", null, null,
                    (bulk ? "BULK " : "MANUAL ") + checked.size());
            return r.panels().assignments(panelId);
        });
    }

    /**
     * Assigns reviewers automatically: up to {@code perPerson} (0: the configured number) per person, never a
     * conflicted reviewer, same discipline first, lightest load first.
     */
    public AutoAssignment autoAssign(Principal who, long panelId, int perPerson) {
        Access.require(who, Permission.ASSIGN_REVIEWERS);
        return tx.inTransaction(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            CommitteeSupport.requireUnlocked(r, p.roundId());
            int n = perPerson > 0 ? perPerson : CommitteeSupport.settings(r).reviewersPerPerson();
            ConflictSet conflicts = conflictSet(r, p.roundId());
            List<ReviewAssignment> existing = r.panels().assignments(panelId);
            Map<Long, Integer> load = new HashMap<>();
            for (ReviewAssignment a : existing) {
                load.merge(a.reviewer().value(), 1, Integer::sum);
            }
            List<ReviewerLoad> reviewers = new ArrayList<>();
            for (Account a : r.accounts().findAll()) {
                if (p.hasMember(a.id()) && a.active() && a.role().reviews()) {
                    reviewers.add(new ReviewerLoad(a.asReviewer(), a.discipline(),
                            load.getOrDefault(a.id().value(), 0)));
                }
            }
            List<Researcher> people = new ArrayList<>();
            for (RankedScore s : p.people()) {
                r.researchers().findById(s.person()).ifPresent(people::add);
            }
            List<ReviewAssignment> added = ReviewerAssigner.assign(panelId, people, reviewers, existing, conflicts, n);
            r.panels().addAssignments(added, "AUTO", who.id(), now());
            Map<Long, Integer> count = new HashMap<>();
            for (ReviewAssignment a : r.panels().assignments(panelId)) {
                count.merge(a.person().value(), 1, Integer::sum);
            }
            List<ResearcherId> shortOf = p.people().stream().map(RankedScore::person)
                    .filter(id -> count.getOrDefault(id.value(), 0) < n).toList();
            CommitteeSupport.log(r, now(), who, p.roundId(), "ASSIGNED", null, null,
                    "AUTO " + added.size() + " short=" + shortOf.size());
            return new AutoAssignment(added, shortOf);
        });
    }

    /** The assignments of a panel: all of them for the chair and administrator, the caller's own otherwise. */
    public List<ReviewAssignment> assignments(Principal who, long panelId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> {
            CommitteeSupport.panel(r, who, panelId);
            List<ReviewAssignment> all = r.panels().assignments(panelId);
            if (Access.allows(who, Permission.ASSIGN_REVIEWERS)) {
                return all;
            }
            return all.stream().filter(a -> a.reviewer().equals(who.id())).toList();
        });
    }

    public void unassign(Principal who, ReviewAssignment a) {
        Access.require(who, Permission.ASSIGN_REVIEWERS);
        tx.inTransaction(r -> {
            Panel p = CommitteeSupport.panel(r, who, a.panelId());
            CommitteeSupport.requireUnlocked(r, p.roundId());
            r.panels().removeAssignment(a);
            CommitteeSupport.log(r, now(), who, p.roundId(), "UNASSIGNED", a.person(), a.reviewer(), "");
            return null;
        });
    }

    // ---- reviews

    /** The representative works a panel reviews for a person: the round's selection, else the standing one. */
    static List<RepresentativeWork> works(Repositories r, long roundId, ResearcherId person) {
        List<RepresentativeWork> w = r.representativeWorks().find(person, roundId);
        return w.isEmpty() ? r.representativeWorks().find(person, 0) : w;
    }

    /**
     * The caller's review forms in a panel: one per assigned, non-conflicted person and representative work, stored
     * ones as stored and the rest blank (id 0).
     */
    public List<ReviewForm> myForms(Principal who, long panelId) {
        Access.require(who, Permission.REVIEW);
        return tx.read(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            ConflictSet conflicts = conflictSet(r, p.roundId());
            Map<String, ReviewForm> stored = new HashMap<>();
            for (ReviewForm f : r.reviews().findByPanel(panelId)) {
                if (f.reviewer().equals(who.id())) {
                    stored.put(f.person().value() + "/" + f.work().value(), f);
                }
            }
            List<ReviewForm> out = new ArrayList<>();
            for (ReviewAssignment a : r.panels().assignments(panelId)) {
                if (!a.reviewer().equals(who.id()) || conflicts.barred(who.id(), a.person())) {
                    continue;
                }
                for (RepresentativeWork w : works(r, p.roundId(), a.person())) {
                    ReviewForm f = stored.get(a.person().value() + "/" + w.outputId().value());
                    out.add(f != null ? f : ReviewForm.blank(panelId, who.id(), a.person(), w.outputId()));
                }
            }
            return out;
        });
    }

    /** Saves the caller's own form as a draft, or submits it ({@code submit}); a submitted form is final. */
    public ReviewForm saveReview(Principal who, ReviewForm form, boolean submit) {
        Access.require(who, Permission.REVIEW);
        return tx.inTransaction(r -> saveReview(r, who, form, submit));
    }

    private ReviewForm saveReview(Repositories r, Principal who, ReviewForm form, boolean submit) {
        if (!form.reviewer().equals(who.id())) {
            throw new AccessDeniedException("error.access.ownReviewsOnly");
        }
        Panel p = CommitteeSupport.panel(r, who, form.panelId());
        CommitteeSupport.requireUnlocked(r, p.roundId());
        boolean assigned = r.panels().assignments(p.id()).stream()
                .anyMatch(a -> a.reviewer().equals(who.id()) && a.person().equals(form.person()));
        if (!assigned) {
            throw new AccessDeniedException("error.access.notAssigned", form.person().value());
        }
        if (conflictSet(r, p.roundId()).barred(who.id(), form.person())) {
            throw new AccessDeniedException("error.access.conflicted", form.person().value());
        }
        boolean isWork = works(r, p.roundId(), form.person()).stream()
                .anyMatch(w -> w.outputId().equals(form.work()));
        if (!isWork) {
            throw new UserFacingException("error.committee.notARepresentativeWork", true, null,
                    form.work().value());
        }
        Optional<ReviewForm> existing = r.reviews().findByPanel(p.id()).stream()
                .filter(f -> f.reviewer().equals(who.id()) && f.person().equals(form.person())
                        && f.work().equals(form.work())).findFirst();
        if (existing.isPresent() && existing.get().submitted()) {
            throw new UserFacingException("error.committee.reviewSubmitted", true, null);
        }
        ReviewForm toSave = new ReviewForm(existing.map(ReviewForm::id).orElse(0L), p.id(), who.id(),
                form.person(), form.work(), form.scores(), form.confidence(), form.comment(), null, null);
        if (submit) {
            toSave = toSave.submittedAt(now());
        }
        ReviewForm saved = r.reviews().save(toSave);
        if (submit) {
            CommitteeSupport.log(r, now(), who, p.roundId(), "REVIEW_SUBMITTED", form.person(), who.id(),
                    "work " + form.work().value());
        }
        return saved;
    }

    /** The caller's forms as rows of an offline review workbook, with names and work titles. */
    public List<ReviewSheetRow> offlineForms(Principal who, long panelId) {
        List<ReviewForm> forms = myForms(who, panelId);
        return tx.read(r -> {
            Map<Long, Researcher> people = CommitteeSupport.researchers(r);
            List<ReviewSheetRow> rows = new ArrayList<>();
            for (ReviewForm f : forms) {
                Researcher p = people.get(f.person().value());
                String title = r.outputs().findById(f.work()).map(o -> o.title()).orElse("");
                rows.add(new ReviewSheetRow(panelId, who.id().value(), f.person().value(), f.work().value(),
                        p == null ? "" : p.employeeNo(), p == null ? "" : p.nameZh(), title, f.scores(),
                        f.confidence(), f.comment()));
            }
            return rows;
        });
    }

    /** What an offline import did: forms saved as drafts, forms submitted, rows left blank or already submitted. */
    public record OfflineImport(int drafts, int submitted, int skipped) {
    }

    /**
     * Imports a filled-in offline workbook in one transaction: every row must be the caller's form in this panel;
     * blank rows and forms already submitted are skipped; with {@code submit} complete forms are submitted and
     * incomplete ones kept as drafts. Any refused row refuses the whole import.
     */
    public OfflineImport importOffline(Principal who, long panelId, List<ReviewSheetRow> rows, boolean submit) {
        Access.require(who, Permission.REVIEW);
        return tx.inTransaction(r -> {
            Map<String, ReviewForm> stored = new HashMap<>();
            for (ReviewForm f : r.reviews().findByPanel(panelId)) {
                stored.put(f.reviewer().value() + "/" + f.person().value() + "/" + f.work().value(), f);
            }
            int drafts = 0;
            int submitted = 0;
            int skipped = 0;
            for (ReviewSheetRow row : rows) {
                if (row.panelId() != panelId || row.reviewerId() != who.id().value()) {
                    throw new AccessDeniedException("error.access.ownReviewsOnly");
                }
                ReviewForm old = stored.get(row.reviewerId() + "/" + row.personId() + "/" + row.workId());
                if ((row.scores().isEmpty() && row.confidence() == null && row.comment().isBlank())
                        || (old != null && old.submitted())) {
                    skipped++;
                    continue;
                }
                ReviewForm form = new ReviewForm(0, panelId, who.id(), new ResearcherId(row.personId()),
                        new OutputId(row.workId()), row.scores(), row.confidence(), row.comment(), null, null);
                boolean complete = submit && form.complete();
                saveReview(r, who, form, complete);
                if (complete) {
                    submitted++;
                } else {
                    drafts++;
                }
            }
            return new OfflineImport(drafts, submitted, skipped);
        });
    }

    /**
     * The reviews of one person as the caller may see them: refused when the caller is conflicted with the person;
     * while the caller reviews the person and has not submitted every form, only their own forms (blind review).
     */
    public PersonReviews reviewsOf(Principal who, long panelId, ResearcherId person) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            CommitteeSupport.requirePerson(p, person);
            ConflictSet conflicts = conflictSet(r, p.roundId());
            if (conflicts.barred(who.id(), person)) {
                throw new AccessDeniedException("error.access.conflicted", person.value());
            }
            List<ReviewForm> forms = r.reviews().findByPanel(panelId).stream()
                    .filter(f -> f.person().equals(person)).toList();
            boolean blind = blindFor(r, p, who, person, forms);
            boolean names = Access.allows(who, Permission.SEE_ALL_CONFLICTS);
            Map<Long, Account> accounts = CommitteeSupport.accounts(r);
            List<ReviewView> out = new ArrayList<>();
            for (ReviewForm f : forms) {
                boolean mine = f.reviewer().equals(who.id());
                if ((!mine && (blind || !f.submitted())) || conflicts.barred(f.reviewer(), person)) {
                    continue;
                }
                Account a = accounts.get(f.reviewer().value());
                String name = mine || names ? (a == null ? "" : a.displayName()) : "";
                ReviewForm shown = mine || names ? f : new ReviewForm(f.id(), f.panelId(), AccountId.NEW, f.person(),
                        f.work(), f.scores(), f.confidence(), f.comment(), f.status(), f.submittedAt());
                out.add(new ReviewView(out.size() + 1, name, mine, shown));
            }
            return new PersonReviews(person, blind, out);
        });
    }

    /** Whether {@code who} reviews {@code person} and has not yet submitted every one of their forms. */
    static boolean blindFor(Repositories r, Panel p, Principal who, ResearcherId person,
                            Collection<ReviewForm> formsOfPerson) {
        boolean assigned = r.panels().assignments(p.id()).stream()
                .anyMatch(a -> a.reviewer().equals(who.id()) && a.person().equals(person));
        if (!assigned) {
            return false;
        }
        List<OutputId> works = works(r, p.roundId(), person).stream().map(RepresentativeWork::outputId).toList();
        for (OutputId w : works) {
            boolean done = formsOfPerson.stream().anyMatch(f -> f.reviewer().equals(who.id()) && f.work().equals(w)
                    && f.submitted());
            if (!done) {
                return true;
            }
        }
        return false;
    }

    // ---- aggregation

    /** The aggregation over a panel's submitted forms, leaving out forms by reviewers now conflicted. */
    static AggregationResult aggregateAll(Repositories r, Panel p, ConflictSet conflicts) {
        List<ReviewForm> forms = r.reviews().findByPanel(p.id()).stream()
                .filter(f -> f.submitted() && !conflicts.barred(f.reviewer(), f.person())).toList();
        return ReviewAggregator.aggregate(forms, CommitteeSupport.settings(r).aggregation());
    }

    /**
     * The aggregated peer-review scores of a panel as the caller may see them: people the caller is conflicted with,
     * or still reviews blind, are left out.
     */
    public AggregationResult aggregate(Principal who, long panelId) {
        Access.require(who, Permission.VIEW);
        return tx.read(r -> {
            Panel p = CommitteeSupport.panel(r, who, panelId);
            ConflictSet conflicts = conflictSet(r, p.roundId());
            AggregationResult all = aggregateAll(r, p, conflicts);
            if (AccessPolicy.seesEveryPanel(who.role())) {
                return all;
            }
            List<ReviewForm> forms = r.reviews().findByPanel(panelId);
            List<PersonAggregate> visible = all.people().stream()
                    .filter(a -> !conflicts.barred(who.id(), a.person()))
                    .filter(a -> !blindFor(r, p, who, a.person(),
                            forms.stream().filter(f -> f.person().equals(a.person())).toList()))
                    .toList();
            return new AggregationResult(all.rules(), all.leniency(), visible);
        });
    }

    /**
     * The aggregated peer-review score of everyone judged in a round, by person: the map the evaluation engine reads
     * as its peer-review input ({@code EvaluationInput.peerReview}); rescoring with it recomputes the ranking.
     */
    public Map<ResearcherId, Double> peerReviewInput(Principal who, long roundId) {
        Access.require(who, Permission.MANAGE_PANELS);
        return tx.read(r -> {
            ConflictSet conflicts = conflictSet(r, roundId);
            Map<ResearcherId, Double> out = new LinkedHashMap<>();
            for (Panel p : r.panels().findByRound(roundId)) {
                out.putAll(aggregateAll(r, p, conflicts).peerReviewInput());
            }
            return out;
        });
    }
}
