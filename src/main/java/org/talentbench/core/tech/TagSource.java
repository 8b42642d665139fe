package org.talentbench.core.tech;

/** How an output came to carry a technology tag. */
public enum TagSource {
    /** Chosen by a person. */
    MANUAL,
    /** A suggestion a person accepted. */
    SUGGESTION
}
