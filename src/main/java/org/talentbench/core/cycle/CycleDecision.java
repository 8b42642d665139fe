package org.talentbench.core.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * What the round on a reference date asks of one researcher, and why.
 *
 * @param status      due for a full evaluation, check-in only, or nothing
 * @param category    the category of the cycle the decision is about (the category the researcher is scored under
 *                    when due); differs from the current category only when a cycle completed just before a change
 * @param window      for DUE_FULL the window evaluated; otherwise the cycle in progress; {@code null} when there is no
 *                    cycle at all (not active, not yet hired, no hire date)
 * @param nextDueDate the day the next full evaluation falls due (the end of the cycle in progress, or of the cycle
 *                    after the one evaluated now, before any future break); {@code null} when unknown
 * @param youngTalent young talent as of 1 January of the evaluation year
 * @param reasons     codes and arguments; the UI turns them into sentences
 */
public record CycleDecision(CycleStatus status, ResearchCategory category, DateWindow window, LocalDate nextDueDate,
                            boolean youngTalent, List<Reason> reasons) {
    public CycleDecision {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
    }

    public boolean due() {
        return status == CycleStatus.DUE_FULL;
    }

    /** True when a reason with this code is present. */
    public boolean has(String reasonCode) {
        return reasons.stream().anyMatch(r -> r.code().equals(reasonCode));
    }
}
