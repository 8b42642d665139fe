package org.talentbench.core.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.Scheme;

/**
 * Everything an evaluation reads. Order of the lists does not matter: the engine sorts by id, so the same content
 * gives the same result bit for bit.
 *
 * <p>Each scheme's {@code cycle} overrides the cycle of its category in {@code cycleRules} (the scheme is the
 * versioned rule set a result records); the rest of the cycle rules (young-talent rule, breaks, check-ins) come from
 * {@code cycleRules}.
 *
 * @param peerReview   aggregated peer-review score of the representative works, by researcher (committee input)
 * @param manualInputs expert inputs by researcher, then by indicator or gate code
 * @param staffDecisions staff decisions overriding the cycle rules, by researcher: {@code true} includes a researcher
 *                       who is not due (scored over the cycle in progress up to the reference date), {@code false}
 *                       excludes one (a card without rank); absent means the cycle rules decide
 */
public record EvaluationInput(List<Researcher> researchers, List<Output> outputs,
                              List<RepresentativeWork> representativeWorks, Map<ResearchCategory, Scheme> schemes,
                              Map<ResearcherId, Double> peerReview,
                              Map<ResearcherId, Map<String, Double>> manualInputs, LocalDate referenceDate,
                              CycleRules cycleRules, Map<ResearcherId, Boolean> staffDecisions) {
    public EvaluationInput {
        Objects.requireNonNull(referenceDate, "referenceDate");
        researchers = researchers == null ? List.of() : researchers;
        outputs = outputs == null ? List.of() : outputs;
        representativeWorks = representativeWorks == null ? List.of() : representativeWorks;
        schemes = schemes == null ? Map.of() : schemes;
        peerReview = peerReview == null ? Map.of() : peerReview;
        manualInputs = manualInputs == null ? Map.of() : manualInputs;
        cycleRules = cycleRules == null ? CycleRules.defaults() : cycleRules;
        staffDecisions = staffDecisions == null ? Map.of() : Map.copyOf(staffDecisions);
    }

    /** An input where the cycle rules alone decide who is scored. */
    public EvaluationInput(List<Researcher> researchers, List<Output> outputs,
                           List<RepresentativeWork> representativeWorks, Map<ResearchCategory, Scheme> schemes,
                           Map<ResearcherId, Double> peerReview, Map<ResearcherId, Map<String, Double>> manualInputs,
                           LocalDate referenceDate, CycleRules cycleRules) {
        this(researchers, outputs, representativeWorks, schemes, peerReview, manualInputs, referenceDate, cycleRules,
                Map.of());
    }
}
