package org.talentbench.core.committee;

/**
 * Whether a reviewer's scores were corrected for leniency: {@link #CORRECTED}; {@link #NOT_ENOUGH_DATA} (fewer scores
 * than the minimum: shown as "not enough data", scores used as given); {@link #NO_SPREAD} (every score equal, so no
 * z-score exists); {@link #OFF} (correction switched off). The UI names it with {@code leniency.<NAME>}.
 */
public enum LeniencyStatus {
    CORRECTED, NOT_ENOUGH_DATA, NO_SPREAD, OFF
}
