package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.committee.Role;
import org.talentbench.security.Principal;

/** Account administration is the HR administrator's; everyone changes only their own password. */
class AccountServiceTest {
    private CommitteeFixture f;
    private Principal chair;
    private Principal member;
    private Principal observer;

    @BeforeEach
    void setUp() {
        f = new CommitteeFixture();
        chair = f.account("chair", Role.CHAIR, null);
        member = f.account("m1", Role.MEMBER, null);
        observer = f.account("obs", Role.OBSERVER, null);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static String refusedKey(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(AccessDeniedException.class, call).key();
    }

    @Test
    void onlyTheAdministratorCreatesDisablesAndResets() {
        for (Principal who : new Principal[] {chair, member, observer}) {
            refusedKey(() -> f.accounts.create(who, new AccountService.NewAccount("x1", "x", Role.ADMIN, null, null,
                    null), CommitteeFixture.PASSWORD));
            refusedKey(() -> f.accounts.setActive(who, f.admin.id(), false));
            refusedKey(() -> f.accounts.resetPassword(who, f.admin.id(), "taken-over-1".toCharArray()));
        }
        assertEquals(Role.ADMIN, f.auth.login("hr", CommitteeFixture.PASSWORD).role());
    }

    @Test
    void membersAndObserversMayNotListAccountsWhileChairsMayToFormPanels() {
        refusedKey(() -> f.accounts.list(member));
        refusedKey(() -> f.accounts.list(observer));
        assertEquals(4, f.accounts.list(chair).size());
        assertEquals(4, f.accounts.list(f.admin).size());
    }

    @Test
    void nobodySignedInIsRefused() {
        assertEquals("error.access.notSignedIn", refusedKey(() -> f.accounts.create(null,
                new AccountService.NewAccount("x1", "x", Role.ADMIN, null, null, null), CommitteeFixture.PASSWORD)));
    }

    @Test
    void theAdministratorCannotDisableThemself() {
        assertEquals("error.account.cannotDisableSelf", assertThrows(UserFacingException.class,
                () -> f.accounts.setActive(f.admin, f.admin.id(), false)).key());
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabled() {
        f.accounts.setActive(f.admin, member.id(), false);
        assertEquals("error.auth.failed", assertThrows(UserFacingException.class,
                () -> f.auth.login("m1", CommitteeFixture.PASSWORD)).key());
        f.accounts.setActive(f.admin, member.id(), true);
        assertEquals(member.id(), f.auth.login("m1", CommitteeFixture.PASSWORD).id());
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOne() {
        assertEquals("error.auth.failed", assertThrows(UserFacingException.class,
                () -> f.accounts.changeOwnPassword(member, "not-current".toCharArray(), "next-pass-1".toCharArray()))
                .key());
        f.accounts.changeOwnPassword(member, CommitteeFixture.PASSWORD, "next-pass-1".toCharArray());
        assertEquals(member.id(), f.auth.login("m1", "next-pass-1".toCharArray()).id());
    }
}
