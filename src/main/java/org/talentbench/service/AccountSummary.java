package org.talentbench.service;

import org.talentbench.core.committee.Account;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Role;
import org.talentbench.core.researcher.ResearcherId;

/** An account as lists show it: never its password hash or failed-login state. */
public record AccountSummary(AccountId id, String login, String displayName, Role role, ResearcherId researcherId,
                             String departmentCode, String discipline, boolean active) {
    static AccountSummary of(Account a) {
        return new AccountSummary(a.id(), a.login(), a.displayName(), a.role(), a.researcherId(), a.departmentCode(),
                a.discipline(), a.active());
    }
}
