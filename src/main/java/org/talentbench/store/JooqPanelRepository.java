package org.talentbench.store;

import static org.talentbench.store.generated.Tables.MEETING_STATE;
import static org.talentbench.store.generated.Tables.PANEL;
import static org.talentbench.store.generated.Tables.PANEL_MEMBER;
import static org.talentbench.store.generated.Tables.PANEL_PERSON;
import static org.talentbench.store.generated.Tables.REVIEW_ASSIGNMENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.ReviewAssignment;
import org.talentbench.core.repo.PanelRepository;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.store.generated.tables.records.PanelRecord;

final class JooqPanelRepository implements PanelRepository {
    private final DSLContext dsl;

    JooqPanelRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Panel insert(Panel panel, Instant at) {
        PanelRecord r = dsl.newRecord(PANEL);
        r.setRoundId(panel.roundId());
        r.setCohort(panel.cohort());
        r.setName(panel.name());
        r.setCreatedAt(Times.utc(at));
        r.store();
        replaceMembers(r.getId(), panel.members());
        replacePeople(r.getId(), panel.people());
        return panel.withId(r.getId());
    }

    @Override
    public Optional<Panel> findById(long id) {
        return load(PANEL.ID.eq(id)).stream().findFirst();
    }

    @Override
    public List<Panel> findByRound(long roundId) {
        return load(PANEL.ROUND_ID.eq(roundId));
    }

    @Override
    public List<Panel> findAll() {
        return load(DSL.noCondition());
    }

    private List<Panel> load(Condition where) {
        List<Panel> out = new ArrayList<>();
        for (PanelRecord r : dsl.selectFrom(PANEL).where(where).orderBy(PANEL.ROUND_ID, PANEL.ID).fetch()) {
            Set<AccountId> members = new HashSet<>(dsl.select(PANEL_MEMBER.ACCOUNT_ID).from(PANEL_MEMBER)
                    .where(PANEL_MEMBER.PANEL_ID.eq(r.getId())).fetch(x -> new AccountId(x.value1())));
            List<RankedScore> people = dsl.selectFrom(PANEL_PERSON).where(PANEL_PERSON.PANEL_ID.eq(r.getId()))
                    .orderBy(PANEL_PERSON.PERSON_RANK.asc().nullsLast(), PANEL_PERSON.RESEARCHER_ID)
                    .fetch(p -> new RankedScore(new ResearcherId(p.getResearcherId()), p.getPersonRank(),
                            p.getTotalScore()));
            out.add(new Panel(r.getId(), r.getRoundId(), r.getCohort(), r.getName(), members, people));
        }
        return out;
    }

    @Override
    public void replaceMembers(long panelId, Set<AccountId> members) {
        dsl.deleteFrom(PANEL_MEMBER).where(PANEL_MEMBER.PANEL_ID.eq(panelId)).execute();
        for (AccountId m : members) {
            dsl.insertInto(PANEL_MEMBER, PANEL_MEMBER.PANEL_ID, PANEL_MEMBER.ACCOUNT_ID).values(panelId, m.value())
                    .execute();
        }
    }

    @Override
    public void replacePeople(long panelId, List<RankedScore> people) {
        dsl.deleteFrom(PANEL_PERSON).where(PANEL_PERSON.PANEL_ID.eq(panelId)).execute();
        for (RankedScore p : people) {
            dsl.insertInto(PANEL_PERSON, PANEL_PERSON.PANEL_ID, PANEL_PERSON.RESEARCHER_ID, PANEL_PERSON.PERSON_RANK,
                    PANEL_PERSON.TOTAL_SCORE).values(panelId, p.person().value(), p.rank(), p.score()).execute();
        }
    }

    @Override
    public List<ReviewAssignment> assignments(long panelId) {
        return dsl.selectFrom(REVIEW_ASSIGNMENT).where(REVIEW_ASSIGNMENT.PANEL_ID.eq(panelId))
                .orderBy(REVIEW_ASSIGNMENT.RESEARCHER_ID, REVIEW_ASSIGNMENT.REVIEWER_ID)
                .fetch(r -> new ReviewAssignment(r.getPanelId(), new AccountId(r.getReviewerId()),
                        new ResearcherId(r.getResearcherId())));
    }

    @Override
    public void addAssignments(List<ReviewAssignment> assignments, String method, AccountId by, Instant at) {
        for (ReviewAssignment a : assignments) {
            boolean exists = dsl.fetchExists(REVIEW_ASSIGNMENT, REVIEW_ASSIGNMENT.PANEL_ID.eq(a.panelId())
                    .and(REVIEW_ASSIGNMENT.REVIEWER_ID.eq(a.reviewer().value()))
                    .and(REVIEW_ASSIGNMENT.RESEARCHER_ID.eq(a.person().value())));
            if (!exists) {
                dsl.insertInto(REVIEW_ASSIGNMENT, REVIEW_ASSIGNMENT.PANEL_ID, REVIEW_ASSIGNMENT.REVIEWER_ID,
                        REVIEW_ASSIGNMENT.RESEARCHER_ID, REVIEW_ASSIGNMENT.METHOD, REVIEW_ASSIGNMENT.ASSIGNED_BY,
                        REVIEW_ASSIGNMENT.ASSIGNED_AT)
                        .values(a.panelId(), a.reviewer().value(), a.person().value(), method, by.value(),
                                Times.utc(at))
                        .execute();
            }
        }
    }

    @Override
    public void removeAssignment(ReviewAssignment a) {
        dsl.deleteFrom(REVIEW_ASSIGNMENT).where(REVIEW_ASSIGNMENT.PANEL_ID.eq(a.panelId()))
                .and(REVIEW_ASSIGNMENT.REVIEWER_ID.eq(a.reviewer().value()))
                .and(REVIEW_ASSIGNMENT.RESEARCHER_ID.eq(a.person().value())).execute();
    }

    @Override
    public Optional<ResearcherId> currentCase(long panelId) {
        return dsl.select(MEETING_STATE.RESEARCHER_ID).from(MEETING_STATE).where(MEETING_STATE.PANEL_ID.eq(panelId))
                .fetchOptional(MEETING_STATE.RESEARCHER_ID).map(ResearcherId::new);
    }

    @Override
    public void setCurrentCase(long panelId, ResearcherId person, Instant at) {
        Long id = person == null ? null : person.value();
        int n = dsl.update(MEETING_STATE).set(MEETING_STATE.RESEARCHER_ID, id)
                .set(MEETING_STATE.UPDATED_AT, Times.utc(at)).where(MEETING_STATE.PANEL_ID.eq(panelId)).execute();
        if (n == 0) {
            dsl.insertInto(MEETING_STATE, MEETING_STATE.PANEL_ID, MEETING_STATE.RESEARCHER_ID,
                    MEETING_STATE.UPDATED_AT).values(panelId, id, Times.utc(at)).execute();
        }
    }
}
