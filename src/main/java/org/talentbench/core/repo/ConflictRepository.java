package org.talentbench.core.repo;

import java.time.Instant;
import java.util.List;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.ConflictDeclaration;
import org.talentbench.core.committee.ConflictOverride;

/** Declared conflicts (with who recorded them and when) and the chair's overrides, per round. */
public interface ConflictRepository {
    /** The declarations that apply to a round: its own and the standing ones (round 0). */
    List<ConflictDeclaration> declarations(long roundId);

    /** Stores a declaration unless the same one exists; returns whether it was new. */
    boolean declare(ConflictDeclaration declaration, AccountId by, Instant at);

    List<ConflictOverride> overrides(long roundId);

    /** Inserts or replaces the override of one reviewer–person pair. */
    void putOverride(ConflictOverride override);
}
