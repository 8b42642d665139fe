package org.talentbench.security;

import java.util.Objects;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Role;

/**
 * The signed-in user a service call is made for: the account and its role as they were at login. Services take a
 * principal on every call and check it against {@link AccessPolicy}; nothing is decided by which buttons a screen
 * shows. Immutable.
 */
public record Principal(AccountId id, String login, String displayName, Role role) {
    public Principal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? login : displayName;
    }

    public boolean is(Role r) {
        return role == r;
    }
}
