package org.talentbench.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.committee.Account;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.CommitteeEvent;
import org.talentbench.core.committee.Role;
import org.talentbench.core.repo.Transactions;
import org.talentbench.security.KeyRing;
import org.talentbench.security.PasswordHasher;
import org.talentbench.security.Principal;
import org.talentbench.store.Database;

/**
 * Signing in. On a database without accounts the first run creates the administrator; afterwards every session
 * starts with a login. After {@link #FREE_ATTEMPTS} consecutive failures an account pauses: further attempts are
 * refused without checking the password until the pause ends; the pause doubles with each failure from 30 seconds up
 * to 15 minutes, and a success resets it. An unknown login costs the same hashing time as a wrong password and gets
 * the same answer. Passwords are never stored, logged or put in exceptions. Thread-safe; time comes from the
 * injected clock so that tests never sleep.
 */
public final class AuthService {
    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);
    public static final int FREE_ATTEMPTS = 3;
    public static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    public static final Duration MAX_PAUSE = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final Transactions tx;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final KeyRing keys;

    public AuthService(Transactions tx, PasswordHasher hasher, Clock clock) {
        this(tx, hasher, clock, KeyRing.NONE);
    }

    /**
     * Signing in to a database whose key slots {@code keys} keeps current: the first administrator gets a slot, and
     * a successful sign-in gives its account a slot if it lacks one and drops the slots of accounts that are gone
     * or disabled (what a crash between a commit and the key file's update leaves behind).
     */
    public AuthService(Transactions tx, PasswordHasher hasher, Clock clock, KeyRing keys) {
        this.tx = tx;
        this.hasher = hasher;
        this.clock = clock;
        this.keys = keys;
    }

    public AuthService(Transactions tx) {
        this(tx, new PasswordHasher(), Clock.systemUTC());
    }

    /** Signing in to {@code db}, keeping its key slots current when it is encrypted. */
    public AuthService(Database db) {
        this(db, new PasswordHasher(), Clock.systemUTC(), db.keyRing());
    }

    /** Whether any account exists; without one the app opens without a login and offers to create the administrator. */
    public boolean hasAccounts() {
        return tx.read(r -> r.accounts().count() > 0);
    }

    /**
     * Whether this is a generated demo institute that nobody has claimed yet: no accounts, and the demo generator's
     * seed among the settings. Such a file holds invented people only, so the app opens it at once as the bootstrap
     * administrator instead of asking a first-time user to invent a login before seeing anything (decision 0097);
     * creating the first account ends the exception.
     */
    public boolean isUnclaimedDemo() {
        return tx.read(r -> r.accounts().count() == 0 && r.settings().get(DEMO_SEED_SETTING).isPresent());
    }

    /** The setting the demo generator writes; its presence marks a demo institute. */
    public static final String DEMO_SEED_SETTING = "demo.seed";

    /** The pause after {@code failures} consecutive failures: none for the first three, then 30 s doubling, ≤ 15 min. */
    public static Duration pauseAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration d = FIRST_PAUSE.multipliedBy(1L << doublings);
        return d.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : d;
    }

    static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("error.auth.passwordTooShort", true, null, MIN_PASSWORD_LENGTH);
        }
    }

    static void checkLogin(String login) {
        if (login == null || !login.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new UserFacingException("error.auth.badLogin", true, null, login == null ? "" : login);
        }
    }

    /**
     * Creates the administrator of a database that has no account yet and signs them in. Refused once any account
     * exists ({@code error.auth.firstRunDone}).
     */
    public Principal createFirstAdministrator(String login, String displayName, char[] password) {
        checkLogin(login);
        checkPassword(password);
        String hash = hasher.hash(password);
        Account admin = tx.inTransaction(r -> {
            if (r.accounts().count() > 0) {
                throw new UserFacingException("error.auth.firstRunDone", true, null);
            }
            Account a = r.accounts().insert(new Account(AccountId.NEW, login, displayName, Role.ADMIN, null, "", "",
                    hash, true, 0, null, 0));
            r.committeeDecisions().log(new CommitteeEvent(0, clock.instant(), a.id(), 0, "ACCOUNT_CREATED", null,
                    a.id().value(), Role.ADMIN.name()));
            return a;
        });
        LOG.info("first administrator {} created", login);
        if (keys.encrypted() && !keys.hasSlot(login)) {
            keys.put(login, password);
        }
        return principal(admin);
    }

    private enum Outcome { OK, FAILED, PAUSED }

    private record Attempt(Outcome outcome, Account account, long waitSeconds) {
    }

    /**
     * Signs in. Wrong or unknown login and wrong password: {@code error.auth.failed}; during a pause:
     * {@code error.auth.paused} with the seconds left.
     */
    public Principal login(String login, char[] password) {
        Attempt attempt = tx.inTransaction(r -> {
            Optional<Account> found = login == null ? Optional.empty() : r.accounts().findByLogin(login.strip());
            if (found.isEmpty() || !found.get().active()) {
                hasher.burn(password == null ? new char[0] : password);
                return new Attempt(Outcome.FAILED, null, 0);
            }
            Account a = found.get();
            Instant now = clock.instant();
            if (a.lockedUntil() != null && now.isBefore(a.lockedUntil())) {
                long wait = Math.max(1, Duration.between(now, a.lockedUntil()).toSeconds());
                return new Attempt(Outcome.PAUSED, a, wait);
            }
            if (password != null && hasher.verify(password, a.passwordHash())) {
                Account ok = a;
                if (a.failedAttempts() > 0 || a.lockedUntil() != null) {
                    ok = ok.withFailures(0, null);
                }
                if (hasher.needsRehash(a.passwordHash())) {
                    ok = ok.withPasswordHash(hasher.hash(password));
                }
                if (ok != a) {
                    ok = r.accounts().update(ok);
                }
                return new Attempt(Outcome.OK, ok, 0);
            }
            int failures = a.failedAttempts() + 1;
            Duration pause = pauseAfter(failures);
            r.accounts().update(a.withFailures(failures, pause.isZero() ? null : now.plus(pause)));
            r.committeeDecisions().log(new CommitteeEvent(0, now, a.id(), 0, "LOGIN_FAILED", null, a.id().value(),
                    Integer.toString(failures)));
            return new Attempt(Outcome.FAILED, a, 0);
        });
        switch (attempt.outcome()) {
            case OK -> {
                LOG.info("{} signed in", attempt.account().login());
                repairSlots(attempt.account().login(), password);
                return principal(attempt.account());
            }
            case PAUSED -> {
                LOG.info("login for {} refused during a pause", attempt.account().login());
                throw new UserFacingException("error.auth.paused", true, null, attempt.waitSeconds());
            }
            default -> {
                LOG.info("failed login");
                throw new UserFacingException("error.auth.failed", true, null);
            }
        }
    }

    private void repairSlots(String login, char[] password) {
        if (!keys.encrypted()) {
            return;
        }
        if (keys.slotCount(login) != 1) {
            // none (lost after a commit) or two (a password change interrupted): one slot under this password
            keys.put(login, password);
        }
        keys.retainOnly(tx.read(r -> r.accounts().findAll().stream().filter(Account::active).map(Account::login)
                .collect(java.util.stream.Collectors.toSet())));
    }

    static Principal principal(Account a) {
        return new Principal(a.id(), a.login(), a.displayName(), a.role());
    }
}
