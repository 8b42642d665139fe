package org.talentbench.core.scoring;

/**
 * The result of one gate for one researcher: passed or not, and whether the input was missing (and the gate's
 * missing rule decided). A failed gate means no rank, whatever the points.
 */
public record GateOutcome(String code, boolean passed, boolean inputMissing) {
}
