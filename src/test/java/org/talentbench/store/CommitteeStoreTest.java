package org.talentbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbench.core.committee.Account;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Ballot;
import org.talentbench.core.committee.BallotStatus;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.Role;
import org.talentbench.core.committee.VoteChoice;
import org.talentbench.core.repo.StaleRecordException;
import org.talentbench.core.researcher.Researcher;

class CommitteeStoreTest {
    private Database db;

    @BeforeEach
    void open() {
        db = StoreFixtures.freshDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Account account(String login, Role role) {
        return new Account(AccountId.NEW, login, login, role, null, "", "", "$argon2id$v=19$m=8,t=1,p=1$x$y", true, 0,
                null, 0);
    }

    @Test
    void accountsRoundTripAndUpdatesAreOptimistic() {
        Account stored = db.inTransaction(r -> r.accounts().insert(account("chair", Role.CHAIR)));
        Account loaded = db.read(r -> r.accounts().findByLogin("chair")).orElseThrow();
        assertEquals(stored, loaded);
        Instant until = Instant.parse("2026-05-01T08:00:00Z");
        Account failed = db.inTransaction(r -> r.accounts().update(loaded.withFailures(3, until)));
        assertEquals(until, db.read(r -> r.accounts().findById(stored.id())).orElseThrow().lockedUntil());
        assertEquals(2, failed.version());
        assertThrows(StaleRecordException.class, () -> db.inTransaction(r -> r.accounts().update(loaded)));
    }

    @Test
    void aVoteIsStoredAsACountAndAVoterWithNothingLinkingThem() throws Exception {
        Researcher person = db.inTransaction(r -> r.researchers().insert(StoreFixtures.researcher("E1", "张三")));
        List<AccountId> members = new ArrayList<>();
        for (String login : List.of("a", "b", "c")) {
            members.add(db.inTransaction(r -> r.accounts().insert(account(login, Role.MEMBER))).id());
        }
        Panel panel = db.inTransaction(r -> r.panels().insert(new Panel(0, 7, "BASIC", "基础研究组",
                Set.copyOf(members), List.of(new RankedScore(person.id(), 1, 88.0))), Instant.EPOCH));
        Ballot ballot = db.inTransaction(r -> r.ballots().insert(Ballot.open(panel.id(), person.id(), "EXCELLENT",
                Set.copyOf(members), Instant.EPOCH)));
        db.inTransaction(r -> {
            r.ballots().recordVote(ballot.id(), members.get(0), VoteChoice.FOR);
            r.ballots().recordVote(ballot.id(), members.get(1), VoteChoice.AGAINST);
            return null;
        });
        Ballot loaded = db.read(r -> r.ballots().findById(ballot.id())).orElseThrow();
        assertEquals(Set.of(members.get(0), members.get(1)), loaded.voted());
        assertEquals(1, loaded.votesFor());
        assertEquals(1, loaded.against());

        try (Connection c = db.dsl().configuration().connectionProvider().acquire();
             ResultSet cols = c.getMetaData().getColumns(null, null, "BALLOT_VOTER", null)) {
            List<String> names = new ArrayList<>();
            while (cols.next()) {
                names.add(cols.getString("COLUMN_NAME"));
            }
            assertEquals(List.of("BALLOT_ID", "ACCOUNT_ID"), names, "no choice, no time beside the voter");
        }

        db.inTransaction(r -> {
            r.ballots().close(ballot.id(), Instant.EPOCH);
            return null;
        });
        assertEquals(BallotStatus.CLOSED, db.read(r -> r.ballots().findById(ballot.id())).orElseThrow().status());
        assertTrue(db.read(r -> r.panels().findByRound(7)).get(0).hasMember(members.get(2)));
    }
}
