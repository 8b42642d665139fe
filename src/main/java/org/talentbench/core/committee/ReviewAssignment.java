package org.talentbench.core.committee;

import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/** A reviewer assigned to review a person's representative works in a panel. */
public record ReviewAssignment(long panelId, AccountId reviewer, ResearcherId person) {
    public ReviewAssignment {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(person, "person");
    }
}
