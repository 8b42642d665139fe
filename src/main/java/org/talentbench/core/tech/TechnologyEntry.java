package org.talentbench.core.tech;

import java.util.List;
import java.util.Set;

/**
 * One technology of the talent map: its people (by category, leaders first), recent landmark outputs, output
 * counts and gap flags.
 *
 * @param landmarks       the most recent landmark outputs, at most the options' limit
 * @param landmarkCount   all recent landmark outputs
 * @param recentOutputs   outputs attributed in the recent window (confirmed and, when included, suggested)
 * @param recentConfirmed of which confirmed by a tag
 * @param topContributor  Chinese name of the person with the largest recent output credit, empty when none
 * @param topShare        that person's share of the recent credit (0–1), 0 when there is no credit
 */
public record TechnologyEntry(Technology technology, List<PersonEntry> people, List<LandmarkOutput> landmarks,
                              int landmarkCount, int recentOutputs, int recentConfirmed, String topContributor,
                              double topShare, Set<GapFlag> gaps) {
    public TechnologyEntry {
        people = List.copyOf(people);
        landmarks = List.copyOf(landmarks);
        gaps = gaps.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(gaps));
    }

    public String code() {
        return technology.code();
    }

    public long leaders() {
        return people.stream().filter(PersonEntry::leader).count();
    }

    public long young() {
        return people.stream().filter(PersonEntry::young).count();
    }

    public boolean has(GapFlag flag) {
        return gaps.contains(flag);
    }
}
