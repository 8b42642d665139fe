package org.talentbench.core.committee;

import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/**
 * A committee member as far as conflicts of interest are concerned: the account, the linked researcher profile
 * ({@code null} for an external expert) and the department ("" when external).
 */
public record Reviewer(AccountId id, ResearcherId researcherId, String departmentCode) {
    public Reviewer {
        Objects.requireNonNull(id, "id");
        departmentCode = departmentCode == null ? "" : departmentCode;
    }
}
