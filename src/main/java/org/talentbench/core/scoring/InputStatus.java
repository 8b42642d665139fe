package org.talentbench.core.scoring;

/**
 * Where an indicator's value came from: computed from outputs or the profile, given by people, or missing (and
 * then excluded or imputed according to the {@link MissingInputRule}).
 */
public enum InputStatus { COMPUTED, GIVEN, MISSING, IMPUTED_ZERO, IMPUTED_MEDIAN }
