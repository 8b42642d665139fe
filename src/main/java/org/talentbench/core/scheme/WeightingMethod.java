package org.talentbench.core.scheme;

/**
 * How the weights of each level are obtained. {@link #DIRECT}: as written in the scheme. {@link #AHP}: principal
 * eigenvector of the pairwise matrices (refused when CR ≥ the threshold). {@link #ENTROPY}: from the dispersion of
 * the cohort's data. {@link #COMBINED}: α·AHP + (1 − α)·entropy, renormalised.
 */
public enum WeightingMethod { DIRECT, AHP, ENTROPY, COMBINED }
