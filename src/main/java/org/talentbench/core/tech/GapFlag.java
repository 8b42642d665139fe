package org.talentbench.core.tech;

/**
 * A weakness of the institute in one technology, as the talent map flags it. Thresholds are in
 * {@link TalentMapOptions}.
 */
public enum GapFlag {
    /** Nobody active is tagged with the technology. */
    NO_PEOPLE,
    /** Nobody tagged is a leading researcher (title or leading-talent tag, see {@link TalentMapOptions}). */
    NO_LEADER,
    /** Nobody tagged is young talent in the map's year. */
    NO_YOUNG,
    /** No output attributed to the technology in the last N years. */
    NO_RECENT_OUTPUT,
    /** All strength in one person: only one person tagged, or one person holds most of the recent output credit. */
    SINGLE_PERSON;

    /** The resource-bundle suffix: {@code keytech.gap.<key>}. */
    public String key() {
        return switch (this) {
            case NO_PEOPLE -> "noPeople";
            case NO_LEADER -> "noLeader";
            case NO_YOUNG -> "noYoung";
            case NO_RECENT_OUTPUT -> "noRecentOutput";
            case SINGLE_PERSON -> "singlePerson";
        };
    }
}
