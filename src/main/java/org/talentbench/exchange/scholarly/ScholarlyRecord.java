package org.talentbench.exchange.scholarly;

import java.util.List;
import java.util.Objects;
import org.talentbench.exchange.ImportFormat;
import org.talentbench.exchange.ImportProblem;

/**
 * Everything one scholarly file said, mapped to TalentBench's terms and nothing written anywhere yet. The lead's
 * import service matches {@link ImportedWork#authors()} to researchers, asks the user, and stores.
 *
 * @param format      the format the file was read as
 * @param identity    who the record is about; {@link ScholarlyIdentity#EMPTY} when the file does not say
 * @param metrics     the author's summary figures (OpenAlex author records), else null
 * @param works       works and fundings, de-duplicated, in source order
 * @param employments ORCID employments, for information
 * @param warnings    things left out or guessed (a work without title, a kind mapped by guess, a duplicate); the
 *                    import still succeeded
 */
public record ScholarlyRecord(ImportFormat format, ScholarlyIdentity identity, AuthorMetrics metrics,
                              List<ImportedWork> works, List<Employment> employments, List<ImportProblem> warnings) {
    public ScholarlyRecord {
        Objects.requireNonNull(format, "format");
        identity = identity == null ? ScholarlyIdentity.EMPTY : identity;
        works = works == null ? List.of() : List.copyOf(works);
        employments = employments == null ? List.of() : List.copyOf(employments);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
