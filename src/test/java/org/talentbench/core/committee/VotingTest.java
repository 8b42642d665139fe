package org.talentbench.core.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.ResearcherId;

class VotingTest {
    @ParameterizedTest(name = "{0} eligible, {1} for, {2} against, {3} abstain -> needed {4}, passed {5}")
    @CsvSource({
        // more than half of the eligible: 9 -> 5, 8 -> 5, 7 -> 4
        "9, 5, 4, 0, 5, true",
        "9, 4, 0, 5, 5, false",   // abstentions do not help
        "8, 4, 4, 0, 5, false",   // exactly half is not more than half
        "8, 5, 0, 0, 5, true",    // three did not vote: still 5 of 8
        "7, 4, 0, 3, 4, true",
        "7, 3, 1, 0, 4, false",   // three absent count as not-for
        "1, 1, 0, 0, 1, true",
        "0, 0, 0, 0, 1, false",   // everyone recused: nothing passes
    })
    void theMajorityIsMoreThanHalfOfTheEligible(int eligible, int yes, int no, int abstain, int needed,
                                                boolean passed) {
        Tally t = VoteCounter.count(eligible, yes, no, abstain);
        assertEquals(needed, t.needed());
        assertEquals(passed, t.passed());
        assertEquals(eligible - yes - no - abstain, t.notVoted());
    }

    private static Set<AccountId> members(long... ids) {
        return LongStream.of(ids).mapToObj(AccountId::new).collect(Collectors.toSet());
    }

    @Test
    void recusedMembersAreNotEligibleAndShrinkTheMajority() {
        // a panel of 7 with 2 conflicted: 5 eligible, 3 votes for pass
        Ballot b = Ballot.open(1, new ResearcherId(9), "EXCELLENT", members(1, 2, 3, 4, 5), Instant.EPOCH);
        assertEquals("committee.ballot.notEligible", assertThrows(InvalidInputException.class,
                () -> b.cast(new AccountId(6), VoteChoice.FOR)).code());
        Ballot voted = b.cast(new AccountId(1), VoteChoice.FOR).cast(new AccountId(2), VoteChoice.FOR)
                .cast(new AccountId(3), VoteChoice.FOR).cast(new AccountId(4), VoteChoice.ABSTAIN);
        Tally t = voted.close(Instant.EPOCH).tally();
        assertEquals(new Tally(5, 3, 0, 1, 1, 3, true), t);
    }

    @Test
    void theTallyIsHiddenWhileTheBallotIsOpen() {
        Ballot b = Ballot.open(1, new ResearcherId(9), "EXCELLENT", members(1, 2), Instant.EPOCH)
                .cast(new AccountId(1), VoteChoice.FOR);
        assertEquals("committee.ballot.stillOpen",
                assertThrows(InvalidInputException.class, b::tally).code());
    }

    @Test
    void nobodyVotesTwiceAndNobodyVotesAfterTheClose() {
        Ballot b = Ballot.open(1, new ResearcherId(9), "EXCELLENT", members(1, 2), Instant.EPOCH)
                .cast(new AccountId(1), VoteChoice.AGAINST);
        assertEquals("committee.ballot.alreadyVoted", assertThrows(InvalidInputException.class,
                () -> b.cast(new AccountId(1), VoteChoice.FOR)).code());
        Ballot closed = b.close(Instant.EPOCH);
        assertEquals("committee.ballot.closed", assertThrows(InvalidInputException.class,
                () -> closed.cast(new AccountId(2), VoteChoice.FOR)).code());
    }

    @Test
    void theBallotKnowsWhoVotedButNotHow() {
        Ballot b = Ballot.open(1, new ResearcherId(9), "EXCELLENT", members(1, 2, 3), Instant.EPOCH)
                .cast(new AccountId(2), VoteChoice.AGAINST).cast(new AccountId(3), VoteChoice.FOR);
        assertEquals(members(2, 3), b.voted());
        // the only other state is the counts: no field relates an account to a choice
        for (var c : Ballot.class.getRecordComponents()) {
            assertEquals(false, c.getGenericType().getTypeName().contains("VoteChoice"), c.getName());
        }
    }
}
