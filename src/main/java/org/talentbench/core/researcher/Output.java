package org.talentbench.core.researcher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A research output of any {@link OutputKind}: the unit an evaluation counts and explains.
 *
 * <p>Citation figures are context, never hidden score inputs: they carry their source and as-of date because two
 * snapshots of the same work disagree. {@code externalId} is the kind's own identifier (patent number, standard
 * number, registration number, contract number). {@code version} is the optimistic-lock counter.
 */
public record Output(
        OutputId id,
        OutputKind kind,
        String title,
        LocalDate date,
        String venue,
        String doi,
        String externalId,
        boolean domesticJournal,
        Integer citations,
        String citationSource,
        LocalDate citationAsOf,
        Double fieldNormalisedImpact,
        Map<String, String> attributes,
        List<Contribution> contributors,
        long version) {

    public Output {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        venue = venue == null ? "" : venue;
        doi = doi == null ? "" : doi;
        externalId = externalId == null ? "" : externalId;
        citationSource = citationSource == null ? "" : citationSource;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }

    public int year() {
        return date.getYear();
    }

    public String attribute(String key) {
        return attributes.getOrDefault(key, "");
    }

    public Output withId(OutputId newId) {
        return new Output(newId, kind, title, date, venue, doi, externalId, domesticJournal, citations,
                citationSource, citationAsOf, fieldNormalisedImpact, attributes, contributors, version);
    }

    public Output withVersion(long newVersion) {
        return new Output(id, kind, title, date, venue, doi, externalId, domesticJournal, citations,
                citationSource, citationAsOf, fieldNormalisedImpact, attributes, contributors, newVersion);
    }

    public Output withContributors(List<Contribution> newContributors) {
        return new Output(id, kind, title, date, venue, doi, externalId, domesticJournal, citations,
                citationSource, citationAsOf, fieldNormalisedImpact, attributes, newContributors, version);
    }
}
