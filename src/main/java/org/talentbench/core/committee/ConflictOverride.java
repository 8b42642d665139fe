package org.talentbench.core.committee;

import java.time.Instant;
import java.util.Objects;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The chair's decision that a detected or declared conflict does not bar a reviewer in one round. A reason is
 * mandatory: an override without one is refused ({@code committee.override.reasonRequired}).
 */
public record ConflictOverride(long roundId, AccountId reviewer, ResearcherId person, String reason, AccountId by,
                               Instant at) {
    public ConflictOverride {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("committee.override.reasonRequired");
        }
        reason = reason.strip();
    }
}
