package org.talentbench.store;

import static org.talentbench.store.generated.Tables.CONFLICT_DECLARATION;
import static org.talentbench.store.generated.Tables.CONFLICT_OVERRIDE;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.ConflictDeclaration;
import org.talentbench.core.committee.ConflictOverride;
import org.talentbench.core.committee.DeclarationKind;
import org.talentbench.core.repo.ConflictRepository;
import org.talentbench.core.researcher.ResearcherId;

final class JooqConflictRepository implements ConflictRepository {
    private final DSLContext dsl;

    JooqConflictRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ConflictDeclaration> declarations(long roundId) {
        return dsl.selectFrom(CONFLICT_DECLARATION)
                .where(CONFLICT_DECLARATION.ROUND_ID.in(0L, roundId))
                .orderBy(CONFLICT_DECLARATION.ID)
                .fetch(r -> new ConflictDeclaration(r.getRoundId(), new AccountId(r.getReviewerId()),
                        new ResearcherId(r.getResearcherId()), DeclarationKind.valueOf(r.getKind()), r.getNote()));
    }

    @Override
    public boolean declare(ConflictDeclaration d, AccountId by, Instant at) {
        boolean exists = dsl.fetchExists(CONFLICT_DECLARATION, CONFLICT_DECLARATION.ROUND_ID.eq(d.roundId())
                .and(CONFLICT_DECLARATION.REVIEWER_ID.eq(d.reviewer().value()))
                .and(CONFLICT_DECLARATION.RESEARCHER_ID.eq(d.person().value()))
                .and(CONFLICT_DECLARATION.KIND.eq(d.kind().name())));
        if (exists) {
            return false;
        }
        dsl.insertInto(CONFLICT_DECLARATION, CONFLICT_DECLARATION.ROUND_ID, CONFLICT_DECLARATION.REVIEWER_ID,
                CONFLICT_DECLARATION.RESEARCHER_ID, CONFLICT_DECLARATION.KIND, CONFLICT_DECLARATION.NOTE,
                CONFLICT_DECLARATION.DECLARED_BY, CONFLICT_DECLARATION.DECLARED_AT)
                .values(d.roundId(), d.reviewer().value(), d.person().value(), d.kind().name(), d.note(), by.value(),
                        Times.utc(at))
                .execute();
        return true;
    }

    @Override
    public List<ConflictOverride> overrides(long roundId) {
        return dsl.selectFrom(CONFLICT_OVERRIDE).where(CONFLICT_OVERRIDE.ROUND_ID.eq(roundId))
                .orderBy(CONFLICT_OVERRIDE.REVIEWER_ID, CONFLICT_OVERRIDE.RESEARCHER_ID)
                .fetch(r -> new ConflictOverride(r.getRoundId(), new AccountId(r.getReviewerId()),
                        new ResearcherId(r.getResearcherId()), r.getReason(), new AccountId(r.getOverriddenBy()),
                        Times.instant(r.getOverriddenAt())));
    }

    @Override
    public void putOverride(ConflictOverride o) {
        dsl.deleteFrom(CONFLICT_OVERRIDE).where(CONFLICT_OVERRIDE.ROUND_ID.eq(o.roundId()))
                .and(CONFLICT_OVERRIDE.REVIEWER_ID.eq(o.reviewer().value()))
                .and(CONFLICT_OVERRIDE.RESEARCHER_ID.eq(o.person().value())).execute();
        dsl.insertInto(CONFLICT_OVERRIDE, CONFLICT_OVERRIDE.ROUND_ID, CONFLICT_OVERRIDE.REVIEWER_ID,
                CONFLICT_OVERRIDE.RESEARCHER_ID, CONFLICT_OVERRIDE.REASON, CONFLICT_OVERRIDE.OVERRIDDEN_BY,
                CONFLICT_OVERRIDE.OVERRIDDEN_AT)
                .values(o.roundId(), o.reviewer().value(), o.person().value(), o.reason(), o.by().value(),
                        Times.utc(o.at()))
                .execute();
    }
}
