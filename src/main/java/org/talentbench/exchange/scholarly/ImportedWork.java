package org.talentbench.exchange.scholarly;

import java.util.List;
import java.util.Objects;
import org.talentbench.core.researcher.Output;

/**
 * One work (or funding) read from a scholarly source.
 *
 * @param output    the output with {@code OutputId.NEW}, version 0 and no contributors: who of the institute
 *                  contributed is decided later, from {@link #authors()}
 * @param authors   the byline as the source gives it, in order
 * @param sourceKey the item's key in its source: {@code work/<put-code>} or {@code funding/<put-code>} for ORCID,
 *                  the OpenAlex id ({@code W2741809807}), the DOI for Crossref
 */
public record ImportedWork(Output output, List<ImportedAuthor> authors, String sourceKey) {
    public ImportedWork {
        Objects.requireNonNull(output, "output");
        authors = authors == null ? List.of() : List.copyOf(authors);
        sourceKey = sourceKey == null ? "" : sourceKey;
    }
}
