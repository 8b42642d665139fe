package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.List;

/**
 * The ranked candidates for a challenge and what the ranking rests on: the technologies used (given and found in
 * the text, with the terms found), the key phrases taken from the text, filters, options and standing source.
 *
 * @param considered people who passed the filters and had any relevance at all
 */
public record Shortlist(Challenge challenge, LocalDate asOf, List<String> technologies,
                        List<TagSuggestion> fromText, List<String> phrases, CandidateFilter filter,
                        FinderOptions options, Standings standings, int considered, List<Candidate> candidates) {
    public Shortlist {
        technologies = List.copyOf(technologies);
        fromText = List.copyOf(fromText);
        phrases = List.copyOf(phrases);
        candidates = List.copyOf(candidates);
    }
}
