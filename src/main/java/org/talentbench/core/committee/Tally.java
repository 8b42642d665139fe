package org.talentbench.core.committee;

/**
 * The counts of a closed ballot and its outcome: {@code eligible} members (the panel's voters less the conflicted),
 * votes for, against and abstentions, those who did not vote, the votes needed (more than half of the eligible:
 * ⌊eligible / 2⌋ + 1) and whether the proposal passed.
 */
public record Tally(int eligible, int votesFor, int against, int abstentions, int notVoted, int needed,
                    boolean passed) {
}
