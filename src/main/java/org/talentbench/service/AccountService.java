package org.talentbench.service;

import java.time.Clock;
import java.util.List;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.committee.Account;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.CommitteeEvent;
import org.talentbench.core.committee.Role;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.security.KeyRing;
import org.talentbench.security.Permission;
import org.talentbench.security.PasswordHasher;
import org.talentbench.security.Principal;
import org.talentbench.store.Database;

/**
 * Account administration (HR administrator only) and each user's own password. Linking an account to a researcher
 * profile copies the profile's department and discipline unless given, so that conflicts and discipline matching
 * work. Stateless; each call is one transaction.
 */
public final class AccountService {
    private final Transactions tx;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final KeyRing keys;

    public AccountService(Transactions tx, PasswordHasher hasher, Clock clock) {
        this(tx, hasher, clock, KeyRing.NONE);
    }

    /**
     * Account administration that also keeps the key slots of an encrypted database current: a new account gets a
     * slot, a disabled one loses it, a password change or reset re-wraps only that account's slot.
     */
    public AccountService(Transactions tx, PasswordHasher hasher, Clock clock, KeyRing keys) {
        this.tx = tx;
        this.hasher = hasher;
        this.clock = clock;
        this.keys = keys;
    }

    public AccountService(Transactions tx) {
        this(tx, new PasswordHasher(), Clock.systemUTC());
    }

    /** Account administration on {@code db}, keeping its key slots current when it is encrypted. */
    public AccountService(Database db) {
        this(db, new PasswordHasher(), Clock.systemUTC(), db.keyRing());
    }

    /** What a new account needs besides its password. */
    public record NewAccount(String login, String displayName, Role role, String researcherEmployeeNo,
                             String departmentCode, String discipline) {
    }

    /** Every account; administrators manage them, chairs need them to form panels. */
    public List<AccountSummary> list(Principal who) {
        if (!Access.allows(who, Permission.MANAGE_ACCOUNTS) && !Access.allows(who, Permission.MANAGE_PANELS)) {
            throw new AccessDeniedException(Permission.MANAGE_ACCOUNTS);
        }
        return tx.read(r -> r.accounts().findAll().stream().map(AccountSummary::of).toList());
    }

    public AccountSummary create(Principal who, NewAccount spec, char[] password) {
        Access.require(who, Permission.MANAGE_ACCOUNTS);
        AuthService.checkLogin(spec.login());
        AuthService.checkPassword(password);
        if (spec.role() == null) {
            throw new UserFacingException("error.account.roleRequired", true, null);
        }
        String hash = hasher.hash(password);
        AccountSummary created = tx.inTransaction(r -> {
            if (r.accounts().findByLogin(spec.login()).isPresent()) {
                throw new UserFacingException("error.account.loginTaken", true, null, spec.login());
            }
            ResearcherId researcherId = null;
            String department = spec.departmentCode() == null ? "" : spec.departmentCode();
            String discipline = spec.discipline() == null ? "" : spec.discipline();
            if (spec.researcherEmployeeNo() != null && !spec.researcherEmployeeNo().isBlank()) {
                Researcher res = r.researchers().findByEmployeeNo(spec.researcherEmployeeNo().strip())
                        .orElseThrow(() -> new UserFacingException("error.account.noSuchResearcher", true, null,
                                spec.researcherEmployeeNo()));
                researcherId = res.id();
                department = department.isEmpty() ? res.departmentCode() : department;
                discipline = discipline.isEmpty() ? res.discipline() : discipline;
            }
            Account a = r.accounts().insert(new Account(AccountId.NEW, spec.login(), spec.displayName(), spec.role(),
                    researcherId, department, discipline, hash, true, 0, null, 0));
            r.committeeDecisions().log(new CommitteeEvent(0, clock.instant(), who.id(), 0, "ACCOUNT_CREATED", null,
                    a.id().value(), spec.role().name()));
            return AccountSummary.of(a);
        });
        // after the commit: a crash in between leaves an account without a slot, which its next sign-in to an open
        // session or a password reset repairs; never a slot without an account
        keys.put(created.login(), password);
        return created;
    }

    public void setActive(Principal who, AccountId id, boolean active) {
        Access.require(who, Permission.MANAGE_ACCOUNTS);
        if (who.id().equals(id) && !active) {
            throw new UserFacingException("error.account.cannotDisableSelf", true, null);
        }
        Account changed = tx.inTransaction(r -> {
            Account a = load(r.accounts().findById(id), id);
            r.accounts().update(a.withActive(active));
            r.committeeDecisions().log(new CommitteeEvent(0, clock.instant(), who.id(), 0,
                    active ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", null, id.value(), ""));
            return a;
        });
        if (!active) {
            // after the commit; a crash in between leaves a slot that the next sign-in removes (AuthService.login)
            keys.remove(changed.login());
        }
    }

    /** Sets another user's password (administrator) and lifts any login pause. */
    public void resetPassword(Principal who, AccountId id, char[] password) {
        Access.require(who, Permission.MANAGE_ACCOUNTS);
        AuthService.checkPassword(password);
        String hash = hasher.hash(password);
        String login = tx.read(r -> load(r.accounts().findById(id), id).login());
        rewrap(login, password, () -> tx.inTransaction(r -> {
            Account a = load(r.accounts().findById(id), id);
            r.accounts().update(a.withPasswordHash(hash).withFailures(0, null));
            r.committeeDecisions().log(new CommitteeEvent(0, clock.instant(), who.id(), 0, "PASSWORD_RESET", null,
                    id.value(), ""));
            return null;
        }));
    }

    /** Changes the caller's own password after checking the current one. */
    public void changeOwnPassword(Principal who, char[] current, char[] password) {
        AuthService.checkPassword(password);
        String hash = hasher.hash(password);
        Account me = tx.read(r -> load(r.accounts().findById(who.id()), who.id()));
        if (!hasher.verify(current, me.passwordHash())) {
            throw new UserFacingException("error.auth.failed", true, null);
        }
        rewrap(me.login(), password, () -> tx.inTransaction(r -> {
            Account a = load(r.accounts().findById(who.id()), who.id());
            if (!hasher.verify(current, a.passwordHash())) {
                throw new UserFacingException("error.auth.failed", true, null);
            }
            r.accounts().update(a.withPasswordHash(hash));
            return null;
        }));
    }

    /**
     * A password change on an encrypted database, in two steps around the commit: a second slot under the new
     * password is added first, the old one removed after. Whatever point a crash stops at, the password the
     * database accepts also opens a slot. A failed commit takes the staged slot back (the old one stays).
     */
    private void rewrap(String login, char[] password, Runnable commit) {
        if (!keys.encrypted()) {
            commit.run();
            return;
        }
        boolean hadSlot = keys.hasSlot(login);
        keys.stage(login, password);
        try {
            commit.run();
        } catch (RuntimeException e) {
            if (hadSlot) {
                keys.unstage(login);
            } else {
                keys.remove(login);
            }
            throw e;
        }
        keys.put(login, password);
    }

    private static Account load(java.util.Optional<Account> a, AccountId id) {
        return a.orElseThrow(() -> new UserFacingException("error.account.notFound", true, null, id.value()));
    }
}
