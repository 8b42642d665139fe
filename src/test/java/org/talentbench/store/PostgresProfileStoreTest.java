package org.talentbench.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The cases of {@link ProfileStoreTest} on a PostgreSQL server (a fresh schema per test). */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = StoreUnderTest.PG_URL_VARIABLE, matches = ".+")
class PostgresProfileStoreTest extends ProfileStoreTest {
    @Override
    StoreUnderTest store() {
        return StoreUnderTest.POSTGRES;
    }
}
