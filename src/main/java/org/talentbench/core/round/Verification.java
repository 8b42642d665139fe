package org.talentbench.core.round;

import java.time.LocalDateTime;
import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The outcome of data verification for one participant (Leiden Manifesto principle 5: those evaluated can check the
 * data): confirmed by the researcher, or corrected, with a note of the corrections made.
 */
public record Verification(ResearcherId researcherId, Status status, String note, String actor, LocalDateTime at) {
    /** Confirmed as it stands, or corrected. */
    public enum Status { CONFIRMED, CORRECTED }

    public Verification {
        Objects.requireNonNull(researcherId, "researcherId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        actor = actor == null ? "" : actor;
    }
}
