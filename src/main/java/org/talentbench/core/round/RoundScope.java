package org.talentbench.core.round;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;

/**
 * Who a round is about: categories and department codes. An empty set means "all". Immutable.
 */
public record RoundScope(Set<ResearchCategory> categories, Set<String> departments) {
    public RoundScope {
        categories = categories == null || categories.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(categories));
        departments = departments == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(departments));
    }

    public static RoundScope all() {
        return new RoundScope(Set.of(), Set.of());
    }

    /** Whether a researcher's current category and department fall within the scope. */
    public boolean includes(Researcher r) {
        return (categories.isEmpty() || categories.contains(r.category()))
                && (departments.isEmpty() || departments.contains(r.departmentCode()));
    }

    public boolean isAll() {
        return categories.isEmpty() && departments.isEmpty();
    }
}
