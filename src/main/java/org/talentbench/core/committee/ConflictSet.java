package org.talentbench.core.committee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Every conflict found for one round, barring or overridden, ordered by reviewer then person. Answers "may this
 * reviewer see, score or vote on this person?" in constant time. Immutable and thread-safe.
 */
public final class ConflictSet {
    private final List<Conflict> conflicts;
    private final Map<Long, Map<Long, Conflict>> byPair = new HashMap<>();

    public ConflictSet(List<Conflict> conflicts) {
        List<Conflict> sorted = new ArrayList<>(conflicts);
        sorted.sort(Comparator.comparingLong((Conflict c) -> c.reviewer().value())
                .thenComparingLong(c -> c.person().value()));
        this.conflicts = List.copyOf(sorted);
        for (Conflict c : this.conflicts) {
            byPair.computeIfAbsent(c.reviewer().value(), k -> new HashMap<>()).put(c.person().value(), c);
        }
    }

    public static ConflictSet empty() {
        return new ConflictSet(List.of());
    }

    public List<Conflict> all() {
        return conflicts;
    }

    public Optional<Conflict> find(AccountId reviewer, ResearcherId person) {
        Map<Long, Conflict> m = byPair.get(reviewer.value());
        return Optional.ofNullable(m == null ? null : m.get(person.value()));
    }

    /** Whether the reviewer is barred from seeing, scoring and voting on the person. */
    public boolean barred(AccountId reviewer, ResearcherId person) {
        return find(reviewer, person).map(Conflict::barring).orElse(false);
    }

    /** The conflicts of one reviewer. */
    public List<Conflict> ofReviewer(AccountId reviewer) {
        Map<Long, Conflict> m = byPair.get(reviewer.value());
        if (m == null) {
            return List.of();
        }
        return conflicts.stream().filter(c -> c.reviewer().equals(reviewer)).toList();
    }
}
