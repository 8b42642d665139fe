package org.talentbench.service;

import java.util.Optional;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Role;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.Transactions;
import org.talentbench.security.Permission;
import org.talentbench.security.Principal;

/**
 * Who the services over one database act for: the principal signed in to a {@link Workspace} (or named by
 * {@code --user} on the command line), shared by every service the workspace builds, so the role check happens in
 * each service without a principal parameter on every call (decision 0090).
 *
 * <p>Nobody signed in: a database with no account has no access control yet (first run, the demo) and the services
 * act for a {@linkplain #BOOTSTRAP bootstrap administrator}, exactly as before accounts existed; a database with
 * accounts refuses every call ({@code error.access.signInRequired}). Whether accounts exist is asked at each check,
 * so creating the first account closes the door at once. Thread-safe: the principal is a volatile reference, set
 * on the FX thread and read by background tasks.
 */
public final class Session {
    /** The administrator the services act for on a database that has no account yet. Never stored. */
    public static final Principal BOOTSTRAP = new Principal(AccountId.NEW, "bootstrap", "bootstrap", Role.ADMIN);

    private final Transactions tx;
    private volatile Principal principal;

    private Session(Transactions tx, Principal principal) {
        this.tx = tx;
        this.principal = principal;
    }

    /** A session with nobody signed in yet: bootstrap while the database has no account, refused afterwards. */
    public static Session unattended(Transactions tx) {
        return new Session(tx, null);
    }

    /** A session for {@code who} (the GUI after its sign-in, the CLI after {@code --user}). */
    public static Session of(Transactions tx, Principal who) {
        return new Session(tx, who);
    }

    public void signIn(Principal who) {
        this.principal = who;
    }

    public void signOut() {
        this.principal = null;
    }

    /** The signed-in principal, if any (not the bootstrap one). */
    public Optional<Principal> principal() {
        return Optional.ofNullable(principal);
    }

    /**
     * The principal calls are made for now: the signed-in one, or the bootstrap administrator on a database without
     * accounts.
     *
     * @throws AccessDeniedException {@code error.access.signInRequired} when the database has accounts and nobody
     *                               signed in
     */
    public Principal current() {
        Principal who = principal;
        return who != null ? who : unsigned(tx.read(r -> r.accounts().count()));
    }

    /** As {@link #current()}, inside a transaction the caller already holds (no nested transaction). */
    private Principal current(Repositories r) {
        Principal who = principal;
        return who != null ? who : unsigned(r.accounts().count());
    }

    private static Principal unsigned(int accounts) {
        if (accounts == 0) {
            return BOOTSTRAP;
        }
        throw AccessDeniedException.signInRequired();
    }

    /** Whether the current principal holds {@code permission}; false (not an exception) when sign-in is missing. */
    public boolean allows(Permission permission) {
        try {
            return Access.allows(current(), permission);
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * The current principal, refused ({@link AccessDeniedException}) unless it holds {@code permission}. The services
     * call it first thing; a caller that writes data out itself (the command line's ranked-list export) too.
     */
    public Principal require(Permission permission) {
        Principal who = current();
        Access.require(who, permission);
        return who;
    }

    /** The current principal's view of the data, refused unless it may {@link Permission#VIEW}. */
    Visibility visibility(Repositories r) {
        Principal who = current(r);
        Access.require(who, Permission.VIEW);
        return Visibility.of(r, who);
    }
}
