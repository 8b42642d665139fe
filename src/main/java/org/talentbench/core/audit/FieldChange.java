package org.talentbench.core.audit;

import java.util.Objects;

/**
 * One changed field of one record, before it is stamped and chained: the entity ({@code researcher}, {@code output},
 * {@code representative_work}), its id, the field path and the old and new values as text ({@code null} where the
 * record or the field did not exist). Immutable.
 */
public record FieldChange(String entity, long entityId, String field, String oldValue, String newValue) {
    public FieldChange {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(field, "field");
    }
}
