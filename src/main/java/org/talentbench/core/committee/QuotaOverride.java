package org.talentbench.core.committee;

import java.time.Instant;
import java.util.Objects;
import org.talentbench.core.InvalidInputException;

/** The chair's recorded decision to finalise a panel although a grade quota does not hold; a reason is mandatory. */
public record QuotaOverride(long panelId, AppraisalGrade grade, String reason, AccountId by, Instant at) {
    public QuotaOverride {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("committee.override.reasonRequired");
        }
        reason = reason.strip();
    }
}
