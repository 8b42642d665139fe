package org.talentbench.store;

import static org.talentbench.store.generated.Tables.EVALUATION_SCHEME;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.talentbench.core.repo.SchemeRepository;
import org.talentbench.core.repo.StoredScheme;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scheme.SchemeJson;
import org.talentbench.store.generated.tables.records.EvaluationSchemeRecord;

/** Scheme versions as JSON text, one row per code and version. */
final class JooqSchemeRepository implements SchemeRepository {
    private final DSLContext dsl;

    JooqSchemeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StoredScheme> findAll() {
        return dsl.selectFrom(EVALUATION_SCHEME).orderBy(EVALUATION_SCHEME.ID).fetch(JooqSchemeRepository::toCore);
    }

    @Override
    public Optional<StoredScheme> findByRowId(long rowId) {
        return dsl.selectFrom(EVALUATION_SCHEME).where(EVALUATION_SCHEME.ID.eq(rowId)).fetchOptional()
                .map(JooqSchemeRepository::toCore);
    }

    @Override
    public Optional<StoredScheme> findActive(ResearchCategory category) {
        return dsl.selectFrom(EVALUATION_SCHEME)
                .where(EVALUATION_SCHEME.CATEGORY.eq(category.name()).and(EVALUATION_SCHEME.ACTIVE.isTrue()))
                .orderBy(EVALUATION_SCHEME.ID.desc()).limit(1).fetchOptional().map(JooqSchemeRepository::toCore);
    }

    @Override
    public StoredScheme insert(Scheme scheme, boolean active) {
        if (active) {
            dsl.update(EVALUATION_SCHEME).set(EVALUATION_SCHEME.ACTIVE, false)
                    .where(EVALUATION_SCHEME.CATEGORY.eq(scheme.category().name())).execute();
        }
        LocalDateTime now = LocalDateTime.now().withNano(0);
        Long id = dsl.insertInto(EVALUATION_SCHEME)
                .set(EVALUATION_SCHEME.CODE, scheme.id())
                .set(EVALUATION_SCHEME.CATEGORY, scheme.category().name())
                .set(EVALUATION_SCHEME.VERSION, scheme.version())
                .set(EVALUATION_SCHEME.NAME, scheme.labelZh())
                .set(EVALUATION_SCHEME.DEFINITION, SchemeJson.write(scheme))
                .set(EVALUATION_SCHEME.CREATED_AT, now)
                .set(EVALUATION_SCHEME.ACTIVE, active)
                .returningResult(EVALUATION_SCHEME.ID).fetchOne(EVALUATION_SCHEME.ID);
        return new StoredScheme(id, scheme, active, now);
    }

    @Override
    public int count() {
        return dsl.fetchCount(EVALUATION_SCHEME);
    }

    private static StoredScheme toCore(EvaluationSchemeRecord r) {
        return new StoredScheme(r.getId(), SchemeJson.read(r.getDefinition()), r.getActive(), r.getCreatedAt());
    }
}
