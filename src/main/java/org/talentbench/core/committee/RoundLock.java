package org.talentbench.core.committee;

import java.time.Instant;
import java.util.Objects;

/**
 * A finalised, locked round: when, by whom, and the SHA-256 fingerprint of its canonical outcome text (stored with
 * it) so that a later check can tell whether anything behind the result was changed since ({@link OutcomeFingerprint}).
 */
public record RoundLock(long roundId, Instant lockedAt, AccountId by, String fingerprint, String content) {
    public RoundLock {
        Objects.requireNonNull(lockedAt, "lockedAt");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(content, "content");
    }
}
