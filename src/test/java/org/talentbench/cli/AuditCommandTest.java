package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.store.AuditChain;

class AuditCommandTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void chainOfFour() throws Exception {
        db = dir.resolve("inst");
        // an empty institute: its change log starts empty, so the four records below are the whole chain
        org.talentbench.store.Database.open(org.talentbench.store.DatabaseLocation.file(db)).close();
        String prev = AuditChain.GENESIS;
        LocalDateTime at = LocalDateTime.of(2026, 4, 1, 10, 0);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
             PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (changed_at, actor, entity, entity_id,"
                     + " field, old_value, new_value, prev_hash, hash) VALUES (?, 'hr', 'researcher', ?, 'title',"
                     + " NULL, ?, ?, ?)")) {
            for (int i = 1; i <= 4; i++) {
                String hash = AuditChain.hash(prev, at, "hr", "researcher", i, "title", null, "研究员" + i);
                ps.setTimestamp(1, Timestamp.valueOf(at));
                ps.setLong(2, i);
                ps.setString(3, "研究员" + i);
                ps.setString(4, prev);
                ps.setString(5, hash);
                ps.executeUpdate();
                prev = hash;
            }
            syncHead(c);
        }
    }

    /** Keeps {@code change_log_head} (when the schema has it) in step with rows written here by plain JDBC. */
    static void syncHead(Connection c) throws java.sql.SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE LOWER(table_name) = 'change_log_head'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return;
            }
        }
        c.createStatement().execute("UPDATE change_log_head SET last_id = (SELECT MAX(id) FROM change_log),"
                + " last_hash = (SELECT hash FROM change_log WHERE id = (SELECT MAX(id) FROM change_log)) WHERE id = 1");
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "")) {
            c.createStatement().execute(statement);
        }
    }

    @Test
    void intactChainExitsWithZero() {
        CliRunner r = CliRunner.run("audit", "verify", "--db", db.toString(), "--lang", "en");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("The audit trail is intact: 4 records, head "), r.out());
    }

    @Test
    void editedRecordExitsWithOneAndIsNamed() throws Exception {
        sql("UPDATE change_log SET new_value = '正高级' WHERE id = 2");
        CliRunner r = CliRunner.run("audit", "verify", "--db", db.toString(), "--lang", "en");
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("record 2 was edited outside TalentBench"), r.out());
        CliRunner zh = CliRunner.run("audit", "verify", "--db", db.toString(), "--lang", "zh");
        assertTrue(zh.out().contains("第 2 条记录在人才评价工作台之外被修改"), zh.out());
    }

    @Test
    void deletedRecordIsReportedAsJson() throws Exception {
        sql("DELETE FROM change_log WHERE id = 3");
        CliRunner r = CliRunner.run("audit", "verify", "--db", db.toString(), "--format", "json");
        assertEquals(1, r.exitCode());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(false, json.get("intact").asBoolean());
        assertEquals(4, json.get("firstBrokenId").asLong());
        assertEquals("deleted", json.get("tamper").asText());
    }

    @Test
    void missingDatabaseIsBadInput() {
        assertEquals(2, CliRunner.run("audit", "verify", "--db", dir.resolve("none").toString()).exitCode());
    }
}
