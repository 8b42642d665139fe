package org.talentbench.store;

import static org.talentbench.store.generated.Tables.CHANGE_LOG;
import static org.talentbench.store.generated.Tables.CHANGE_LOG_HEAD;
import static org.talentbench.store.generated.Tables.OUTPUT_CONTRIBUTOR;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.talentbench.core.audit.ChangeHash;
import org.talentbench.core.audit.ChangeLogEntry;
import org.talentbench.core.audit.FieldChange;
import org.talentbench.core.repo.ChangeLogRepository;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The change log on the {@code change_log} table, chained as {@link ChangeLogRepository} describes. Appends lock the
 * single row of {@code change_log_head} ({@code SELECT … FOR UPDATE}) before reading the last hash, which serialises
 * concurrent appenders on H2 and PostgreSQL alike; the head is updated in the same transaction.
 */
final class JooqChangeLogRepository implements ChangeLogRepository {
    private static final int MAX_VALUE = 4000;
    private final DSLContext dsl;

    JooqChangeLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ChangeLogEntry> append(LocalDateTime changedAtUtc, String actor, List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        LocalDateTime at = ChangeHash.truncate(changedAtUtc);
        var head = dsl.select(CHANGE_LOG_HEAD.LAST_HASH).from(CHANGE_LOG_HEAD).where(CHANGE_LOG_HEAD.ID.eq(1))
                .forUpdate().fetchOne();
        String prev = head == null ? ChangeHash.GENESIS : head.value1();
        List<ChangeLogEntry> stored = new ArrayList<>(changes.size());
        long lastId = 0;
        for (FieldChange c : changes) {
            String old = clip(c.oldValue());
            String now = clip(c.newValue());
            String hash = ChangeHash.of(prev, at, actor, c.entity(), c.entityId(), c.field(), old, now);
            long id = dsl.insertInto(CHANGE_LOG, CHANGE_LOG.CHANGED_AT, CHANGE_LOG.ACTOR, CHANGE_LOG.ENTITY,
                            CHANGE_LOG.ENTITY_ID, CHANGE_LOG.FIELD, CHANGE_LOG.OLD_VALUE, CHANGE_LOG.NEW_VALUE,
                            CHANGE_LOG.PREV_HASH, CHANGE_LOG.HASH)
                    .values(at, actor, c.entity(), c.entityId(), c.field(), old, now, prev, hash)
                    .returningResult(CHANGE_LOG.ID).fetchOne().value1();
            stored.add(new ChangeLogEntry(id, at, actor, c.entity(), c.entityId(), c.field(), old, now, prev, hash));
            prev = hash;
            lastId = id;
        }
        int updated = dsl.update(CHANGE_LOG_HEAD).set(CHANGE_LOG_HEAD.LAST_ID, lastId)
                .set(CHANGE_LOG_HEAD.LAST_HASH, prev).where(CHANGE_LOG_HEAD.ID.eq(1)).execute();
        if (updated == 0) {
            dsl.insertInto(CHANGE_LOG_HEAD, CHANGE_LOG_HEAD.ID, CHANGE_LOG_HEAD.LAST_ID, CHANGE_LOG_HEAD.LAST_HASH)
                    .values(1, lastId, prev).execute();
        }
        return stored;
    }

    /**
     * Values longer than the column are cut with a marker rather than failing the save they document; the hash
     * covers the stored text.
     */
    private static String clip(String value) {
        if (value == null || value.length() <= MAX_VALUE) {
            return value;
        }
        return value.substring(0, MAX_VALUE - 1) + "…";
    }

    @Override
    public List<ChangeLogEntry> find(String entity, long entityId) {
        return load(CHANGE_LOG.ENTITY.eq(entity).and(CHANGE_LOG.ENTITY_ID.eq(entityId)));
    }

    @Override
    public List<ChangeLogEntry> findForResearcher(ResearcherId researcherId) {
        long id = researcherId.value();
        Condition own = CHANGE_LOG.ENTITY.in(RESEARCHER, REPRESENTATIVE_WORK).and(CHANGE_LOG.ENTITY_ID.eq(id));
        Condition outputs = CHANGE_LOG.ENTITY.eq(OUTPUT).and(CHANGE_LOG.ENTITY_ID.in(
                DSL.select(OUTPUT_CONTRIBUTOR.OUTPUT_ID).from(OUTPUT_CONTRIBUTOR)
                        .where(OUTPUT_CONTRIBUTOR.RESEARCHER_ID.eq(id))));
        return load(own.or(outputs));
    }

    @Override
    public List<ChangeLogEntry> findAll() {
        return load(DSL.noCondition());
    }

    private List<ChangeLogEntry> load(Condition where) {
        return dsl.selectFrom(CHANGE_LOG).where(where).orderBy(CHANGE_LOG.ID).fetch(JooqChangeLogRepository::toCore);
    }

    private static ChangeLogEntry toCore(Record r) {
        return new ChangeLogEntry(r.get(CHANGE_LOG.ID), r.get(CHANGE_LOG.CHANGED_AT), r.get(CHANGE_LOG.ACTOR),
                r.get(CHANGE_LOG.ENTITY), r.get(CHANGE_LOG.ENTITY_ID), r.get(CHANGE_LOG.FIELD),
                r.get(CHANGE_LOG.OLD_VALUE), r.get(CHANGE_LOG.NEW_VALUE), r.get(CHANGE_LOG.PREV_HASH),
                r.get(CHANGE_LOG.HASH));
    }
}
