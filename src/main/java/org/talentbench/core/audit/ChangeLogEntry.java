package org.talentbench.core.audit;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One stored row of the change log: who changed which field of which record, when, from what to what, chained to the
 * row before it by {@link ChangeHash}. {@code changedAt} is UTC, truncated to milliseconds (what the hash covers).
 * Immutable.
 */
public record ChangeLogEntry(long id, LocalDateTime changedAt, String actor, String entity, long entityId, String field,
                             String oldValue, String newValue, String prevHash, String hash) {
    public ChangeLogEntry {
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** Whether this row's hash is the one {@link ChangeHash} computes from its contents and {@code prevHash}. */
    public boolean hashMatches() {
        return hash.equals(ChangeHash.of(prevHash, changedAt, actor, entity, entityId, field, oldValue, newValue));
    }
}
