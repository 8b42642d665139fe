package org.talentbench.core.committee;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the committee record: who did what, when, in which round, about which person and reviewer, with a
 * short detail (a reason, a grade, a count — never a vote's choice). Append-only. {@code kind} is a stable code
 * ({@code event.<kind>} in the UI).
 */
public record CommitteeEvent(long id, Instant at, AccountId actor, long roundId, String kind, Long personId,
                             Long reviewerId, String detail) {
    public CommitteeEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }
}
