package org.talentbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.jooq.impl.DSL;

/**
 * The roles of a shared database are enforced by PostgreSQL itself: HR staff write profiles, committee members only
 * read them, and nobody but the owner can change or delete audit rows. Needs a test user that may create roles.
 */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = StoreUnderTest.PG_URL_VARIABLE, matches = ".+")
class PostgresRolesTest {
    private final String suffix = ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
    private final String hr = "tb_hr_" + suffix;
    private final String reviewer = "tb_rev_" + suffix;
    private Database owner;
    private String schemaUrl;

    @BeforeEach
    void ownerMigratesAndStaffLogInsExist() throws SQLException {
        DatabaseLocation loc = StoreUnderTest.POSTGRES.location();
        owner = Database.open(loc);
        schemaUrl = loc.display();
        try (Connection c = StoreUnderTest.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + hr + " LOGIN PASSWORD 'hr-pass' IN ROLE talentbench_hr");
            st.execute("CREATE ROLE " + reviewer + " LOGIN PASSWORD 'rev-pass' IN ROLE talentbench_reviewer");
        }
    }

    @AfterEach
    void dropEverything() throws SQLException {
        StoreUnderTest.POSTGRES.dispose(owner);
        try (Connection c = StoreUnderTest.connect(); Statement st = c.createStatement()) {
            st.execute("DROP ROLE IF EXISTS " + hr);
            st.execute("DROP ROLE IF EXISTS " + reviewer);
        }
    }

    private DatabaseLocation as(String user, String password) {
        String withoutUser = schemaUrl.replaceAll("user=[^&]*&?", "");
        return DatabaseLocation.parse(withoutUser + (withoutUser.endsWith("?") ? "" : "&") + "user=" + user
                + "&password=" + password);
    }

    private Connection jdbcAs(Database db, String user, String password) throws SQLException {
        PgConnectionInfo info = PgConnectionInfo.resolve(db.location().jdbcUrl(), java.util.Map.of(), null, user);
        return DriverManager.getConnection(info.jdbcUrl(), user, password);
    }

    @Test
    void hrStaffWriteProfilesAndAppendToTheLogButCannotRewriteIt() throws SQLException {
        try (Database db = Database.open(as(hr, "hr-pass"), false)) {
            db.inTransaction(r -> r.researchers().insert(StoreFixtures.researcher("JS1", "甲")));
            db.dsl().transaction(cfg -> AuditChain.append(DSL.using(cfg), LocalDateTime.of(2026, 5, 1, 9, 0), hr,
                    "researcher", 1, "created", null, "JS1"));
            assertEquals(1, (int) db.read(r -> r.researchers().count()));
            try (Connection c = jdbcAs(db, hr, "hr-pass"); Statement st = c.createStatement()) {
                SQLException update = assertThrows(SQLException.class,
                        () -> st.execute("UPDATE change_log SET new_value = 'x'"));
                assertEquals("42501", update.getSQLState());
                SQLException delete = assertThrows(SQLException.class, () -> st.execute("DELETE FROM change_log"));
                assertEquals("42501", delete.getSQLState());
            }
            assertEquals(true, AuditChain.verify(db).intact());
        }
    }

    @Test
    void committeeMembersReadButCannotChangeProfiles() {
        owner.inTransaction(r -> r.researchers().insert(StoreFixtures.researcher("JS1", "甲")));
        try (Database db = Database.open(as(reviewer, "rev-pass"), false)) {
            assertEquals(1, (int) db.read(r -> r.researchers().count()));
            DatabaseWriteException e = assertThrows(DatabaseWriteException.class,
                    () -> db.inTransaction(r -> r.researchers().insert(StoreFixtures.researcher("JS2", "乙"))));
            assertEquals(DatabaseProblem.PERMISSION_DENIED, e.problem());
            assertEquals(1, (int) db.read(r -> r.researchers().count()));
        }
    }
}
