package org.talentbench.core.committee;

import org.talentbench.core.researcher.ResearcherId;

/** One case of the meeting's agenda: its place (1-based), the person, their rank and why it is placed there. */
public record DiscussionCase(int position, ResearcherId person, Integer rank, DiscussionReason reason) {
}
