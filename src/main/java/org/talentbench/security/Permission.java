package org.talentbench.security;

/**
 * What a service call needs. {@link AccessPolicy} says which roles hold each. Code {@code permission.<NAME>}. The
 * data-entry permissions ({@link #EDIT_PROFILES}, {@link #IMPORT}, {@link #MANAGE_ROUNDS}, {@link #EDIT_SETTINGS},
 * {@link #EXPORT}) guard the services outside the committee (decision 0090); {@link #VIEW} guards every read, which
 * the services further restrict to the rounds and people a principal may see.
 */
public enum Permission {
    MANAGE_ACCOUNTS,
    CONFIGURE,
    MANAGE_PANELS,
    ASSIGN_REVIEWERS,
    SEE_ALL_CONFLICTS,
    DECLARE_CONFLICT,
    RECORD_EXCLUSION_REQUEST,
    OVERRIDE_CONFLICT,
    REVIEW,
    RUN_MEETING,
    RUN_BALLOT,
    VOTE,
    DECIDE_GRADES,
    OVERRIDE_QUOTA,
    PUBLISH,
    RECORD_OBJECTION,
    FINALISE,
    VIEW,
    /** Create and edit researcher profiles, outputs, representative works and technology tags. */
    EDIT_PROFILES,
    /** Preview and commit imports of spreadsheets, scholarly files and round inputs. */
    IMPORT,
    /** Create rounds, move them through their stages, record eligibility, verification and check-in, score. */
    MANAGE_ROUNDS,
    /** Change the per-database rule settings, institute details and profile settings. */
    EDIT_SETTINGS,
    /** Write personnel data out of the database: spreadsheets, PDF documents, talent maps. */
    EXPORT
}
