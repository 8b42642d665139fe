package org.talentbench.core.committee;

import org.talentbench.core.InvalidInputException;

/**
 * The majority rule of committee decisions (policy-rules.md): a proposal passes with <em>more than half of the
 * eligible (non-conflicted) members</em> voting for it. Abstentions, votes against and members who did not vote all
 * count as not-for; recused members are not eligible. So 9 eligible members need 5 votes for, 8 need 5, 7 need 4;
 * with no eligible member nothing passes. Stateless.
 */
public final class VoteCounter {
    private VoteCounter() {
    }

    /** The smallest number of votes for that passes: ⌊eligible / 2⌋ + 1. */
    public static int needed(int eligible) {
        return eligible / 2 + 1;
    }

    public static Tally count(int eligible, int votesFor, int against, int abstentions) {
        if (eligible < 0 || votesFor < 0 || against < 0 || abstentions < 0
                || votesFor + against + abstentions > eligible) {
            throw new InvalidInputException("committee.ballot.counts", eligible, votesFor, against, abstentions);
        }
        int needed = needed(eligible);
        return new Tally(eligible, votesFor, against, abstentions, eligible - votesFor - against - abstentions,
                needed, eligible > 0 && votesFor >= needed);
    }
}
