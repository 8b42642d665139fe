package org.talentbench.store;

import static org.talentbench.store.generated.Tables.OUTPUT_TECH_TAG;
import static org.talentbench.store.generated.Tables.TAG_SUGGESTION_DECISION;
import static org.talentbench.store.generated.Tables.TECHNOLOGY;
import static org.talentbench.store.generated.Tables.TECHNOLOGY_EVENT;
import static org.talentbench.store.generated.Tables.TECHNOLOGY_GROUP;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.talentbench.core.repo.TechnologyRepository;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.tech.OutputTag;
import org.talentbench.core.tech.TagDecision;
import org.talentbench.core.tech.TagSource;
import org.talentbench.core.tech.TagSubject;
import org.talentbench.core.tech.TagVerdict;
import org.talentbench.core.tech.TechEvent;
import org.talentbench.core.tech.TechEventKind;
import org.talentbench.core.tech.TechnologyGroup;

/** The technology list, output tags and tag decisions on jOOQ. Terms are stored one per line. */
final class JooqTechnologyRepository implements TechnologyRepository {
    private final DSLContext dsl;

    JooqTechnologyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<TechnologyGroup> groups() {
        return dsl.selectFrom(TECHNOLOGY_GROUP).orderBy(TECHNOLOGY_GROUP.ORDINAL, TECHNOLOGY_GROUP.CODE)
                .fetch(r -> new TechnologyGroup(r.getCode(), r.getNameZh(), r.getNameEn(), r.getOrdinal()));
    }

    @Override
    public void saveGroup(TechnologyGroup g) {
        dsl.mergeInto(TECHNOLOGY_GROUP)
                .using(dsl.selectOne())
                .on(TECHNOLOGY_GROUP.CODE.eq(g.code()))
                .whenMatchedThenUpdate()
                .set(TECHNOLOGY_GROUP.NAME_ZH, g.nameZh())
                .set(TECHNOLOGY_GROUP.NAME_EN, g.nameEn())
                .set(TECHNOLOGY_GROUP.ORDINAL, g.ordinal())
                .whenNotMatchedThenInsert(TECHNOLOGY_GROUP.CODE, TECHNOLOGY_GROUP.NAME_ZH, TECHNOLOGY_GROUP.NAME_EN,
                        TECHNOLOGY_GROUP.ORDINAL)
                .values(g.code(), g.nameZh(), g.nameEn(), g.ordinal())
                .execute();
    }

    @Override
    public List<TechEvent> events() {
        return dsl.selectFrom(TECHNOLOGY_EVENT).orderBy(TECHNOLOGY_EVENT.ID)
                .fetch(r -> new TechEvent(r.getId(), r.getCode(), TechEventKind.valueOf(r.getKind()),
                        r.getEffectiveDate(), r.getNameZh(), r.getNameEn(), r.getGroupCode(), r.getTargetCode(),
                        r.getNote(), r.getRecordedAt(), r.getActor()));
    }

    @Override
    public int countEvents() {
        return dsl.fetchCount(TECHNOLOGY_EVENT);
    }

    @Override
    public TechEvent insertEvent(TechEvent e) {
        if (e.kind() == TechEventKind.ADD) {
            dsl.insertInto(TECHNOLOGY, TECHNOLOGY.CODE, TECHNOLOGY.TERMS).values(e.code(), "")
                    .onDuplicateKeyIgnore().execute();
        }
        LocalDateTime at = e.recordedAt() == null ? LocalDateTime.now() : e.recordedAt();
        Long id = dsl.insertInto(TECHNOLOGY_EVENT, TECHNOLOGY_EVENT.CODE, TECHNOLOGY_EVENT.KIND,
                        TECHNOLOGY_EVENT.EFFECTIVE_DATE, TECHNOLOGY_EVENT.NAME_ZH, TECHNOLOGY_EVENT.NAME_EN,
                        TECHNOLOGY_EVENT.GROUP_CODE, TECHNOLOGY_EVENT.TARGET_CODE, TECHNOLOGY_EVENT.NOTE,
                        TECHNOLOGY_EVENT.RECORDED_AT, TECHNOLOGY_EVENT.ACTOR)
                .values(e.code(), e.kind().name(), e.effective(), e.nameZh(), e.nameEn(), e.groupCode(),
                        e.targetCode(), e.note(), at, e.actor())
                .returningResult(TECHNOLOGY_EVENT.ID)
                .fetchOne(TECHNOLOGY_EVENT.ID);
        return e.withId(id).recorded(at, e.actor());
    }

    @Override
    public Map<String, List<String>> terms() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        dsl.selectFrom(TECHNOLOGY).orderBy(TECHNOLOGY.CODE).forEach(r -> m.put(r.getCode(), split(r.getTerms())));
        return m;
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public void saveTerms(String code, List<String> terms) {
        String text = String.join("\n", terms.stream().map(t -> t.replace('\n', ' ').strip())
                .filter(t -> !t.isEmpty()).toList());
        dsl.update(TECHNOLOGY).set(TECHNOLOGY.TERMS, text).where(TECHNOLOGY.CODE.eq(code)).execute();
    }

    @Override
    public Map<OutputId, Set<String>> outputTags() {
        Map<OutputId, Set<String>> m = new HashMap<>();
        dsl.select(OUTPUT_TECH_TAG.OUTPUT_ID, OUTPUT_TECH_TAG.TECH_CODE).from(OUTPUT_TECH_TAG)
                .forEach(r -> m.computeIfAbsent(new OutputId(r.value1()), k -> new TreeSet<>()).add(r.value2()));
        return m;
    }

    @Override
    public List<OutputTag> outputTags(OutputId outputId) {
        return dsl.selectFrom(OUTPUT_TECH_TAG).where(OUTPUT_TECH_TAG.OUTPUT_ID.eq(outputId.value()))
                .orderBy(OUTPUT_TECH_TAG.TECH_CODE)
                .fetch(r -> new OutputTag(outputId, r.getTechCode(), TagSource.valueOf(r.getSource())));
    }

    @Override
    public void tag(OutputTag tag, LocalDateTime at, String actor) {
        dsl.mergeInto(OUTPUT_TECH_TAG)
                .using(dsl.selectOne())
                .on(OUTPUT_TECH_TAG.OUTPUT_ID.eq(tag.outputId().value()).and(OUTPUT_TECH_TAG.TECH_CODE.eq(tag.code())))
                .whenMatchedThenUpdate()
                .set(OUTPUT_TECH_TAG.SOURCE, tag.source().name())
                .whenNotMatchedThenInsert(OUTPUT_TECH_TAG.OUTPUT_ID, OUTPUT_TECH_TAG.TECH_CODE, OUTPUT_TECH_TAG.SOURCE,
                        OUTPUT_TECH_TAG.TAGGED_AT, OUTPUT_TECH_TAG.ACTOR)
                .values(tag.outputId().value(), tag.code(), tag.source().name(), at, actor == null ? "" : actor)
                .execute();
    }

    @Override
    public void untag(OutputId outputId, String code) {
        dsl.deleteFrom(OUTPUT_TECH_TAG)
                .where(OUTPUT_TECH_TAG.OUTPUT_ID.eq(outputId.value()).and(OUTPUT_TECH_TAG.TECH_CODE.eq(code)))
                .execute();
    }

    @Override
    public List<TagDecision> decisions() {
        List<TagDecision> out = new ArrayList<>();
        dsl.selectFrom(TAG_SUGGESTION_DECISION)
                .orderBy(TAG_SUGGESTION_DECISION.SUBJECT, TAG_SUGGESTION_DECISION.SUBJECT_ID,
                        TAG_SUGGESTION_DECISION.TECH_CODE)
                .forEach(r -> out.add(new TagDecision(TagSubject.valueOf(r.getSubject()), r.getSubjectId(),
                        r.getTechCode(), TagVerdict.valueOf(r.getVerdict()), r.getScore(), r.getEvidence(),
                        r.getDecidedAt(), r.getActor())));
        return out;
    }

    @Override
    public void saveDecision(TagDecision d) {
        LocalDateTime at = d.decidedAt() == null ? LocalDateTime.now() : d.decidedAt();
        String evidence = d.evidence().length() > 2000 ? d.evidence().substring(0, 2000) : d.evidence();
        dsl.mergeInto(TAG_SUGGESTION_DECISION)
                .using(dsl.selectOne())
                .on(TAG_SUGGESTION_DECISION.SUBJECT.eq(d.subject().name())
                        .and(TAG_SUGGESTION_DECISION.SUBJECT_ID.eq(d.subjectId()))
                        .and(TAG_SUGGESTION_DECISION.TECH_CODE.eq(d.code())))
                .whenMatchedThenUpdate()
                .set(TAG_SUGGESTION_DECISION.VERDICT, d.verdict().name())
                .set(TAG_SUGGESTION_DECISION.SCORE, d.score())
                .set(TAG_SUGGESTION_DECISION.EVIDENCE, evidence)
                .set(TAG_SUGGESTION_DECISION.DECIDED_AT, at)
                .set(TAG_SUGGESTION_DECISION.ACTOR, d.actor())
                .whenNotMatchedThenInsert(TAG_SUGGESTION_DECISION.SUBJECT, TAG_SUGGESTION_DECISION.SUBJECT_ID,
                        TAG_SUGGESTION_DECISION.TECH_CODE, TAG_SUGGESTION_DECISION.VERDICT,
                        TAG_SUGGESTION_DECISION.SCORE, TAG_SUGGESTION_DECISION.EVIDENCE,
                        TAG_SUGGESTION_DECISION.DECIDED_AT, TAG_SUGGESTION_DECISION.ACTOR)
                .values(d.subject().name(), d.subjectId(), d.code(), d.verdict().name(), d.score(), evidence, at,
                        d.actor())
                .execute();
    }
}
