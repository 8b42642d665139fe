package org.talentbench.core.tech;

import java.util.Set;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * Who may be on the shortlist.
 *
 * @param categories       research categories allowed; empty means all
 * @param youngOnly        young talent only
 * @param departmentCode   one department only; empty means all
 * @param excludeConflicted leave out candidates with a conflict instead of flagging them
 */
public record CandidateFilter(Set<ResearchCategory> categories, boolean youngOnly, String departmentCode,
                              boolean excludeConflicted) {
    public CandidateFilter {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        departmentCode = departmentCode == null ? "" : departmentCode.strip();
    }

    public static CandidateFilter none() {
        return new CandidateFilter(Set.of(), false, "", false);
    }
}
