package org.talentbench.core.round;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.scheme.SchemeRef;

/**
 * The header of a scoring snapshot: which round, when, the engine version, the fingerprint of every input that went
 * in, the reference date and the scheme versions used, and how many cards it holds. A snapshot is never changed
 * after it is stored; scoring again makes a new one.
 */
public record SnapshotInfo(long id, long roundId, LocalDateTime createdAt, String engineVersion,
                           String inputsFingerprint, LocalDate referenceDate, Map<ResearchCategory, SchemeRef> schemes,
                           int cardCount) {
    public SnapshotInfo {
        Objects.requireNonNull(createdAt, "createdAt");
        schemes = schemes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(schemes));
    }

    public SnapshotInfo withId(long newId) {
        return new SnapshotInfo(newId, roundId, createdAt, engineVersion, inputsFingerprint, referenceDate, schemes,
                cardCount);
    }
}
