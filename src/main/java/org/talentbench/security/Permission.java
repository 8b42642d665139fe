package org.talentbench.security;

/** What a service call needs. {@link AccessPolicy} says which roles hold each. Code {@code permission.<NAME>}. */
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
    VIEW
}
