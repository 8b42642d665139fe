package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.committee.Account;
import org.talentbench.core.committee.Role;
import org.talentbench.security.Principal;

class AuthServiceTest {
    private CommitteeFixture f;

    @BeforeEach
    void setUp() {
        f = new CommitteeFixture();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theFirstRunCreatesTheAdministratorOnlyOnce() {
        assertTrue(f.auth.hasAccounts());
        assertEquals(Role.ADMIN, f.admin.role());
        assertEquals("error.auth.firstRunDone", assertThrows(UserFacingException.class,
                () -> f.auth.createFirstAdministrator("hr2", "x", CommitteeFixture.PASSWORD)).key());
    }

    @Test
    void passwordsAreStoredOnlyAsArgon2idHashes() {
        List<Account> all = f.db.read(r -> r.accounts().findAll());
        String hash = all.get(0).passwordHash();
        assertTrue(hash.startsWith("$argon2id$v=19$m=64,t=1,p=1$"), hash);
        assertFalse(hash.contains(new String(CommitteeFixture.PASSWORD)));
        assertTrue(f.hasher.verify(CommitteeFixture.PASSWORD, hash));
        assertFalse(f.hasher.verify("password-2".toCharArray(), hash));
    }

    @Test
    void anUnknownLoginAndAWrongPasswordGetTheSameAnswer() {
        assertEquals("error.auth.failed", assertThrows(UserFacingException.class,
                () -> f.auth.login("nobody", CommitteeFixture.PASSWORD)).key());
        assertEquals("error.auth.failed", assertThrows(UserFacingException.class,
                () -> f.auth.login("hr", "wrong-password".toCharArray())).key());
    }

    @Test
    void repeatedFailuresPauseTheAccountUntilThePauseEnds() {
        for (int i = 0; i < 3; i++) {
            assertThrows(UserFacingException.class, () -> f.auth.login("hr", "wrong-password".toCharArray()));
        }
        UserFacingException paused = assertThrows(UserFacingException.class,
                () -> f.auth.login("hr", CommitteeFixture.PASSWORD));
        assertEquals("error.auth.paused", paused.key());
        assertEquals(30L, paused.args().get(0));

        f.clock.advance(Duration.ofSeconds(31));
        Principal back = f.auth.login("hr", CommitteeFixture.PASSWORD);
        assertEquals(f.admin.id(), back.id());
        assertEquals(0, f.db.read(r -> r.accounts().findByLogin("hr")).orElseThrow().failedAttempts());
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "2, 0", "3, 30", "4, 60", "5, 120", "7, 480", "8, 900", "20, 900"})
    void thePauseDoublesFromThirtySecondsUpToFifteenMinutes(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), AuthService.pauseAfter(failures));
    }

    @Test
    void shortPasswordsAndDuplicateLoginsAreRefused() {
        assertEquals("error.auth.passwordTooShort", assertThrows(UserFacingException.class,
                () -> f.accounts.create(f.admin, new AccountService.NewAccount("m1", "m", Role.MEMBER, null, null,
                        null), "short".toCharArray())).key());
        f.accounts.create(f.admin, new AccountService.NewAccount("m1", "m", Role.MEMBER, null, null, null),
                CommitteeFixture.PASSWORD);
        assertEquals("error.account.loginTaken", assertThrows(UserFacingException.class,
                () -> f.accounts.create(f.admin, new AccountService.NewAccount("m1", "m", Role.MEMBER, null, null,
                        null), CommitteeFixture.PASSWORD)).key());
    }
}
