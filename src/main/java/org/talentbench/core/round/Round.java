package org.talentbench.core.round;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * An evaluation round (考核/评价活动): its name (unique), reference date, stage, scope and the stored scheme version
 * (row id of the scheme table) pinned for each category. Immutable; {@code version} is the optimistic-lock counter of
 * the stored row, so two people moving the same round at once cannot both succeed.
 */
public record Round(long id, String name, LocalDate referenceDate, RoundStage stage, RoundScope scope,
                    Map<ResearchCategory, Long> schemeIds, long version) {
    public Round {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(stage, "stage");
        scope = scope == null ? RoundScope.all() : scope;
        schemeIds = schemeIds == null ? Map.of() : Map.copyOf(schemeIds);
    }

    public boolean isFinal() {
        return stage == RoundStage.FINAL;
    }

    public Round withStage(RoundStage newStage) {
        return new Round(id, name, referenceDate, newStage, scope, schemeIds, version);
    }
}
