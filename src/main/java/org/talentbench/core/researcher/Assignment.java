package org.talentbench.core.researcher;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of a researcher's category and department history. A category change in the middle of a cycle
 * changes the evaluation window, so the history is kept rather than overwritten.
 */
public record Assignment(LocalDate validFrom, ResearchCategory category, String departmentCode) {
    public Assignment {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(departmentCode, "departmentCode");
    }
}
