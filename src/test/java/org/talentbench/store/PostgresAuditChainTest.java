package org.talentbench.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The out-of-band tampering cases of {@link AuditChainTest} on a PostgreSQL server. */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = StoreUnderTest.PG_URL_VARIABLE, matches = ".+")
class PostgresAuditChainTest extends AuditChainTest {
    @Override
    StoreUnderTest store() {
        return StoreUnderTest.POSTGRES;
    }
}
