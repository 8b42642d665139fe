package org.talentbench.service;

import org.talentbench.security.AccessPolicy;
import org.talentbench.security.Permission;
import org.talentbench.security.Principal;

/** The services' role check: refuses with {@link AccessDeniedException} what {@link AccessPolicy} does not grant. */
final class Access {
    private Access() {
    }

    static boolean allows(Principal who, Permission permission) {
        return AccessPolicy.allows(who, permission);
    }

    static void require(Principal who, Permission permission) {
        if (who == null) {
            throw new AccessDeniedException("error.access.notSignedIn");
        }
        if (!AccessPolicy.allows(who, permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
