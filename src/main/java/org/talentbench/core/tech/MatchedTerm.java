package org.talentbench.core.tech;

import java.util.Objects;

/** A term of a technology (as written in the list) found in one field: the evidence behind a suggestion. */
public record MatchedTerm(String term, MatchField field) {
    public MatchedTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(field, "field");
    }
}
