package org.talentbench.core.committee;

import java.util.List;
import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/**
 * A reviewer–person pair with every reason they are conflicted, and the chair's override if one was recorded.
 * An overridden conflict is kept (it is part of the record) but no longer bars the reviewer.
 */
public record Conflict(AccountId reviewer, ResearcherId person, List<ConflictReason> reasons,
                       ConflictOverride override) {
    public Conflict {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(person, "person");
        reasons = List.copyOf(reasons);
    }

    /** Whether the conflict bars the reviewer: it has a reason and no override. */
    public boolean barring() {
        return !reasons.isEmpty() && override == null;
    }

    public boolean has(ConflictKind kind) {
        return reasons.stream().anyMatch(r -> r.kind() == kind);
    }
}
