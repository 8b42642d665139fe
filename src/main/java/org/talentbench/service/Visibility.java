package org.talentbench.service;

import java.util.HashSet;
import java.util.Set;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.ReviewAssignment;
import org.talentbench.core.committee.Role;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.security.AccessPolicy;
import org.talentbench.security.Permission;
import org.talentbench.security.Principal;

/**
 * Which rounds and people a principal may see outside the committee screens, from the stored panels and assignments
 * (decision 0090). The administrator sees everything. A chair, member or observer sees the rounds with a panel they
 * sit on; whoever may set up panels (a chair) sees every round, since panels are built from a round's ranking. A
 * member sees the people assigned to them; a chair or observer the people judged by the panels they sit on. Computed
 * afresh in each transaction, so a new assignment shows at once. Immutable.
 */
record Visibility(Principal who, boolean everyone, boolean everyRound, Set<Long> rounds, Set<ResearcherId> people) {
    static Visibility of(Repositories r, Principal who) {
        if (AccessPolicy.seesEveryone(who.role())) {
            return new Visibility(who, true, true, Set.of(), Set.of());
        }
        Set<Long> rounds = new HashSet<>();
        Set<ResearcherId> people = new HashSet<>();
        for (Panel p : r.panels().findAll()) {
            if (!p.hasMember(who.id())) {
                continue;
            }
            rounds.add(p.roundId());
            if (who.role() == Role.MEMBER) {
                for (ReviewAssignment a : r.panels().assignments(p.id())) {
                    if (a.reviewer().equals(who.id())) {
                        people.add(a.person());
                    }
                }
            } else {
                for (RankedScore s : p.people()) {
                    people.add(s.person());
                }
            }
        }
        boolean everyRound = AccessPolicy.allows(who, Permission.MANAGE_PANELS);
        return new Visibility(who, false, everyRound, Set.copyOf(rounds), Set.copyOf(people));
    }

    boolean seesRound(long roundId) {
        return everyone || everyRound || rounds.contains(roundId);
    }

    boolean seesPerson(ResearcherId id) {
        return everyone || people.contains(id);
    }

    /** @throws AccessDeniedException {@code error.access.personNotVisible} for a person the principal may not see */
    void requirePerson(ResearcherId id) {
        if (!seesPerson(id)) {
            throw new AccessDeniedException("error.access.personNotVisible", id.value());
        }
    }

    /** @throws AccessDeniedException {@code error.access.notOnRound} for a round the principal may not see */
    void requireRound(long roundId, String name) {
        if (!seesRound(roundId)) {
            throw new AccessDeniedException("error.access.notOnRound", name);
        }
    }
}
