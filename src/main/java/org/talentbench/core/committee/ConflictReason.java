package org.talentbench.core.committee;

import java.util.List;
import java.util.Objects;
import org.talentbench.core.researcher.OutputId;

/**
 * One reason a reviewer is conflicted with a person: its kind, the evidence (the shared outputs for co-authorship and
 * projects, newest first) and the free note of a declaration.
 */
public record ConflictReason(ConflictKind kind, List<OutputId> evidence, String note) {
    public ConflictReason {
        Objects.requireNonNull(kind, "kind");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        note = note == null ? "" : note;
    }

    public static ConflictReason of(ConflictKind kind) {
        return new ConflictReason(kind, List.of(), "");
    }
}
