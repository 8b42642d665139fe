package org.talentbench.core.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The aggregated peer review of one panel or round: the rules used (so the method is always stated), each reviewer's
 * leniency figures and one aggregate per person, ordered by person id. Immutable.
 */
public record AggregationResult(AggregationRules rules, List<ReviewerLeniency> leniency,
                                List<PersonAggregate> people) {
    public AggregationResult {
        leniency = List.copyOf(leniency);
        people = List.copyOf(people);
    }

    public Optional<PersonAggregate> of(ResearcherId person) {
        return people.stream().filter(p -> p.person().equals(person)).findFirst();
    }

    /** The scores the engine's peer-review indicator reads, by person. */
    public Map<ResearcherId, Double> peerReviewInput() {
        Map<ResearcherId, Double> m = new LinkedHashMap<>();
        for (PersonAggregate p : people) {
            m.put(p.person(), p.score());
        }
        return m;
    }
}
