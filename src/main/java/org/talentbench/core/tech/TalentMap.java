package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.talentbench.core.researcher.Department;

/**
 * The institute's strength and gaps per key core technology on one date: an entry per active technology (in list
 * order), the departments × technologies heat map, and what it rests on (list version, options, standing source).
 * Built by {@link TalentMapBuilder}; immutable.
 */
public record TalentMap(LocalDate asOf, int listVersion, TalentMapOptions options, Standings standings,
                        List<TechnologyGroup> groups, List<TechnologyEntry> entries, List<Department> departments,
                        HeatMap heatMap) {
    public TalentMap {
        groups = List.copyOf(groups);
        entries = List.copyOf(entries);
        departments = List.copyOf(departments);
    }

    public Optional<TechnologyEntry> entry(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** Entries with at least one gap flag. */
    public long flagged() {
        return entries.stream().filter(e -> !e.gaps().isEmpty()).count();
    }
}
