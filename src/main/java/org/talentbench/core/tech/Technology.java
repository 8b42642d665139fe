package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A key core technology as it stood on one date: its stable code (what researchers and outputs are tagged with),
 * the names and group valid then, its status, and the terms that suggest it in output titles, keywords and venues.
 * Produced by {@link TechnologyList}; immutable.
 *
 * @param added      effective date of its ADD
 * @param ended      date it was merged or retired, or {@code null} while it is on the list
 * @param mergedInto the target of its MERGE, or empty
 * @param terms      matching terms in Chinese and English (see {@link TermMatcher}); not dated
 */
public record Technology(String code, String nameZh, String nameEn, String groupCode, TechStatus status,
                         LocalDate added, LocalDate ended, String mergedInto, List<String> terms) {
    public Technology {
        Objects.requireNonNull(code, "code");
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
        groupCode = groupCode == null ? "" : groupCode;
        Objects.requireNonNull(status, "status");
        mergedInto = mergedInto == null ? "" : mergedInto;
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public boolean active() {
        return status == TechStatus.ACTIVE;
    }

    /** The name in the requested language, the Chinese name when no English one is given. */
    public String name(boolean chinese) {
        return chinese || nameEn.isBlank() ? nameZh : nameEn;
    }
}
