package org.talentbench.core.round;

import java.time.LocalDateTime;
import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/** A staff decision to include or exclude one researcher from a round, with its reason, author and time. */
public record ParticipantOverride(ResearcherId researcherId, boolean included, String reason, String actor,
                                  LocalDateTime at) {
    public ParticipantOverride {
        Objects.requireNonNull(researcherId, "researcherId");
        reason = reason == null ? "" : reason;
        actor = actor == null ? "" : actor;
    }
}
