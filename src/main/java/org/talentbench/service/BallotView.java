package org.talentbench.service;

import org.talentbench.core.committee.BallotStatus;
import org.talentbench.core.committee.Tally;
import org.talentbench.core.researcher.ResearcherId;

/**
 * A ballot as a member sees it: how many may vote and have voted, whether the caller may and did, and the tally —
 * {@code null} until the ballot is closed.
 */
public record BallotView(long id, long panelId, ResearcherId person, String proposal, BallotStatus status,
                         int eligible, int voted, boolean callerEligible, boolean callerVoted, Tally tally) {
}
