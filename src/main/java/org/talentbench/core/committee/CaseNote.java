package org.talentbench.core.committee;

import java.time.Instant;
import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/** The minutes of one case in a panel's meeting and whether it has been discussed. */
public record CaseNote(long panelId, ResearcherId person, String minutes, boolean discussed, AccountId updatedBy,
                       Instant updatedAt) {
    public CaseNote {
        Objects.requireNonNull(person, "person");
        minutes = minutes == null ? "" : minutes;
    }
}
