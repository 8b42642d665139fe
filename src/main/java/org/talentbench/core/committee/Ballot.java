package org.talentbench.core.committee;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.ResearcherId;

/**
 * An anonymous ballot on one proposal about one person (for example "grade EXCELLENT"). It keeps who is eligible (the
 * panel's voting members less the conflicted, fixed when the ballot opens), who <em>has</em> voted (so nobody votes
 * twice) and the running counts — but never which member cast which vote: the two are separate and nothing links
 * them. The counts are shown only after the ballot closes ({@link #tally()}).
 *
 * <p>Immutable: {@link #cast} and {@link #close} return a new ballot.
 */
public record Ballot(long id, long panelId, ResearcherId person, String proposal, Set<AccountId> eligible,
                     Set<AccountId> voted, int votesFor, int against, int abstentions, BallotStatus status,
                     Instant openedAt, Instant closedAt) {
    public Ballot {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(proposal, "proposal");
        eligible = Set.copyOf(eligible);
        voted = Set.copyOf(voted);
        status = status == null ? BallotStatus.OPEN : status;
        if (!eligible.containsAll(voted) || votesFor + against + abstentions != voted.size()) {
            throw new InvalidInputException("committee.ballot.counts", eligible.size(), votesFor, against,
                    abstentions);
        }
    }

    public static Ballot open(long panelId, ResearcherId person, String proposal, Set<AccountId> eligible,
                              Instant at) {
        return new Ballot(0, panelId, person, proposal, eligible, Set.of(), 0, 0, 0, BallotStatus.OPEN, at, null);
    }

    public Ballot withId(long newId) {
        return new Ballot(newId, panelId, person, proposal, eligible, voted, votesFor, against, abstentions, status,
                openedAt, closedAt);
    }

    /**
     * Records one anonymous vote. Refused when the ballot is closed ({@code committee.ballot.closed}), the member
     * is not eligible — not on the panel or conflicted ({@code committee.ballot.notEligible}) — or has voted
     * already ({@code committee.ballot.alreadyVoted}).
     */
    public Ballot cast(AccountId voter, VoteChoice choice) {
        Objects.requireNonNull(choice, "choice");
        if (status != BallotStatus.OPEN) {
            throw new InvalidInputException("committee.ballot.closed");
        }
        if (!eligible.contains(voter)) {
            throw new InvalidInputException("committee.ballot.notEligible");
        }
        if (voted.contains(voter)) {
            throw new InvalidInputException("committee.ballot.alreadyVoted");
        }
        Set<AccountId> now = new HashSet<>(voted);
        now.add(voter);
        return new Ballot(id, panelId, person, proposal, eligible, now,
                votesFor + (choice == VoteChoice.FOR ? 1 : 0), against + (choice == VoteChoice.AGAINST ? 1 : 0),
                abstentions + (choice == VoteChoice.ABSTAIN ? 1 : 0), status, openedAt, closedAt);
    }

    public Ballot close(Instant at) {
        if (status == BallotStatus.CLOSED) {
            throw new InvalidInputException("committee.ballot.closed");
        }
        return new Ballot(id, panelId, person, proposal, eligible, voted, votesFor, against, abstentions,
                BallotStatus.CLOSED, openedAt, at);
    }

    /** The counts and outcome; refused while the ballot is open ({@code committee.ballot.stillOpen}). */
    public Tally tally() {
        if (status != BallotStatus.CLOSED) {
            throw new InvalidInputException("committee.ballot.stillOpen");
        }
        return VoteCounter.count(eligible.size(), votesFor, against, abstentions);
    }
}
