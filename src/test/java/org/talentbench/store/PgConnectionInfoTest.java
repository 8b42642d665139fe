package org.talentbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgConnectionInfoTest {
    @TempDir
    Path dir;

    @Test
    void userAndPasswordInTheUrlWinAndAreKeptOutOfTheJdbcUrlAndTheDisplay() {
        DatabaseLocation loc = DatabaseLocation.parse("postgresql://db.example.org:5433/inst?user=hr&password=s3cret&sslmode=require");
        PgConnectionInfo info = PgConnectionInfo.resolve(loc.jdbcUrl(), Map.of("PGUSER", "other", "PGPASSWORD", "x"),
                null, "login");
        assertEquals("hr", info.user());
        assertEquals("s3cret", info.password());
        assertEquals("jdbc:postgresql://db.example.org:5433/inst?sslmode=require", info.jdbcUrl());
        assertEquals("postgresql://db.example.org:5433/inst?user=hr&sslmode=require", loc.display());
        assertFalse(info.toString().contains("s3cret"));
    }

    @Test
    void environmentGivesUserAndPasswordWhenTheUrlHasNone() {
        PgConnectionInfo info = PgConnectionInfo.resolve("jdbc:postgresql://localhost/inst",
                Map.of("PGUSER", "hr", "PGPASSWORD", "envpw"), null, "login");
        assertEquals("hr", info.user());
        assertEquals("envpw", info.password());
        assertEquals(5432, info.port());
    }

    @Test
    void pgpassLineMatchingHostPortDatabaseAndUserGivesThePassword() throws Exception {
        Path pgpass = dir.resolve(".pgpass");
        Files.writeString(pgpass, """
                # host:port:database:user:password
                other.host:5432:inst:hr:wrong
                localhost:5432:inst:hr:pa\\:ss
                *:*:*:*:fallback
                """);
        PgConnectionInfo info = PgConnectionInfo.resolve("jdbc:postgresql://127.0.0.1/inst", Map.of(), pgpass, "hr");
        assertEquals("hr", info.user());
        assertEquals("pa:ss", info.password());
        assertEquals("fallback",
                PgConnectionInfo.resolve("jdbc:postgresql://elsewhere/db2", Map.of(), pgpass, "me").password());
    }

    @Test
    void noPasswordAnywhereLeavesItUnset() {
        assertNull(PgConnectionInfo.resolve("jdbc:postgresql://localhost/inst", Map.of(), dir.resolve("none"), "me")
                .password());
    }
}
