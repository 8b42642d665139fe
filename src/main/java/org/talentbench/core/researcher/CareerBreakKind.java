package org.talentbench.core.researcher;

/** Why a researcher was away; each kind has its own window-extension rule in the cycle rules. */
public enum CareerBreakKind { MATERNITY, PATERNITY, LONG_ILLNESS, NATIONAL_SERVICE, OTHER }
