package org.talentbench.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The repository cases of {@link RepositoryTest} on a PostgreSQL server (a fresh schema per test). */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = StoreUnderTest.PG_URL_VARIABLE, matches = ".+")
class PostgresRepositoryTest extends RepositoryTest {
    @Override
    StoreUnderTest store() {
        return StoreUnderTest.POSTGRES;
    }
}
