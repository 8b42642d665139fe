package org.talentbench.store;

import static org.talentbench.store.generated.Tables.CASE_NOTE;
import static org.talentbench.store.generated.Tables.COMMITTEE_EVENT;
import static org.talentbench.store.generated.Tables.GRADE_DECISION;
import static org.talentbench.store.generated.Tables.OBJECTION;
import static org.talentbench.store.generated.Tables.PUBLICITY;
import static org.talentbench.store.generated.Tables.QUOTA_OVERRIDE;
import static org.talentbench.store.generated.Tables.ROUND_LOCK;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.committee.CaseNote;
import org.talentbench.core.committee.CommitteeEvent;
import org.talentbench.core.committee.GradeDecision;
import org.talentbench.core.committee.Objection;
import org.talentbench.core.committee.ObjectionOutcome;
import org.talentbench.core.committee.Publicity;
import org.talentbench.core.committee.QuotaOverride;
import org.talentbench.core.committee.RoundLock;
import org.talentbench.core.repo.CommitteeDecisionRepository;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.store.generated.tables.records.ObjectionRecord;

final class JooqCommitteeDecisionRepository implements CommitteeDecisionRepository {
    private final DSLContext dsl;

    JooqCommitteeDecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static AccountId account(Long id) {
        return id == null ? null : new AccountId(id);
    }

    private static Long id(AccountId a) {
        return a == null ? null : a.value();
    }

    @Override
    public List<GradeDecision> grades(long panelId) {
        return dsl.selectFrom(GRADE_DECISION).where(GRADE_DECISION.PANEL_ID.eq(panelId))
                .orderBy(GRADE_DECISION.RESEARCHER_ID)
                .fetch(r -> new GradeDecision(r.getPanelId(), new ResearcherId(r.getResearcherId()),
                        AppraisalGrade.valueOf(r.getProposed()),
                        r.getDecided() == null ? null : AppraisalGrade.valueOf(r.getDecided()),
                        account(r.getDecidedBy()), Times.instant(r.getDecidedAt()), r.getBallotId()));
    }

    @Override
    public void saveGrade(GradeDecision g) {
        dsl.deleteFrom(GRADE_DECISION).where(GRADE_DECISION.PANEL_ID.eq(g.panelId()))
                .and(GRADE_DECISION.RESEARCHER_ID.eq(g.person().value())).execute();
        dsl.insertInto(GRADE_DECISION, GRADE_DECISION.PANEL_ID, GRADE_DECISION.RESEARCHER_ID, GRADE_DECISION.PROPOSED,
                GRADE_DECISION.DECIDED, GRADE_DECISION.DECIDED_BY, GRADE_DECISION.DECIDED_AT, GRADE_DECISION.BALLOT_ID)
                .values(g.panelId(), g.person().value(), g.proposed().name(),
                        g.decided() == null ? null : g.decided().name(), id(g.decidedBy()),
                        Times.utc(g.decidedAt()), g.ballotId())
                .execute();
    }

    @Override
    public List<QuotaOverride> quotaOverrides(long panelId) {
        return dsl.selectFrom(QUOTA_OVERRIDE).where(QUOTA_OVERRIDE.PANEL_ID.eq(panelId))
                .orderBy(QUOTA_OVERRIDE.GRADE)
                .fetch(r -> new QuotaOverride(r.getPanelId(), AppraisalGrade.valueOf(r.getGrade()), r.getReason(),
                        new AccountId(r.getOverriddenBy()), Times.instant(r.getOverriddenAt())));
    }

    @Override
    public void putQuotaOverride(QuotaOverride o) {
        dsl.deleteFrom(QUOTA_OVERRIDE).where(QUOTA_OVERRIDE.PANEL_ID.eq(o.panelId()))
                .and(QUOTA_OVERRIDE.GRADE.eq(o.grade().name())).execute();
        dsl.insertInto(QUOTA_OVERRIDE, QUOTA_OVERRIDE.PANEL_ID, QUOTA_OVERRIDE.GRADE, QUOTA_OVERRIDE.REASON,
                QUOTA_OVERRIDE.OVERRIDDEN_BY, QUOTA_OVERRIDE.OVERRIDDEN_AT)
                .values(o.panelId(), o.grade().name(), o.reason(), o.by().value(), Times.utc(o.at())).execute();
    }

    @Override
    public List<CaseNote> caseNotes(long panelId) {
        return dsl.selectFrom(CASE_NOTE).where(CASE_NOTE.PANEL_ID.eq(panelId)).orderBy(CASE_NOTE.RESEARCHER_ID)
                .fetch(r -> new CaseNote(r.getPanelId(), new ResearcherId(r.getResearcherId()), r.getMinutes(),
                        r.getDiscussed(), new AccountId(r.getUpdatedBy()), Times.instant(r.getUpdatedAt())));
    }

    @Override
    public void saveCaseNote(CaseNote n) {
        dsl.deleteFrom(CASE_NOTE).where(CASE_NOTE.PANEL_ID.eq(n.panelId()))
                .and(CASE_NOTE.RESEARCHER_ID.eq(n.person().value())).execute();
        dsl.insertInto(CASE_NOTE, CASE_NOTE.PANEL_ID, CASE_NOTE.RESEARCHER_ID, CASE_NOTE.MINUTES, CASE_NOTE.DISCUSSED,
                CASE_NOTE.UPDATED_BY, CASE_NOTE.UPDATED_AT)
                .values(n.panelId(), n.person().value(), n.minutes(), n.discussed(), n.updatedBy().value(),
                        Times.utc(n.updatedAt()))
                .execute();
    }

    @Override
    public Optional<Publicity> publicity(long roundId) {
        return dsl.selectFrom(PUBLICITY).where(PUBLICITY.ROUND_ID.eq(roundId))
                .fetchOptional(r -> new Publicity(r.getRoundId(), r.getStartDate(), r.getEndDate(),
                        r.getWorkingDays(), new AccountId(r.getPublishedBy()), Times.instant(r.getPublishedAt())));
    }

    @Override
    public void savePublicity(Publicity p) {
        dsl.deleteFrom(PUBLICITY).where(PUBLICITY.ROUND_ID.eq(p.roundId())).execute();
        dsl.insertInto(PUBLICITY, PUBLICITY.ROUND_ID, PUBLICITY.START_DATE, PUBLICITY.END_DATE, PUBLICITY.WORKING_DAYS,
                PUBLICITY.PUBLISHED_BY, PUBLICITY.PUBLISHED_AT)
                .values(p.roundId(), p.start(), p.end(), p.workingDays(), p.by().value(), Times.utc(p.publishedAt()))
                .execute();
    }

    @Override
    public List<Objection> objections(long roundId) {
        return dsl.selectFrom(OBJECTION).where(OBJECTION.ROUND_ID.eq(roundId)).orderBy(OBJECTION.ID)
                .fetch(JooqCommitteeDecisionRepository::toCore);
    }

    private static Objection toCore(ObjectionRecord r) {
        return new Objection(r.getId(), r.getRoundId(), new ResearcherId(r.getResearcherId()), r.getReceivedOn(),
                r.getObjectionText(), r.getHandling(), ObjectionOutcome.valueOf(r.getOutcome()),
                new AccountId(r.getRecordedBy()), Times.instant(r.getRecordedAt()), account(r.getResolvedBy()),
                Times.instant(r.getResolvedAt()));
    }

    @Override
    public Objection insertObjection(Objection o) {
        ObjectionRecord r = dsl.newRecord(OBJECTION);
        fill(r, o);
        r.store();
        return o.withId(r.getId());
    }

    @Override
    public void updateObjection(Objection o) {
        ObjectionRecord r = dsl.fetchSingle(OBJECTION, OBJECTION.ID.eq(o.id()));
        fill(r, o);
        r.store();
    }

    private static void fill(ObjectionRecord r, Objection o) {
        r.setRoundId(o.roundId());
        r.setResearcherId(o.person().value());
        r.setReceivedOn(o.received());
        r.setObjectionText(o.text());
        r.setHandling(o.handling());
        r.setOutcome(o.outcome().name());
        r.setRecordedBy(id(o.recordedBy()));
        r.setRecordedAt(Times.utc(o.recordedAt()));
        r.setResolvedBy(id(o.resolvedBy()));
        r.setResolvedAt(Times.utc(o.resolvedAt()));
    }

    @Override
    public Optional<RoundLock> lock(long roundId) {
        return dsl.selectFrom(ROUND_LOCK).where(ROUND_LOCK.ROUND_ID.eq(roundId))
                .fetchOptional(r -> new RoundLock(r.getRoundId(), Times.instant(r.getLockedAt()),
                        new AccountId(r.getLockedBy()), r.getFingerprint(), r.getContent()));
    }

    @Override
    public void insertLock(RoundLock l) {
        dsl.insertInto(ROUND_LOCK, ROUND_LOCK.ROUND_ID, ROUND_LOCK.LOCKED_AT, ROUND_LOCK.LOCKED_BY,
                ROUND_LOCK.FINGERPRINT, ROUND_LOCK.CONTENT)
                .values(l.roundId(), Times.utc(l.lockedAt()), l.by().value(), l.fingerprint(), l.content()).execute();
    }

    @Override
    public void log(CommitteeEvent e) {
        dsl.insertInto(COMMITTEE_EVENT, COMMITTEE_EVENT.OCCURRED_AT, COMMITTEE_EVENT.ACTOR_ID, COMMITTEE_EVENT.ROUND_ID,
                COMMITTEE_EVENT.KIND, COMMITTEE_EVENT.RESEARCHER_ID, COMMITTEE_EVENT.REVIEWER_ID, COMMITTEE_EVENT.DETAIL)
                .values(Times.utc(e.at()), id(e.actor()), e.roundId(), e.kind(), e.personId(), e.reviewerId(),
                        e.detail().length() > 2000 ? e.detail().substring(0, 2000) : e.detail())
                .execute();
    }

    @Override
    public List<CommitteeEvent> events(long roundId) {
        return dsl.selectFrom(COMMITTEE_EVENT).where(COMMITTEE_EVENT.ROUND_ID.eq(roundId)).orderBy(COMMITTEE_EVENT.ID)
                .fetch(r -> new CommitteeEvent(r.getId(), Times.instant(r.getOccurredAt()), account(r.getActorId()),
                        r.getRoundId(), r.getKind(), r.getResearcherId(), r.getReviewerId(), r.getDetail()));
    }
}
