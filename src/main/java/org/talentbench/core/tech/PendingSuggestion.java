package org.talentbench.core.tech;

import java.util.List;
import java.util.Objects;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.ResearcherId;

/**
 * A suggestion waiting for a person's decision: a technology for an output ({@code output} set), or for a
 * researcher's profile ({@code researcherId} set, with the outputs that support it). Immutable.
 *
 * @param supporting for a researcher: titles of up to five supporting outputs, newest first
 * @param outputs    for a researcher: how many of their outputs carry or suggest the technology
 */
public record PendingSuggestion(TagSubject subject, Output output, ResearcherId researcherId,
                                TagSuggestion suggestion, int outputs, List<String> supporting) {
    public PendingSuggestion {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(suggestion, "suggestion");
        supporting = supporting == null ? List.of() : List.copyOf(supporting);
    }

    public String code() {
        return suggestion.code();
    }

    public long subjectId() {
        return subject == TagSubject.OUTPUT ? output.id().value() : researcherId.value();
    }
}
