package org.talentbench.store;

import static org.talentbench.store.generated.Tables.BALLOT;
import static org.talentbench.store.generated.Tables.BALLOT_ELIGIBLE;
import static org.talentbench.store.generated.Tables.BALLOT_VOTER;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Ballot;
import org.talentbench.core.committee.BallotStatus;
import org.talentbench.core.committee.VoteChoice;
import org.talentbench.core.repo.BallotRepository;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.store.generated.tables.records.BallotRecord;

/**
 * Ballots as counts. A vote is one insert into {@code ballot_voter} (who has voted, no time, no choice) and one
 * increment of a count guarded by the ballot being open; nothing joins the two.
 */
final class JooqBallotRepository implements BallotRepository {
    private final DSLContext dsl;

    JooqBallotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Ballot insert(Ballot b) {
        BallotRecord r = dsl.newRecord(BALLOT);
        r.setPanelId(b.panelId());
        r.setResearcherId(b.person().value());
        r.setProposal(b.proposal());
        r.setStatus(b.status().name());
        r.setVotesFor(b.votesFor());
        r.setAgainst(b.against());
        r.setAbstentions(b.abstentions());
        r.setOpenedAt(Times.utc(b.openedAt()));
        r.setClosedAt(Times.utc(b.closedAt()));
        r.store();
        for (AccountId a : b.eligible()) {
            dsl.insertInto(BALLOT_ELIGIBLE, BALLOT_ELIGIBLE.BALLOT_ID, BALLOT_ELIGIBLE.ACCOUNT_ID)
                    .values(r.getId(), a.value()).execute();
        }
        for (AccountId a : b.voted()) {
            dsl.insertInto(BALLOT_VOTER, BALLOT_VOTER.BALLOT_ID, BALLOT_VOTER.ACCOUNT_ID)
                    .values(r.getId(), a.value()).execute();
        }
        return b.withId(r.getId());
    }

    @Override
    public Optional<Ballot> findById(long id) {
        return dsl.selectFrom(BALLOT).where(BALLOT.ID.eq(id)).fetchOptional().map(this::toCore);
    }

    @Override
    public List<Ballot> findByPanel(long panelId) {
        return dsl.selectFrom(BALLOT).where(BALLOT.PANEL_ID.eq(panelId)).orderBy(BALLOT.ID).fetch()
                .map(this::toCore);
    }

    @Override
    public void recordVote(long ballotId, AccountId voter, VoteChoice choice) {
        Field<Integer> count = switch (choice) {
            case FOR -> BALLOT.VOTES_FOR;
            case AGAINST -> BALLOT.AGAINST;
            case ABSTAIN -> BALLOT.ABSTENTIONS;
        };
        int n = dsl.update(BALLOT).set(count, count.plus(1))
                .where(BALLOT.ID.eq(ballotId)).and(BALLOT.STATUS.eq(BallotStatus.OPEN.name())).execute();
        if (n == 0) {
            throw new InvalidInputException("committee.ballot.closed");
        }
        dsl.insertInto(BALLOT_VOTER, BALLOT_VOTER.BALLOT_ID, BALLOT_VOTER.ACCOUNT_ID)
                .values(ballotId, voter.value()).execute();
    }

    @Override
    public void close(long ballotId, Instant at) {
        dsl.update(BALLOT).set(BALLOT.STATUS, BallotStatus.CLOSED.name()).set(BALLOT.CLOSED_AT, Times.utc(at))
                .where(BALLOT.ID.eq(ballotId)).execute();
    }

    private Ballot toCore(BallotRecord r) {
        Set<AccountId> eligible = new HashSet<>(dsl.select(BALLOT_ELIGIBLE.ACCOUNT_ID).from(BALLOT_ELIGIBLE)
                .where(BALLOT_ELIGIBLE.BALLOT_ID.eq(r.getId())).fetch(x -> new AccountId(x.value1())));
        Set<AccountId> voted = new HashSet<>(dsl.select(BALLOT_VOTER.ACCOUNT_ID).from(BALLOT_VOTER)
                .where(BALLOT_VOTER.BALLOT_ID.eq(r.getId())).fetch(x -> new AccountId(x.value1())));
        return new Ballot(r.getId(), r.getPanelId(), new ResearcherId(r.getResearcherId()), r.getProposal(),
                eligible, voted, r.getVotesFor(), r.getAgainst(), r.getAbstentions(),
                BallotStatus.valueOf(r.getStatus()), Times.instant(r.getOpenedAt()), Times.instant(r.getClosedAt()));
    }
}
