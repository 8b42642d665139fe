package org.talentbench.core.repo;

import java.util.Objects;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;

/**
 * What identifies a stored output to an import, without its title, attributes or contributors: cheap to load for
 * every output of a large institute when incoming rows are matched against the database.
 *
 * @param doi        bare lower-case DOI or empty
 * @param externalId the kind's own number (patent number …) or empty
 * @param source     the {@link org.talentbench.core.researcher.OutputAttribute#SOURCE} attribute or empty
 */
public record OutputKey(OutputId id, OutputKind kind, String doi, String externalId, String source) {
    public OutputKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        doi = doi == null ? "" : doi;
        externalId = externalId == null ? "" : externalId;
        source = source == null ? "" : source;
    }
}
