package org.talentbench.core.scheme;

/**
 * Where an indicator's raw value comes from.
 * <ul>
 *   <li>{@link #COUNT}: number of matching outputs in the window, each counted as the researcher's contribution
 *       share (1 when the indicator is not share-weighted);</li>
 *   <li>{@link #SUM}: sum over matching outputs of a numeric attribute (e.g. {@code amount}) × share;</li>
 *   <li>{@link #MAX}: the largest attribute value × share among matching outputs;</li>
 *   <li>{@link #PEER_REVIEW}: the committee's aggregated peer-review score of the representative works;</li>
 *   <li>{@link #MANUAL}: an expert input per researcher under the indicator's code (milestones, user assessments);</li>
 *   <li>{@link #PROFILE}: a profile field (title, degree, talent tag) mapped to a value — legacy schemes use it,
 *       the policy lint flags it;</li>
 *   <li>{@link #H_INDEX}: the h-index of the papers in the window — likewise flagged by the lint.</li>
 * </ul>
 */
public enum IndicatorKind {
    COUNT, SUM, MAX, PEER_REVIEW, MANUAL, PROFILE, H_INDEX;

    /** Values computed from the outputs in the window. */
    public boolean usesOutputs() {
        return this == COUNT || this == SUM || this == MAX || this == H_INDEX;
    }

    /** Values given by people (committee, experts, task owners) rather than computed. */
    public boolean isExpertJudgement() {
        return this == PEER_REVIEW || this == MANUAL;
    }
}
