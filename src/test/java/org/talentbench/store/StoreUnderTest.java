package org.talentbench.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases the store suite runs against: a fresh in-memory H2 per test, and — when {@code TALENTBENCH_PG_URL}
 * is set (e.g. {@code postgresql://localhost/talentbench_test?user=tb&password=tb}) — a fresh schema on that
 * PostgreSQL server per test, dropped afterwards.
 */
enum StoreUnderTest {
    H2 {
        @Override
        Database open() {
            return Database.open(DatabaseLocation.memory("store-test-" + COUNTER.incrementAndGet()));
        }
    },
    POSTGRES {
        @Override
        Database open() {
            return Database.open(location());
        }

        @Override
        DatabaseLocation location() {
            String schema = "tb_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            String base = pgUrl();
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create test schema on " + base, e);
            }
            return DatabaseLocation.parse(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        }

        @Override
        void dispose(Database db) {
            db.close();
            String url = db.location().jdbcUrl();
            String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test schema " + schema, e);
            }
        }
    };

    static final String PG_URL_VARIABLE = "TALENTBENCH_PG_URL";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    abstract Database open();

    /** A fresh location (PostgreSQL only: a new empty schema). */
    DatabaseLocation location() {
        throw new UnsupportedOperationException(name());
    }

    void dispose(Database db) {
        db.close();
    }

    static String pgUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(PG_URL_VARIABLE + " is not set");
        }
        return url.trim();
    }

    /** A plain JDBC connection to the test server, for set-up and for out-of-band edits. */
    static Connection connect() throws SQLException {
        PgConnectionInfo info = PgConnectionInfo.resolve(DatabaseLocation.parse(pgUrl()).jdbcUrl(), System.getenv(),
                null, System.getProperty("user.name"));
        return DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password());
    }

    /** A plain JDBC connection to the schema of {@code db}. */
    static Connection connect(Database db) throws SQLException {
        if (db.location().kind() != DatabaseLocation.Kind.POSTGRES) {
            return DriverManager.getConnection(db.location().jdbcUrl(), "sa", "");
        }
        PgConnectionInfo info = PgConnectionInfo.resolve(db.location().jdbcUrl(), Map.copyOf(System.getenv()), null,
                System.getProperty("user.name"));
        return DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password());
    }
}
