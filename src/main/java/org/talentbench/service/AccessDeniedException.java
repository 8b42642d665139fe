package org.talentbench.service;

import org.talentbench.common.UserFacingException;
import org.talentbench.security.Permission;

/**
 * A service call made by a principal whose role or panel does not allow it. Thrown by the services themselves, so a
 * screen that forgot to hide a button (or a script calling the CLI) is refused all the same. Key
 * {@code error.access.denied} (arg: the permission) or {@code error.access.notOnPanel}.
 */
public class AccessDeniedException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(Permission permission) {
        super("error.access.denied", false, null, permission.name());
    }

    public AccessDeniedException(String key, Object... args) {
        super(key, false, null, args);
    }

    private AccessDeniedException(String key, boolean badInput) {
        super(key, badInput, null);
    }

    /**
     * A database with accounts called without anyone signed in ({@code error.access.signInRequired}); bad input, so
     * the command line exits with 2 and says to sign in with {@code --user}.
     */
    public static AccessDeniedException signInRequired() {
        return new AccessDeniedException("error.access.signInRequired", true);
    }
}
