package org.talentbench.core.scoring;

import java.util.Comparator;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * A group of researchers compared with each other: a category, optionally narrowed to a discipline group. A
 * {@code null} category means all categories (the widest fallback reference). Ordered by category, then group.
 */
public record CohortKey(ResearchCategory category, String disciplineGroup) implements Comparable<CohortKey> {
    /** Every due researcher of every category. */
    public static final CohortKey ALL = new CohortKey(null, "");

    private static final Comparator<CohortKey> ORDER = Comparator
            .comparing((CohortKey k) -> k.category == null ? -1 : k.category.ordinal())
            .thenComparing(CohortKey::disciplineGroup);

    public CohortKey {
        disciplineGroup = disciplineGroup == null ? "" : disciplineGroup;
    }

    public static CohortKey of(ResearchCategory category) {
        return new CohortKey(category, "");
    }

    public boolean coversAllCategories() {
        return category == null;
    }

    /** The next wider group: category+group → category → all. */
    public CohortKey wider() {
        if (!disciplineGroup.isEmpty()) {
            return of(category);
        }
        return ALL;
    }

    @Override
    public int compareTo(CohortKey o) {
        return ORDER.compare(this, o);
    }

    /** {@code BASIC}, {@code BASIC/physics} or {@code ALL}. */
    @Override
    public String toString() {
        if (category == null) {
            return "ALL";
        }
        return disciplineGroup.isEmpty() ? category.name() : category.name() + "/" + disciplineGroup;
    }
}
