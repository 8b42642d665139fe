package org.talentbench.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.committee.Role;

/**
 * Which role holds which {@link Permission}. The HR administrator runs the process (accounts, settings, panels,
 * assignment, exclusion requests, publicity, objections) but never reviews, votes or decides; the chair leads the
 * committee (assignment, overrides with reasons, meeting, ballots, grades, finalisation) and reviews and votes like a
 * member; a member reviews, declares conflicts and votes; an observer only views. Data entry, imports, rounds, rule
 * settings and exports belong to the administrator alone (decision 0090): the committee judges the list, it does not
 * prepare it. Beyond the role, services restrict chairs, members and observers to the panels they sit on and to the
 * people those panels judge (members: the people assigned to them). Stateless and thread-safe.
 */
public final class AccessPolicy {
    private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);

    static {
        GRANTS.put(Role.ADMIN, EnumSet.of(Permission.MANAGE_ACCOUNTS, Permission.CONFIGURE, Permission.MANAGE_PANELS,
                Permission.ASSIGN_REVIEWERS, Permission.SEE_ALL_CONFLICTS, Permission.DECLARE_CONFLICT,
                Permission.RECORD_EXCLUSION_REQUEST, Permission.PUBLISH, Permission.RECORD_OBJECTION,
                Permission.VIEW, Permission.EDIT_PROFILES, Permission.IMPORT, Permission.MANAGE_ROUNDS,
                Permission.EDIT_SETTINGS, Permission.EXPORT));
        GRANTS.put(Role.CHAIR, EnumSet.of(Permission.MANAGE_PANELS, Permission.ASSIGN_REVIEWERS,
                Permission.SEE_ALL_CONFLICTS, Permission.DECLARE_CONFLICT, Permission.OVERRIDE_CONFLICT,
                Permission.REVIEW, Permission.RUN_MEETING, Permission.RUN_BALLOT, Permission.VOTE,
                Permission.DECIDE_GRADES, Permission.OVERRIDE_QUOTA, Permission.PUBLISH, Permission.RECORD_OBJECTION,
                Permission.FINALISE, Permission.VIEW));
        GRANTS.put(Role.MEMBER, EnumSet.of(Permission.DECLARE_CONFLICT, Permission.REVIEW, Permission.VOTE,
                Permission.VIEW));
        GRANTS.put(Role.OBSERVER, EnumSet.of(Permission.VIEW));
    }

    private AccessPolicy() {
    }

    public static boolean allows(Role role, Permission permission) {
        return GRANTS.get(role).contains(permission);
    }

    public static boolean allows(Principal principal, Permission permission) {
        return principal != null && allows(principal.role(), permission);
    }

    /** Whether the role sees every panel of every round (only the administrator does). */
    public static boolean seesEveryPanel(Role role) {
        return role == Role.ADMIN;
    }

    /** Whether the role sees every researcher of the institute (only the administrator does). */
    public static boolean seesEveryone(Role role) {
        return role == Role.ADMIN;
    }
}
