package org.talentbench.core.scoring;

/**
 * How normalised indicator values become a total. {@link #WEIGHTED_SUM} (default): 100 × Σ effective weight ×
 * normalised value. {@link #TOPSIS}: 100 × relative closeness to the ideal researcher of the cohort, with the
 * TOPSIS normalisation stated in the options. Both are always computed; the other one is used to report Kendall's τ
 * when the two rankings disagree.
 */
public enum Aggregation { WEIGHTED_SUM, TOPSIS }
