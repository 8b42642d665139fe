package org.talentbench.core.round;

import java.time.LocalDateTime;
import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/** An ungraded progress note (进展报告) of a researcher in mid-cycle, kept with the round. */
public record CheckIn(ResearcherId researcherId, String note, String actor, LocalDateTime at) {
    public CheckIn {
        Objects.requireNonNull(researcherId, "researcherId");
        note = note == null ? "" : note;
        actor = actor == null ? "" : actor;
    }
}
