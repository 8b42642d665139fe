package org.talentbench.core.repo;

import java.util.List;
import java.util.Optional;
import org.talentbench.core.committee.Account;
import org.talentbench.core.committee.AccountId;

/** User accounts. Logins are unique; updates are optimistic (version). */
public interface AccountRepository {
    List<Account> findAll();

    Optional<Account> findById(AccountId id);

    Optional<Account> findByLogin(String login);

    int count();

    /** Inserts a new account; returns it with its id and version 1. */
    Account insert(Account account);

    /** @throws StaleRecordException when the stored version differs */
    Account update(Account account);
}
