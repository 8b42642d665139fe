package org.talentbench.core.tech;

import java.util.List;
import java.util.Objects;

/**
 * A technology suggested for an output (or a text), with its score and the terms that produced it. A person
 * accepts or rejects it; the suggestion itself is never stored as a tag.
 */
public record TagSuggestion(String code, double score, List<MatchedTerm> matches) {
    public TagSuggestion {
        Objects.requireNonNull(code, "code");
        matches = List.copyOf(matches);
    }

    /** The distinct matched terms, in the order found. */
    public List<String> terms() {
        return matches.stream().map(MatchedTerm::term).distinct().toList();
    }
}
