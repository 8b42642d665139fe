package org.talentbench.core.scheme;

/**
 * How a gate is decided. {@link #MANUAL}: the manual input under the gate's code (1 = pass, 0 = fail; values ≥ 0.5
 * pass), e.g. character (品德) or research integrity confirmed by the party/HR office. {@link #REPRESENTATIVE_WORKS}:
 * fails when the representative-work checks report a BLOCKING finding.
 */
public enum GateKind { MANUAL, REPRESENTATIVE_WORKS }
