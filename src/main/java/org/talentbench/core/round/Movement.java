package org.talentbench.core.round;

import org.talentbench.core.researcher.ResearcherId;

/**
 * How one researcher changed between two snapshots. Ranks and totals are {@code null} where the researcher was not
 * ranked; {@code mainDimension} is the dimension (INNOVATION, QUALITY or CONTRIBUTION) whose score changed most —
 * the first answer to "why" — or {@code null} when not ranked in both.
 */
public record Movement(ResearcherId researcherId, String employeeNo, String name, String cohort, Kind kind,
                       Integer rankBefore, Integer rankAfter, Double totalBefore, Double totalAfter,
                       Double innovationChange, Double qualityChange, Double contributionChange,
                       String mainDimension) {
    /** What happened to the researcher's place on the list. */
    public enum Kind { UP, DOWN, SAME, ENTERED, LEFT }

    /** Positive when the researcher moved up (a smaller rank number); {@code null} unless ranked in both. */
    public Integer rankChange() {
        return rankBefore == null || rankAfter == null ? null : rankBefore - rankAfter;
    }

    public Double totalChange() {
        return totalBefore == null || totalAfter == null ? null : totalAfter - totalBefore;
    }
}
