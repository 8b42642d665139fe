package org.talentbench.core.committee;

import java.util.Objects;

/** A reviewer offered to automatic assignment: who, their discipline ("" when unknown) and current load. */
public record ReviewerLoad(Reviewer reviewer, String discipline, int assigned) {
    public ReviewerLoad {
        Objects.requireNonNull(reviewer, "reviewer");
        discipline = discipline == null ? "" : discipline;
    }
}
