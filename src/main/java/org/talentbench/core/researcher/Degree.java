package org.talentbench.core.researcher;

/** Highest degree held. The date of a doctorate is its defence date. */
public enum Degree { DOCTORATE, MASTER, BACHELOR, OTHER }
