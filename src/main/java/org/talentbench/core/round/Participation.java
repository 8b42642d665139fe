package org.talentbench.core.round;

/**
 * How a researcher takes part in a round: by the cycle rules (due for a full evaluation, check-in only, not due),
 * by a staff decision (included although not due, excluded although due), or outside the round's scope. Only
 * {@link #DUE_FULL} and {@link #INCLUDED} are scored. The UI names it with {@code participation.<NAME>}.
 */
public enum Participation {
    DUE_FULL, CHECK_IN_ONLY, NOT_DUE, INCLUDED, EXCLUDED, OUT_OF_SCOPE;

    public boolean scored() {
        return this == DUE_FULL || this == INCLUDED;
    }
}
