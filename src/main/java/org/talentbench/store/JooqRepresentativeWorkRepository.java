package org.talentbench.store;

import static org.talentbench.store.generated.Tables.REPRESENTATIVE_WORK;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.talentbench.core.repo.RepresentativeWorkRepository;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearcherId;

final class JooqRepresentativeWorkRepository implements RepresentativeWorkRepository {
    private final DSLContext dsl;

    JooqRepresentativeWorkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<RepresentativeWork> find(ResearcherId researcherId, long roundId) {
        return dsl.selectFrom(REPRESENTATIVE_WORK)
                .where(REPRESENTATIVE_WORK.RESEARCHER_ID.eq(researcherId.value()))
                .and(REPRESENTATIVE_WORK.ROUND_ID.eq(roundId))
                .orderBy(REPRESENTATIVE_WORK.ORDINAL)
                .fetch(JooqRepresentativeWorkRepository::toCore);
    }

    @Override
    public List<RepresentativeWork> findAll() {
        return dsl.selectFrom(REPRESENTATIVE_WORK)
                .orderBy(REPRESENTATIVE_WORK.ROUND_ID, REPRESENTATIVE_WORK.RESEARCHER_ID, REPRESENTATIVE_WORK.ORDINAL)
                .fetch(JooqRepresentativeWorkRepository::toCore);
    }

    @Override
    public void replace(ResearcherId researcherId, long roundId, List<RepresentativeWork> works) {
        dsl.deleteFrom(REPRESENTATIVE_WORK)
                .where(REPRESENTATIVE_WORK.RESEARCHER_ID.eq(researcherId.value()))
                .and(REPRESENTATIVE_WORK.ROUND_ID.eq(roundId))
                .execute();
        insertAll(works);
    }

    @Override
    public void insertAll(List<RepresentativeWork> works) {
        if (works.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(REPRESENTATIVE_WORK, REPRESENTATIVE_WORK.ROUND_ID, REPRESENTATIVE_WORK.RESEARCHER_ID,
                REPRESENTATIVE_WORK.ORDINAL, REPRESENTATIVE_WORK.OUTPUT_ID, REPRESENTATIVE_WORK.CONTRIBUTION_STATEMENT,
                REPRESENTATIVE_WORK.RELEVANCE_STATEMENT);
        for (RepresentativeWork w : works) {
            insert = insert.values(w.roundId(), w.researcherId().value(), w.ordinal(), w.outputId().value(),
                    w.contributionStatement(), w.relevanceStatement());
        }
        insert.execute();
    }

    private static RepresentativeWork toCore(Record r) {
        return new RepresentativeWork(r.get(REPRESENTATIVE_WORK.ROUND_ID),
                new ResearcherId(r.get(REPRESENTATIVE_WORK.RESEARCHER_ID)),
                new OutputId(r.get(REPRESENTATIVE_WORK.OUTPUT_ID)), r.get(REPRESENTATIVE_WORK.ORDINAL),
                r.get(REPRESENTATIVE_WORK.CONTRIBUTION_STATEMENT), r.get(REPRESENTATIVE_WORK.RELEVANCE_STATEMENT));
    }
}
