package org.talentbench.core.tech;

/** Where a matching term was found. */
public enum MatchField {
    TITLE, KEYWORDS, VENUE,
    /** The free text of a challenge (揭榜挂帅) description. */
    TEXT
}
