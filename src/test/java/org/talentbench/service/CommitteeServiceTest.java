package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.committee.ConflictDeclaration;
import org.talentbench.core.committee.ConflictKind;
import org.talentbench.core.committee.DeclarationKind;
import org.talentbench.core.committee.ObjectionOutcome;
import org.talentbench.core.committee.Objection;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.ReviewAssignment;
import org.talentbench.core.committee.ReviewCriterion;
import org.talentbench.core.committee.ReviewForm;
import org.talentbench.core.committee.Role;
import org.talentbench.core.committee.RoundLock;
import org.talentbench.core.committee.VoteChoice;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.security.Principal;

class CommitteeServiceTest {
    private CommitteeFixture f;
    private Principal chair;
    private Principal m1;
    private Principal m2;
    private Principal observer;
    private Principal outsider;
    private Panel panel;

    @BeforeEach
    void setUp() {
        f = new CommitteeFixture().withInstitute();
        chair = f.account("chair", Role.CHAIR, null);
        m1 = f.account("m1", Role.MEMBER, "R9");
        m2 = f.account("m2", Role.MEMBER, null);
        observer = f.account("obs", Role.OBSERVER, null);
        outsider = f.account("other", Role.MEMBER, null);
        List<RankedScore> ranked = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ranked.add(new RankedScore(f.p(i), i, 100.0 - 5 * i));
        }
        panel = f.committee.createPanel(chair, CommitteeFixture.ROUND, "BASIC", "基础研究组",
                Set.of(chair.id(), m1.id(), m2.id(), observer.id()), ranked);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static void refused(Executable call) {
        assertThrows(AccessDeniedException.class, call);
    }

    private static ReviewForm filled(ReviewForm blank, int score, int confidence) {
        Map<ReviewCriterion, Integer> s = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            s.put(c, score);
        }
        return blank.edited(s, confidence, "意见");
    }

    private ReviewForm formFor(Principal who, ResearcherId person) {
        return f.committee.myForms(who, panel.id()).stream().filter(x -> x.person().equals(person)).findFirst()
                .orElseThrow();
    }

    @Test
    void servicesRefuseTheWrongRole() {
        refused(() -> f.committee.createPanel(m2, 99, "X", "X", Set.of(), List.of()));
        refused(() -> f.accounts.create(chair, new AccountService.NewAccount("x1", "x", Role.MEMBER, null, null,
                null), CommitteeFixture.PASSWORD));
        refused(() -> f.committee.assign(m2, panel.id(), List.of(), false));
        refused(() -> f.committee.overrideConflict(m2, CommitteeFixture.ROUND, m1.id(), f.p(1), "reason"));
        refused(() -> f.committee.saveReview(observer, ReviewForm.blank(panel.id(), observer.id(), f.p(2),
                f.sharedPaper.id()), false));
        refused(() -> f.calibration.openBallot(m2, panel.id(), f.p(2), "EXCELLENT"));
        refused(() -> f.calibration.decideGrade(m2, panel.id(), f.p(2), AppraisalGrade.QUALIFIED, null));
        refused(() -> f.calibration.finalise(f.admin, CommitteeFixture.ROUND));
        refused(() -> f.calibration.publish(observer, CommitteeFixture.ROUND, LocalDate.of(2026, 3, 2)));
        refused(() -> f.committee.updateSettings(chair, Map.of("committee.publicity.workingDays", "7")));
        refused(() -> f.committee.peerReviewInput(m2, CommitteeFixture.ROUND));
        // the administrator runs the process but never votes
        var ballot = f.calibration.openBallot(chair, panel.id(), f.p(2), "EXCELLENT");
        refused(() -> f.calibration.vote(f.admin, ballot.id(), VoteChoice.FOR));
        refused(() -> f.calibration.vote(observer, ballot.id(), VoteChoice.FOR));
    }

    @Test
    void aMemberSeesOnlyThePanelsTheySitOn() {
        assertEquals(List.of(panel.id()), f.committee.panels(m2, CommitteeFixture.ROUND).stream().map(Panel::id)
                .toList());
        assertTrue(f.committee.panels(outsider, CommitteeFixture.ROUND).isEmpty());
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> f.committee.panel(outsider, panel.id()));
        assertEquals("error.access.notOnPanel", e.key());
        refused(() -> f.calibration.agenda(outsider, panel.id()));
        assertEquals(1, f.committee.panels(f.admin, CommitteeFixture.ROUND).size());
    }

    @Test
    void coAuthorshipInTheDataIsFoundAndBlocksAssignment() {
        List<ConflictRow> rows = f.committee.conflicts(chair, CommitteeFixture.ROUND);
        ConflictRow row = rows.stream().filter(r -> r.reviewer().equals(m1.id())).findFirst().orElseThrow();
        assertEquals(f.p(1), row.person());
        assertEquals(ConflictKind.CO_AUTHORSHIP, row.reasons().get(0).kind());
        assertEquals(List.of(f.sharedPaper.id()), row.reasons().get(0).evidence());
        assertTrue(row.barring());

        UserFacingException e = assertThrows(UserFacingException.class, () -> f.committee.assign(chair, panel.id(),
                List.of(new ReviewAssignment(panel.id(), m1.id(), f.p(1))), false));
        assertEquals("error.committee.assignConflicted", e.key());

        AutoAssignment auto = f.committee.autoAssign(chair, panel.id(), 2);
        assertFalse(auto.added().contains(new ReviewAssignment(panel.id(), m1.id(), f.p(1))));
        // three reviewers (chair, m1, m2) for five people, two each: 10 assignments, P1 only has chair and m2
        assertEquals(10, auto.added().size());
        assertTrue(auto.shortOfReviewers().isEmpty());

        // members see only their own conflicts; the check is on the record
        assertEquals(1, f.committee.conflicts(m1, CommitteeFixture.ROUND).size());
        assertTrue(f.committee.conflicts(m2, CommitteeFixture.ROUND).isEmpty());
        assertTrue(f.calibration.record(chair, CommitteeFixture.ROUND).stream()
                .anyMatch(ev -> ev.kind().equals("CONFLICT_CHECK")));
    }

    @Test
    void aDeclarationMadeLaterBarsAtOnceAndAnOverrideNeedsAReason() {
        f.committee.assign(chair, panel.id(), List.of(new ReviewAssignment(panel.id(), m2.id(), f.p(3))), false);
        f.committee.declare(m2, new ConflictDeclaration(0, m2.id(), f.p(3), DeclarationKind.FAMILY, "配偶"));
        assertTrue(f.committee.myForms(m2, panel.id()).isEmpty(), "a conflicted reviewer gets no form");
        refused(() -> f.committee.reviewsOf(m2, panel.id(), f.p(3)));
        refused(() -> f.committee.declare(m2, new ConflictDeclaration(0, m1.id(), f.p(3), DeclarationKind.FAMILY,
                "")));
        assertEquals("committee.override.reasonRequired", assertThrows(InvalidInputException.class,
                () -> f.committee.overrideConflict(chair, CommitteeFixture.ROUND, m2.id(), f.p(3), " ")).code());
        f.committee.overrideConflict(chair, CommitteeFixture.ROUND, m2.id(), f.p(3), "已离婚，经核实");
        assertEquals(1, f.committee.myForms(m2, panel.id()).size());
        assertTrue(f.calibration.record(chair, CommitteeFixture.ROUND).stream()
                .anyMatch(ev -> ev.kind().equals("CONFLICT_OVERRIDDEN") && ev.detail().equals("已离婚，经核实")));
    }

    @Test
    void exclusionRequestsAreLimitedToThree() {
        Principal[] experts = {chair, m1, m2, observer};
        for (int i = 0; i < 3; i++) {
            f.committee.declare(f.admin, new ConflictDeclaration(CommitteeFixture.ROUND, experts[i].id(), f.p(4),
                    DeclarationKind.EXCLUSION_REQUEST, ""));
        }
        assertEquals("committee.exclusion.tooMany", assertThrows(InvalidInputException.class,
                () -> f.committee.declare(f.admin, new ConflictDeclaration(CommitteeFixture.ROUND, observer.id(),
                        f.p(4), DeclarationKind.EXCLUSION_REQUEST, ""))).code());
        refused(() -> f.committee.declare(m2, new ConflictDeclaration(CommitteeFixture.ROUND, m2.id(), f.p(5),
                DeclarationKind.EXCLUSION_REQUEST, "")));
    }

    @Test
    void aReviewerSeesNoOtherReviewUntilTheyHaveSubmittedTheirOwn() {
        f.committee.assign(chair, panel.id(), List.of(new ReviewAssignment(panel.id(), chair.id(), f.p(2)),
                new ReviewAssignment(panel.id(), m2.id(), f.p(2))), true);
        f.committee.saveReview(chair, filled(formFor(chair, f.p(2)), 8, 4), true);
        f.committee.saveReview(m2, filled(formFor(m2, f.p(2)), 6, 3), false);

        PersonReviews blind = f.committee.reviewsOf(m2, panel.id(), f.p(2));
        assertTrue(blind.blind());
        assertEquals(1, blind.reviews().size());
        assertTrue(blind.reviews().get(0).mine());
        assertTrue(f.calibration.agenda(m2, panel.id()).stream().filter(a -> a.discussion().person().equals(f.p(2)))
                .allMatch(a -> a.review() == null), "no aggregate while blind");

        f.committee.saveReview(m2, filled(formFor(m2, f.p(2)), 6, 3), true);
        PersonReviews open = f.committee.reviewsOf(m2, panel.id(), f.p(2));
        assertFalse(open.blind());
        assertEquals(2, open.reviews().size());
        ReviewView other = open.reviews().stream().filter(v -> !v.mine()).findFirst().orElseThrow();
        assertEquals("", other.reviewerName(), "members do not see whose review it is");

        assertEquals("error.committee.reviewSubmitted", assertThrows(UserFacingException.class,
                () -> f.committee.saveReview(m2, filled(formFor(m2, f.p(2)), 9, 3), true)).key());
        // (8 + 6) / 2: the engine's peer-review input
        assertEquals(7.0, f.committee.peerReviewInput(chair, CommitteeFixture.ROUND).get(f.p(2)), 1e-9);
    }

    @Test
    void aBallotCountsOnlyEligibleMembersAndShowsItsTallyAfterClosing() {
        // m1 is conflicted with P1: eligible are chair and m2 (the observer never votes) -> 2 needed
        BallotView open = f.calibration.openBallot(chair, panel.id(), f.p(1), "EXCELLENT");
        assertEquals(2, open.eligible());
        refused(() -> f.calibration.vote(m1, open.id(), VoteChoice.AGAINST));
        f.calibration.vote(chair, open.id(), VoteChoice.FOR);
        f.calibration.vote(m2, open.id(), VoteChoice.ABSTAIN);
        assertEquals("committee.ballot.alreadyVoted", assertThrows(InvalidInputException.class,
                () -> f.calibration.vote(m2, open.id(), VoteChoice.FOR)).code());
        BallotView seen = f.calibration.ballot(m2, open.id());
        assertNull(seen.tally(), "no tally while open");
        assertTrue(seen.callerVoted());
        BallotView closed = f.calibration.closeBallot(chair, open.id());
        assertEquals(1, closed.tally().votesFor());
        assertFalse(closed.tally().passed(), "1 of 2 eligible is not more than half");
    }

    private void decideAll(AppraisalGrade forP2, Long ballot) {
        f.calibration.decideGrade(chair, panel.id(), f.p(1), AppraisalGrade.EXCELLENT, null);
        f.calibration.decideGrade(chair, panel.id(), f.p(2), forP2, ballot);
        for (int i = 3; i <= 5; i++) {
            f.calibration.decideGrade(chair, panel.id(), f.p(i), AppraisalGrade.QUALIFIED, null);
        }
    }

    @Test
    void aRoundIsFinalisedOnlyWhenQuotasHoldPublicityIsOverAndObjectionsAreSettled() {
        // P2 proposed QUALIFIED (cap floor(5 x 20%) = 1); excellent needs a passed ballot
        assertEquals("error.committee.ballotRequired", assertThrows(UserFacingException.class,
                () -> f.calibration.decideGrade(chair, panel.id(), f.p(2), AppraisalGrade.EXCELLENT, null)).key());
        BallotView b = f.calibration.openBallot(chair, panel.id(), f.p(2), "EXCELLENT");
        f.calibration.vote(chair, b.id(), VoteChoice.FOR);
        f.calibration.vote(m1, b.id(), VoteChoice.FOR);
        f.calibration.closeBallot(chair, b.id());
        decideAll(AppraisalGrade.EXCELLENT, b.id());

        QuotaStatus q = f.calibration.quotas(chair, panel.id());
        assertFalse(q.satisfied());
        assertEquals(2, q.quotas().get(0).holding());
        assertEquals(1, q.quotas().get(0).cap());
        UserFacingException broken = assertThrows(UserFacingException.class,
                () -> f.calibration.publish(chair, CommitteeFixture.ROUND, LocalDate.of(2026, 3, 2)));
        assertEquals("error.committee.quotaBroken", broken.key());

        f.calibration.overrideQuota(chair, panel.id(), AppraisalGrade.EXCELLENT, "两人并列，委员会表决通过");
        var publicity = f.calibration.publish(chair, CommitteeFixture.ROUND, LocalDate.of(2026, 3, 2));
        assertEquals(LocalDate.of(2026, 3, 6), publicity.end());
        assertEquals("error.committee.publicityRunning", assertThrows(UserFacingException.class,
                () -> f.calibration.finalise(chair, CommitteeFixture.ROUND)).key());

        Objection o = f.calibration.recordObjection(f.admin, CommitteeFixture.ROUND, f.p(3),
                LocalDate.of(2026, 3, 4), "本人代表作评审有误");
        f.clock.advance(Duration.ofDays(5));
        assertEquals("error.committee.objectionsPending", assertThrows(UserFacingException.class,
                () -> f.calibration.finalise(chair, CommitteeFixture.ROUND)).key());
        f.calibration.resolveObjection(f.admin, CommitteeFixture.ROUND, o.id(), "复核评审意见，维持原结论",
                ObjectionOutcome.REJECTED);

        RoundLock lock = f.calibration.finalise(chair, CommitteeFixture.ROUND);
        assertEquals(64, lock.fingerprint().length());
        assertTrue(f.calibration.verify(observer, CommitteeFixture.ROUND).intact());
        assertEquals("error.committee.roundLocked", assertThrows(UserFacingException.class,
                () -> f.calibration.decideGrade(chair, panel.id(), f.p(3), AppraisalGrade.QUALIFIED, null)).key());

        // a grade changed behind the application's back no longer matches the fingerprint
        f.db.inTransaction(r -> {
            var g = r.committeeDecisions().grades(panel.id()).get(4);
            r.committeeDecisions().saveGrade(new org.talentbench.core.committee.GradeDecision(g.panelId(),
                    g.person(), g.proposed(), AppraisalGrade.EXCELLENT, g.decidedBy(), g.decidedAt(), null));
            return null;
        });
        LockCheck check = f.calibration.verify(chair, CommitteeFixture.ROUND);
        assertFalse(check.intact());
        assertEquals(lock.fingerprint(), check.stored());
    }
}
