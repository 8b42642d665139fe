package org.talentbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jooq.impl.DSL;

/**
 * The audit chain against out-of-band changes made with plain JDBC, as someone with direct database access would.
 * {@link PostgresAuditChainTest} runs the same cases on PostgreSQL.
 */
class AuditChainTest {
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 15, 30, 123_000_000);
    private Database db;

    StoreUnderTest store() {
        return StoreUnderTest.H2;
    }

    @BeforeEach
    void open() {
        db = store().open();
    }

    @AfterEach
    void close() {
        store().dispose(db);
    }

    private void appendFive() {
        db.dsl().transaction(cfg -> {
            for (int i = 1; i <= 5; i++) {
                AuditChain.append(DSL.using(cfg), T0.plusMinutes(i), "hr-zhang", "researcher", 40 + i, "title",
                        "助理研究员", i % 2 == 0 ? null : "副研究员");
            }
        });
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = StoreUnderTest.connect(db); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private void createHeadTable() throws SQLException {
        sql("CREATE TABLE IF NOT EXISTS change_log_head (id INTEGER NOT NULL, last_id BIGINT NOT NULL,"
                + " last_hash VARCHAR(64) NOT NULL, CONSTRAINT pk_change_log_head PRIMARY KEY (id))");
    }

    private AuditChain.Break firstBreak() {
        AuditChain.Report report = AuditChain.verify(db);
        assertFalse(report.intact(), "expected a break");
        return report.firstBreak().orElseThrow();
    }

    @Test
    void untouchedChainIsIntactAndItsHeadIsTheLastHash() {
        appendFive();
        AuditChain.Report report = AuditChain.verify(db);
        assertTrue(report.intact());
        assertEquals(5, report.rows());
        assertEquals(db.dsl().fetchOne("SELECT hash FROM change_log WHERE id = 5").get(0, String.class),
                report.headHash());
    }

    @Test
    void emptyLogIsIntact() {
        AuditChain.Report report = AuditChain.verify(db);
        assertTrue(report.intact());
        assertEquals(AuditChain.GENESIS, report.headHash());
    }

    @Test
    void valueEditedOutOfBandIsReportedAsEdited() throws SQLException {
        appendFive();
        sql("UPDATE change_log SET new_value = '研究员' WHERE id = 3");
        assertEquals(new AuditChain.Break(3, AuditChain.Tamper.EDITED, false), firstBreak());
    }

    @Test
    void timestampEditedOutOfBandIsReportedAsEdited() throws SQLException {
        appendFive();
        sql("UPDATE change_log SET changed_at = changed_at + INTERVAL '1' DAY WHERE id = 2");
        assertEquals(new AuditChain.Break(2, AuditChain.Tamper.EDITED, false), firstBreak());
    }

    @Test
    void recomputedHashStillBreaksTheLinkOfTheNextRecord() throws SQLException {
        // row 2 now verifies on its own; the chain breaks at row 3, whose predecessor's hash is nowhere in the table:
        // indistinguishable from a deleted row, so it is reported as such, at row 3
        appendFive();
        AuditChain.Row r2 = row(2);
        String forged = AuditChain.hash(r2.prevHash(), r2.changedAt(), "someone-else", r2.entity(), r2.entityId(),
                r2.field(), r2.oldValue(), r2.newValue());
        sql("UPDATE change_log SET actor = 'someone-else', hash = '" + forged + "' WHERE id = 2");
        assertEquals(new AuditChain.Break(3, AuditChain.Tamper.DELETED, false), firstBreak());
    }

    @Test
    void deletedRecordIsReportedAtTheRecordAfterTheGap() throws SQLException {
        appendFive();
        sql("DELETE FROM change_log WHERE id = 3");
        assertEquals(new AuditChain.Break(4, AuditChain.Tamper.DELETED, false), firstBreak());
    }

    @Test
    void deletedFirstRecordIsReported() throws SQLException {
        appendFive();
        sql("DELETE FROM change_log WHERE id = 1");
        assertEquals(new AuditChain.Break(2, AuditChain.Tamper.DELETED, false), firstBreak());
    }

    @Test
    void recordInsertedBetweenTwoOthersIsReportedAsInserted() throws SQLException {
        appendFive();
        // make room: a legitimate chain may have id gaps (rolled-back appends)
        sql("UPDATE change_log SET id = id * 10");
        AuditChain.Row r2 = row(20);
        insertRow(25, r2.hash(), "0".repeat(64));
        assertEquals(new AuditChain.Break(25, AuditChain.Tamper.INSERTED, false), firstBreak());
    }

    @Test
    void insertedRecordWithACorrectlyComputedHashIsStillFound() throws SQLException {
        appendFive();
        sql("UPDATE change_log SET id = id * 10");
        AuditChain.Row r2 = row(20);
        String forged = AuditChain.hash(r2.hash(), T0, "intruder", "researcher", 1, "title", "a", "b");
        insertRow(25, r2.hash(), forged);
        assertEquals(new AuditChain.Break(25, AuditChain.Tamper.INSERTED, false), firstBreak());
    }

    @Test
    void withAHeadRecordRowsDeletedFromTheEndAreFound() throws SQLException {
        createHeadTable();
        appendFive();
        assertTrue(AuditChain.verify(db).intact());
        assertTrue(AuditChain.verify(db).headRecorded());
        sql("DELETE FROM change_log WHERE id >= 4");
        assertEquals(new AuditChain.Break(3, AuditChain.Tamper.DELETED, true), firstBreak());
    }

    @Test
    void withAHeadRecordARowAppendedOutOfBandIsFound() throws SQLException {
        createHeadTable();
        appendFive();
        AuditChain.Row last = row(5);
        insertRow(6, last.hash(), AuditChain.hash(last.hash(), T0, "intruder", "researcher", 1, "title", "a", "b"));
        assertEquals(new AuditChain.Break(6, AuditChain.Tamper.INSERTED, false), firstBreak());
    }

    @Test
    void hashFollowsTheDocumentedFormula() {
        // SHA-256 of "0…0|2026-03-02T09:15:30.123|hr|researcher|7|title||副研究员" (64 zeros), computed with sha256sum
        assertEquals(REFERENCE_HASH,
                AuditChain.hash(AuditChain.GENESIS, T0, "hr", "researcher", 7, "title", null, "副研究员"));
    }

    static final String REFERENCE_HASH = "a77823cfc6760d2a87602dd2f8e5b88b90e628b086042792c96ad384b30643cc";

    @Test
    void pureVerificationNamesAnInsertedRowEvenAtTheStartOfTheChain() {
        AuditChain.Row forged = new AuditChain.Row(1, T0, "x", "researcher", 1, "f", null, "v", AuditChain.GENESIS,
                AuditChain.hash(AuditChain.GENESIS, T0, "x", "researcher", 1, "f", null, "v"));
        String h2 = AuditChain.hash(AuditChain.GENESIS, T0, "hr", "researcher", 2, "f", null, "w");
        AuditChain.Row real = new AuditChain.Row(2, T0, "hr", "researcher", 2, "f", null, "w", AuditChain.GENESIS, h2);
        AuditChain.Report report = AuditChain.verify(List.of(forged, real), Optional.empty());
        assertEquals(new AuditChain.Break(1, AuditChain.Tamper.INSERTED, false), report.firstBreak().orElseThrow());
    }

    private AuditChain.Row row(long id) {
        return AuditChain.rows(db).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private void insertRow(long id, String prev, String hash) throws SQLException {
        try (Connection c = StoreUnderTest.connect(db); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO change_log (id, changed_at, actor, entity, entity_id, field, old_value, new_value,"
                        + " prev_hash, hash) VALUES (?, ?, 'intruder', 'researcher', 1, 'title', 'a', 'b', ?, ?)")) {
            ps.setLong(1, id);
            ps.setTimestamp(2, Timestamp.valueOf(T0));
            ps.setString(3, prev);
            ps.setString(4, hash);
            ps.executeUpdate();
        }
    }
}
