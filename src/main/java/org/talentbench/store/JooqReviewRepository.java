package org.talentbench.store;

import static org.talentbench.store.generated.Tables.REVIEW_FORM;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.ReviewCriterion;
import org.talentbench.core.committee.ReviewForm;
import org.talentbench.core.committee.ReviewStatus;
import org.talentbench.core.repo.ReviewRepository;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.store.generated.tables.records.ReviewFormRecord;

final class JooqReviewRepository implements ReviewRepository {
    private final DSLContext dsl;

    JooqReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ReviewForm> findByPanel(long panelId) {
        return dsl.selectFrom(REVIEW_FORM).where(REVIEW_FORM.PANEL_ID.eq(panelId))
                .orderBy(REVIEW_FORM.RESEARCHER_ID, REVIEW_FORM.REVIEWER_ID, REVIEW_FORM.OUTPUT_ID)
                .fetch(JooqReviewRepository::toCore);
    }

    @Override
    public Optional<ReviewForm> findById(long id) {
        return dsl.selectFrom(REVIEW_FORM).where(REVIEW_FORM.ID.eq(id)).fetchOptional(JooqReviewRepository::toCore);
    }

    @Override
    public ReviewForm save(ReviewForm f) {
        ReviewFormRecord r;
        if (f.id() > 0) {
            r = dsl.fetchSingle(REVIEW_FORM, REVIEW_FORM.ID.eq(f.id()));
        } else {
            r = dsl.newRecord(REVIEW_FORM);
        }
        r.setPanelId(f.panelId());
        r.setReviewerId(f.reviewer().value());
        r.setResearcherId(f.person().value());
        r.setOutputId(f.work().value());
        r.setInnovation(f.score(ReviewCriterion.INNOVATION));
        r.setAcademicValue(f.score(ReviewCriterion.ACADEMIC_VALUE));
        r.setOwnContribution(f.score(ReviewCriterion.OWN_CONTRIBUTION));
        r.setRelevance(f.score(ReviewCriterion.RELEVANCE));
        r.setConfidence(f.confidence());
        r.setReviewComment(f.comment());
        r.setStatus(f.status().name());
        r.setSubmittedAt(Times.utc(f.submittedAt()));
        r.store();
        return f.withId(r.getId());
    }

    private static ReviewForm toCore(ReviewFormRecord r) {
        Map<ReviewCriterion, Integer> s = new EnumMap<>(ReviewCriterion.class);
        s.put(ReviewCriterion.INNOVATION, r.getInnovation());
        s.put(ReviewCriterion.ACADEMIC_VALUE, r.getAcademicValue());
        s.put(ReviewCriterion.OWN_CONTRIBUTION, r.getOwnContribution());
        s.put(ReviewCriterion.RELEVANCE, r.getRelevance());
        return new ReviewForm(r.getId(), r.getPanelId(), new AccountId(r.getReviewerId()),
                new ResearcherId(r.getResearcherId()), new OutputId(r.getOutputId()), s, r.getConfidence(),
                r.getReviewComment(), ReviewStatus.valueOf(r.getStatus()), Times.instant(r.getSubmittedAt()));
    }
}
