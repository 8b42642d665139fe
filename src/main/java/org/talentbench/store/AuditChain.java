package org.talentbench.store;

import static org.talentbench.store.generated.Tables.CHANGE_LOG;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The SHA-256 chain over the {@code change_log} table, and its verification. Each row's
 * <pre>
 * hash = lowercase hex SHA-256( UTF-8 of prev_hash|changed_at|actor|entity|entity_id|field|old_value|new_value )
 * </pre>
 * with {@code prev_hash} the hash of the row with the next-lower id ({@link #GENESIS} for the first),
 * {@code changed_at} in UTC as {@code yyyy-MM-dd'T'HH:mm:ss.SSS}, the id in decimal and {@code null} as the empty
 * string — the formula of the change-log repository's documentation, so rows written by it verify here.
 *
 * <p>Verification walks the rows in id order and names the first one that breaks the chain and how: a row whose
 * contents no longer match its hash was <em>edited</em>; a row the following row skips over was <em>inserted</em>; a
 * row whose predecessor's hash is nowhere in the table follows <em>deleted</em> rows. When the
 * {@code change_log_head} table exists (it records the last id and hash on every append), rows deleted from or added
 * to the end are caught as well. Stateless.
 */
public final class AuditChain {
    /** The {@code prev_hash} of the first row. */
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    /** How a record broke the chain. */
    public enum Tamper { EDITED, INSERTED, DELETED }

    /**
     * The first break found: {@code id} is the edited or inserted row, or for deletions the first row after the
     * missing ones ({@code afterEnd} when rows were removed from the end; then {@code id} is the last row left, 0 when
     * none is). A row edited together with a recomputed hash of its own looks exactly like a deleted one (the next
     * row's link points to a hash no longer stored) and is reported as {@code DELETED} at the next row.
     */
    public record Break(long id, Tamper kind, boolean afterEnd) {
    }

    /** The outcome of a verification: how many rows were checked, the first break if any, and the chain's head. */
    public record Report(int rows, Optional<Break> firstBreak, String headHash, boolean headRecorded) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** One stored row, as the chain sees it. */
    public record Row(long id, LocalDateTime changedAt, String actor, String entity, long entityId, String field,
                      String oldValue, String newValue, String prevHash, String hash) {
        boolean selfConsistent() {
            return hash != null && hash.equals(AuditChain.hash(prevHash, changedAt, actor, entity, entityId, field,
                    oldValue, newValue));
        }
    }

    /** The id and hash of the last row, as recorded by every append. */
    public record Head(long lastId, String lastHash) {
    }

    private AuditChain() {
    }

    public static String hash(String prevHash, LocalDateTime changedAt, String actor, String entity, long entityId,
                              String field, String oldValue, String newValue) {
        String text = prevHash + "|" + STAMP.format(changedAt) + "|" + actor + "|" + entity + "|" + entityId + "|"
                + field + "|" + (oldValue == null ? "" : oldValue) + "|" + (newValue == null ? "" : newValue);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Verifies the change log of {@code db} in one read transaction. */
    public static Report verify(Database db) {
        return db.dsl().transactionResult(cfg -> {
            DSLContext dsl = DSL.using(cfg);
            return verify(rows(dsl), readHead(dsl));
        });
    }

    /** All rows of the change log in id order. */
    static List<Row> rows(Database db) {
        return rows(db.dsl());
    }

    private static List<Row> rows(DSLContext dsl) {
        return dsl.selectFrom(CHANGE_LOG).orderBy(CHANGE_LOG.ID).fetch(r -> new Row(r.getId(), r.getChangedAt(),
                r.getActor(), r.getEntity(), r.getEntityId(), r.getField(), r.getOldValue(), r.getNewValue(),
                r.getPrevHash(), r.getHash()));
    }

    /** Pure form of {@link #verify(Database)}: {@code rows} in id order, the recorded head if there is one. */
    public static Report verify(List<Row> rows, Optional<Head> head) {
        Set<String> stored = new HashSet<>();
        rows.forEach(r -> stored.add(r.hash()));
        String expected = GENESIS;
        String beforeLast = null;
        long lastGood = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            if (head.isPresent() && r.id() > head.get().lastId()) {
                return new Report(rows.size(), Optional.of(new Break(r.id(), Tamper.INSERTED, false)), expected, true);
            }
            boolean linked = expected.equals(r.prevHash());
            boolean self = r.selfConsistent();
            if (linked && self && (next == null || !expected.equals(next.prevHash()))) {
                beforeLast = expected;
                expected = r.hash();
                lastGood = r.id();
                continue;
            }
            Break b;
            if (next != null && expected.equals(next.prevHash())) {
                b = new Break(r.id(), Tamper.INSERTED, false);       // the next row links over r
            } else if (!linked && beforeLast != null && beforeLast.equals(r.prevHash())) {
                b = new Break(lastGood, Tamper.INSERTED, false);     // r links over the row before it
            } else if (!linked && self && !stored.contains(r.prevHash())) {
                b = new Break(r.id(), Tamper.DELETED, false);        // r's predecessor is gone
            } else {
                b = new Break(r.id(), Tamper.EDITED, false);
            }
            return new Report(rows.size(), Optional.of(b), expected, head.isPresent());
        }
        if (head.isPresent()) {
            Head h = head.get();
            if (h.lastId() > lastGood || (h.lastId() == lastGood && !h.lastHash().equals(expected))) {
                return new Report(rows.size(), Optional.of(new Break(lastGood, Tamper.DELETED, true)), expected, true);
            }
        }
        return new Report(rows.size(), Optional.empty(), expected, head.isPresent());
    }

    /** The recorded head, when this schema has the {@code change_log_head} table and it holds a row. */
    private static Optional<Head> readHead(DSLContext dsl) {
        if (!hasHeadTable(dsl)) {
            return Optional.empty();
        }
        return dsl.resultQuery("SELECT last_id, last_hash FROM change_log_head WHERE id = 1")
                .fetchOptional(r -> new Head(r.get(0, Long.class), r.get(1, String.class)));
    }

    private static boolean hasHeadTable(DSLContext dsl) {
        int tables = dsl.fetchOne("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) ="
                + " 'change_log_head' AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)").get(0, Integer.class);
        return tables > 0;
    }

    /**
     * Appends one chained row after the current last row (for stores without the change-log repository, and for
     * tests); keeps {@code change_log_head} up to date when the table exists. Callers serialise appends.
     */
    static Row append(DSLContext dsl, LocalDateTime changedAtUtc, String actor, String entity, long entityId,
                      String field, String oldValue, String newValue) {
        LocalDateTime at = changedAtUtc.truncatedTo(ChronoUnit.MILLIS);
        String prev = dsl.select(CHANGE_LOG.HASH).from(CHANGE_LOG).orderBy(CHANGE_LOG.ID.desc()).limit(1)
                .fetchOptional(CHANGE_LOG.HASH).orElse(GENESIS);
        String hash = hash(prev, at, actor, entity, entityId, field, oldValue, newValue);
        long id = dsl.insertInto(CHANGE_LOG, CHANGE_LOG.CHANGED_AT, CHANGE_LOG.ACTOR, CHANGE_LOG.ENTITY,
                        CHANGE_LOG.ENTITY_ID, CHANGE_LOG.FIELD, CHANGE_LOG.OLD_VALUE, CHANGE_LOG.NEW_VALUE,
                        CHANGE_LOG.PREV_HASH, CHANGE_LOG.HASH)
                .values(at, actor, entity, entityId, field, oldValue, newValue, prev, hash)
                .returningResult(CHANGE_LOG.ID).fetchOne().value1();
        if (hasHeadTable(dsl)
                && dsl.execute("UPDATE change_log_head SET last_id = ?, last_hash = ? WHERE id = 1", id, hash) == 0) {
            dsl.execute("INSERT INTO change_log_head (id, last_id, last_hash) VALUES (1, ?, ?)", id, hash);
        }
        return new Row(id, at, actor, entity, entityId, field, oldValue, newValue, prev, hash);
    }
}
