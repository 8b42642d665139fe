package org.talentbench.core.tech;

import java.util.EnumMap;
import java.util.Map;
import org.talentbench.core.researcher.OutputKind;

/**
 * The numbers of the candidate finder, each a configurable default (see {@link CandidateFinder} for how they are
 * used).
 *
 * @param windowYears         outputs dated in the last N years count as evidence (default 5)
 * @param conflictYears       co-authorship and partner relations within N years are conflicts (default 3)
 * @param limit               candidates on the shortlist (default 20)
 * @param evidenceWeight      points for the strongest evidence (default 60)
 * @param tagWeight           points for carrying all the challenge's technologies on the profile (default 20)
 * @param standingWeight      points for the 100th percentile in the latest round (default 20)
 * @param useTextTechnologies technologies the challenge text mentions join the challenge's (default true)
 * @param includeSuggested    suggested (not confirmed, not rejected) technologies of outputs count (default true)
 * @param confirmedRelevance  relevance of an output tagged with a challenge technology (1.0)
 * @param suggestedRelevance  relevance of an output only suggested for one (0.6)
 * @param termRelevance       relevance per key phrase of the challenge text found in the output (0.2)
 * @param maxTermRelevance    cap of the phrase relevance (0.6)
 * @param representativeFactor multiplier for an output put forward as a representative work (1.5)
 * @param kindWeights         weight of each output kind; kinds absent weigh 0
 */
public record FinderOptions(int windowYears, int conflictYears, int limit, double evidenceWeight, double tagWeight,
                            double standingWeight, boolean useTextTechnologies, boolean includeSuggested,
                            double confirmedRelevance, double suggestedRelevance, double termRelevance,
                            double maxTermRelevance, double representativeFactor,
                            Map<OutputKind, Double> kindWeights) {
    public FinderOptions {
        if (windowYears < 1 || conflictYears < 0 || limit < 1) {
            throw new IllegalArgumentException("invalid finder window, conflict years or limit");
        }
        EnumMap<OutputKind, Double> w = new EnumMap<>(OutputKind.class);
        w.putAll(kindWeights);
        kindWeights = java.util.Collections.unmodifiableMap(w);
    }

    /** Weights favour what an open call needs: transfers, patents, standards and projects over papers. */
    public static Map<OutputKind, Double> defaultKindWeights() {
        EnumMap<OutputKind, Double> w = new EnumMap<>(OutputKind.class);
        w.put(OutputKind.TECH_TRANSFER, 3.0);
        w.put(OutputKind.PATENT, 2.0);
        w.put(OutputKind.STANDARD, 2.0);
        w.put(OutputKind.PROJECT, 2.0);
        w.put(OutputKind.AWARD, 1.5);
        w.put(OutputKind.JOURNAL_PAPER, 1.0);
        w.put(OutputKind.CONFERENCE_PAPER, 1.0);
        w.put(OutputKind.MONOGRAPH, 1.0);
        w.put(OutputKind.SOFTWARE_COPYRIGHT, 1.0);
        w.put(OutputKind.DATASET, 1.0);
        w.put(OutputKind.POLICY_REPORT, 1.0);
        return w;
    }

    public static FinderOptions defaults() {
        return new FinderOptions(5, 3, 20, 60, 20, 20, true, true, 1.0, 0.6, 0.2, 0.6, 1.5,
                defaultKindWeights());
    }

    public double kindWeight(OutputKind kind) {
        return kindWeights.getOrDefault(kind, 0.0);
    }

    public FinderOptions withLimit(int newLimit) {
        return new FinderOptions(windowYears, conflictYears, newLimit, evidenceWeight, tagWeight, standingWeight,
                useTextTechnologies, includeSuggested, confirmedRelevance, suggestedRelevance, termRelevance,
                maxTermRelevance, representativeFactor, kindWeights);
    }

    public FinderOptions withWindowYears(int years) {
        return new FinderOptions(years, conflictYears, limit, evidenceWeight, tagWeight, standingWeight,
                useTextTechnologies, includeSuggested, confirmedRelevance, suggestedRelevance, termRelevance,
                maxTermRelevance, representativeFactor, kindWeights);
    }
}
