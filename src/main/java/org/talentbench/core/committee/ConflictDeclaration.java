package org.talentbench.core.committee;

import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/**
 * A declared relationship (advisor–student, family, an exclusion request by the person, or a reviewer's own
 * declaration). {@code roundId} 0 means it holds in every round (advisor–student and family are lifelong); an
 * exclusion request belongs to one round.
 */
public record ConflictDeclaration(long roundId, AccountId reviewer, ResearcherId person, DeclarationKind kind,
                                  String note) {
    public ConflictDeclaration {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        note = note == null ? "" : note;
    }

    /** Whether it applies to {@code round}: standing declarations apply to every round. */
    public boolean appliesTo(long round) {
        return roundId == 0 || roundId == round;
    }
}
