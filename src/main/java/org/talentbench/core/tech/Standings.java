package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.Map;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Where the standings shown beside people come from: a stored round (its name and reference date) or, when
 * {@code preview} is set, a dry run of the engine that is no official result. Empty when nothing is available.
 * Immutable.
 */
public record Standings(String roundName, LocalDate referenceDate, boolean preview,
                        Map<ResearcherId, Standing> byResearcher) {
    public Standings {
        roundName = roundName == null ? "" : roundName;
        byResearcher = byResearcher == null ? Map.of() : Map.copyOf(byResearcher);
    }

    public static Standings none() {
        return new Standings("", null, false, Map.of());
    }

    public boolean available() {
        return referenceDate != null;
    }

    public Standing of(ResearcherId id) {
        return byResearcher.get(id);
    }

    /** The same source without the per-researcher values (for headers). */
    public Standings header() {
        return new Standings(roundName, referenceDate, preview, Map.of());
    }
}
