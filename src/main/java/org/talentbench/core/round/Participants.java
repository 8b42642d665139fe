package org.talentbench.core.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.cycle.CycleDecision;
import org.talentbench.core.cycle.CycleEngine;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.Scheme;

/**
 * Computes who takes part in a round and how: the engine's cycle rules decide (due for a full evaluation, check-in
 * only, not due), then recorded staff decisions include or exclude. Researchers outside the round's scope are left
 * out. Stateless and deterministic; the result is ordered by employee number.
 */
public final class Participants {
    private Participants() {
    }

    /**
     * @param rules cycle rules; the cycle of each pinned scheme overrides its category, as in the engine
     */
    public static List<Participant> compute(List<Researcher> researchers, RoundScope scope, LocalDate referenceDate,
                                            CycleRules rules, Map<?, Scheme> schemes,
                                            Map<ResearcherId, ParticipantOverride> overrides,
                                            Map<ResearcherId, Verification> verifications,
                                            Set<ResearcherId> checkIns) {
        CycleRules effective = rules;
        for (Scheme s : schemes.values()) {
            if (s.cycle() != null) {
                effective = effective.withCategory(s.category(), s.cycle());
            }
        }
        List<Participant> out = new ArrayList<>();
        for (Researcher r : researchers) {
            if (!scope.includes(r)) {
                continue;
            }
            CycleDecision d = CycleEngine.decide(r, referenceDate, effective);
            ParticipantOverride o = overrides.get(r.id());
            out.add(new Participant(r.id(), r.employeeNo(), r.nameZh(), r.category(), r.departmentCode(), d,
                    participation(d, o), o, verifications.get(r.id()), checkIns.contains(r.id())));
        }
        out.sort(Comparator.comparing(Participant::employeeNo));
        return out;
    }

    /** The participation a cycle decision and an optional staff decision give. */
    public static Participation participation(CycleDecision d, ParticipantOverride o) {
        if (o != null && !o.included()) {
            return Participation.EXCLUDED;
        }
        return switch (d.status()) {
            case DUE_FULL -> Participation.DUE_FULL;
            case CHECK_IN_ONLY, NOT_DUE -> o != null && d.window() != null ? Participation.INCLUDED
                    : d.status() == org.talentbench.core.cycle.CycleStatus.CHECK_IN_ONLY ? Participation.CHECK_IN_ONLY
                    : Participation.NOT_DUE;
        };
    }
}
