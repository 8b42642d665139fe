package org.talentbench.core.committee;

/**
 * The anchored 1–10 scales of a representative-work review (MOST 2020 measures: innovation, academic or technical
 * value, the person's own contribution, relevance to this evaluation). The UI names a criterion with
 * {@code review.criterion.<NAME>}; anchor texts are configurable per criterion and band.
 */
public enum ReviewCriterion {
    INNOVATION, ACADEMIC_VALUE, OWN_CONTRIBUTION, RELEVANCE;

    public static final int MIN = 1;
    public static final int MAX = 10;

    /** The anchor band (1–5) of a score: 1–2 → 1, 3–4 → 2, …, 9–10 → 5. */
    public static int band(int score) {
        return (score + 1) / 2;
    }
}
