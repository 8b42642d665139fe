package org.talentbench.store;

import static org.talentbench.store.generated.Tables.ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.talentbench.core.committee.Account;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Role;
import org.talentbench.core.repo.AccountRepository;
import org.talentbench.core.repo.StaleRecordException;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.store.generated.tables.records.AccountRecord;

final class JooqAccountRepository implements AccountRepository {
    private final DSLContext dsl;

    JooqAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Account> findAll() {
        return dsl.selectFrom(ACCOUNT).orderBy(ACCOUNT.ID).fetch(JooqAccountRepository::toCore);
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id.value())).fetchOptional(JooqAccountRepository::toCore);
    }

    @Override
    public Optional<Account> findByLogin(String login) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.LOGIN.eq(login)).fetchOptional(JooqAccountRepository::toCore);
    }

    @Override
    public int count() {
        return dsl.fetchCount(ACCOUNT);
    }

    @Override
    public Account insert(Account a) {
        AccountRecord r = dsl.newRecord(ACCOUNT);
        fill(r, a);
        r.setCreatedAt(Times.utc(Instant.now()));
        r.setVersion(1L);
        r.store();
        return a.withId(new AccountId(r.getId())).withVersion(1);
    }

    @Override
    public Account update(Account a) {
        AccountRecord r = dsl.newRecord(ACCOUNT);
        fill(r, a);
        int n = dsl.update(ACCOUNT)
                .set(ACCOUNT.LOGIN, r.getLogin())
                .set(ACCOUNT.DISPLAY_NAME, r.getDisplayName())
                .set(ACCOUNT.ROLE, r.getRole())
                .set(ACCOUNT.RESEARCHER_ID, r.getResearcherId())
                .set(ACCOUNT.DEPARTMENT_CODE, r.getDepartmentCode())
                .set(ACCOUNT.DISCIPLINE, r.getDiscipline())
                .set(ACCOUNT.PASSWORD_HASH, r.getPasswordHash())
                .set(ACCOUNT.ACTIVE, r.getActive())
                .set(ACCOUNT.FAILED_ATTEMPTS, r.getFailedAttempts())
                .set(ACCOUNT.LOCKED_UNTIL, r.getLockedUntil())
                .set(ACCOUNT.VERSION, a.version() + 1)
                .where(ACCOUNT.ID.eq(a.id().value())).and(ACCOUNT.VERSION.eq(a.version()))
                .execute();
        if (n == 0) {
            throw new StaleRecordException("account", a.id().value());
        }
        return a.withVersion(a.version() + 1);
    }

    private static void fill(AccountRecord r, Account a) {
        r.setLogin(a.login());
        r.setDisplayName(a.displayName());
        r.setRole(a.role().name());
        r.setResearcherId(a.researcherId() == null ? null : a.researcherId().value());
        r.setDepartmentCode(a.departmentCode());
        r.setDiscipline(a.discipline());
        r.setPasswordHash(a.passwordHash());
        r.setActive(a.active());
        r.setFailedAttempts(a.failedAttempts());
        r.setLockedUntil(Times.utc(a.lockedUntil()));
    }

    private static Account toCore(AccountRecord r) {
        return new Account(new AccountId(r.getId()), r.getLogin(), r.getDisplayName(), Role.valueOf(r.getRole()),
                r.getResearcherId() == null ? null : new ResearcherId(r.getResearcherId()), r.getDepartmentCode(),
                r.getDiscipline(), r.getPasswordHash(), r.getActive(), r.getFailedAttempts(),
                Times.instant(r.getLockedUntil()), r.getVersion());
    }
}
