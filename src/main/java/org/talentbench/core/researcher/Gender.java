package org.talentbench.core.researcher;

/** Recorded sex, used only where a rule (e.g. a sex-specific young-talent age limit) asks for it. */
public enum Gender { MALE, FEMALE, UNSPECIFIED }
