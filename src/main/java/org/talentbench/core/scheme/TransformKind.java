package org.talentbench.core.scheme;

/**
 * Transforms applied, in the listed order, to an indicator's raw value: {@link #RATE_PER_YEAR} divides by the window
 * length in years, {@link #LOG1P} takes ln(1 + x) to damp large counts and amounts, {@link #CAP} clips at a value.
 */
public enum TransformKind { RATE_PER_YEAR, LOG1P, CAP }
