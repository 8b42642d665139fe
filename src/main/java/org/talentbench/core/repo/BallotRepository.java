package org.talentbench.core.repo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Ballot;
import org.talentbench.core.committee.VoteChoice;

/**
 * Anonymous ballots. A vote adds the voter to the ballot's voters and one to a count in the same transaction; no row
 * ever holds a voter together with a choice.
 */
public interface BallotRepository {
    Ballot insert(Ballot ballot);

    Optional<Ballot> findById(long id);

    List<Ballot> findByPanel(long panelId);

    void recordVote(long ballotId, AccountId voter, VoteChoice choice);

    void close(long ballotId, Instant at);
}
