package org.talentbench.core.round;

/**
 * The stages of an evaluation round, in order: Draft → Data verification → Peer review → Scoring → Calibration →
 * Publicity (公示) → Final. A round moves one stage at a time (see {@link RoundStages}); {@link #FINAL} is read-only.
 * The UI names a stage with {@code round.stage.<NAME>}.
 */
public enum RoundStage {
    DRAFT, DATA_VERIFICATION, PEER_REVIEW, SCORING, CALIBRATION, PUBLICITY, FINAL;

    /** The following stage, or {@code null} for {@link #FINAL}. */
    public RoundStage next() {
        return this == FINAL ? null : values()[ordinal() + 1];
    }

    /** The preceding stage, or {@code null} for {@link #DRAFT}. */
    public RoundStage previous() {
        return this == DRAFT ? null : values()[ordinal() - 1];
    }
}
