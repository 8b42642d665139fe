package org.talentbench.core.committee;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A committee panel of one round and cohort: its members (chairs, members and observers by account) and the ranked
 * people it judges. {@code people} carries the rank and total score of the ranked list the panel reviews.
 */
public record Panel(long id, long roundId, String cohort, String name, Set<AccountId> members,
                    List<RankedScore> people) {
    public Panel {
        Objects.requireNonNull(cohort, "cohort");
        name = name == null || name.isBlank() ? cohort : name;
        members = Set.copyOf(members);
        people = List.copyOf(people);
    }

    public boolean hasMember(AccountId id) {
        return members.contains(id);
    }

    public boolean judges(org.talentbench.core.researcher.ResearcherId person) {
        return people.stream().anyMatch(p -> p.person().equals(person));
    }

    public Panel withId(long newId) {
        return new Panel(newId, roundId, cohort, name, members, people);
    }
}
