package org.talentbench.core.repo;

import java.util.List;
import java.util.Optional;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.scheme.Scheme;

/** Stores evaluation scheme versions as JSON; a version once stored is never changed (results refer to it). */
public interface SchemeRepository {
    List<StoredScheme> findAll();

    Optional<StoredScheme> findByRowId(long rowId);

    /** The active version of a category, if any. */
    Optional<StoredScheme> findActive(ResearchCategory category);

    /** Stores a new version; when {@code active}, it replaces the category's active version. */
    StoredScheme insert(Scheme scheme, boolean active);

    int count();
}
