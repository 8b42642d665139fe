package org.talentbench.core.committee;

/**
 * How a quota cap of n × share people becomes a whole number: {@link #DOWN} (the default: a cap means "not more
 * than", so 3.8 allows 3), {@link #NEAREST} (half up: 3.5 → 4) or {@link #UP}. Code {@code quota.rounding.<NAME>}.
 */
public enum RoundingRule {
    DOWN, NEAREST, UP
}
