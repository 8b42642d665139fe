package org.talentbench.store;

import static org.talentbench.store.generated.Tables.EVALUATION_ROUND;
import static org.talentbench.store.generated.Tables.ROUND_CHECK_IN;
import static org.talentbench.store.generated.Tables.ROUND_INPUT;
import static org.talentbench.store.generated.Tables.ROUND_PARTICIPANT_OVERRIDE;
import static org.talentbench.store.generated.Tables.ROUND_SCHEME;
import static org.talentbench.store.generated.Tables.ROUND_STAGE_EVENT;
import static org.talentbench.store.generated.Tables.ROUND_VERIFICATION;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.talentbench.core.repo.RoundRepository;
import org.talentbench.core.repo.StaleRecordException;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.CheckIn;
import org.talentbench.core.round.ParticipantOverride;
import org.talentbench.core.round.Round;
import org.talentbench.core.round.RoundScope;
import org.talentbench.core.round.RoundStage;
import org.talentbench.core.round.StageEvent;
import org.talentbench.core.round.Verification;
import org.talentbench.store.generated.tables.records.EvaluationRoundRecord;

/** Rounds with their pinned schemes, stage history and what staff record per participant. */
final class JooqRoundRepository implements RoundRepository {
    private final DSLContext dsl;

    JooqRoundRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Round> findAll() {
        Map<Long, Map<ResearchCategory, Long>> schemes = new HashMap<>();
        dsl.selectFrom(ROUND_SCHEME).forEach(s -> schemes.computeIfAbsent(s.getRoundId(),
                k -> new EnumMap<>(ResearchCategory.class)).put(ResearchCategory.valueOf(s.getCategory()),
                s.getSchemeId()));
        return dsl.selectFrom(EVALUATION_ROUND)
                .orderBy(EVALUATION_ROUND.REFERENCE_DATE.desc(), EVALUATION_ROUND.ID.desc())
                .fetch(r -> toCore(r, schemes.getOrDefault(r.getId(), Map.of())));
    }

    @Override
    public Optional<Round> findById(long id) {
        return dsl.selectFrom(EVALUATION_ROUND).where(EVALUATION_ROUND.ID.eq(id)).fetchOptional()
                .map(r -> toCore(r, schemesOf(r.getId())));
    }

    @Override
    public Optional<Round> findByName(String name) {
        return dsl.selectFrom(EVALUATION_ROUND).where(EVALUATION_ROUND.NAME.eq(name)).fetchOptional()
                .map(r -> toCore(r, schemesOf(r.getId())));
    }

    private Map<ResearchCategory, Long> schemesOf(long roundId) {
        Map<ResearchCategory, Long> m = new EnumMap<>(ResearchCategory.class);
        dsl.selectFrom(ROUND_SCHEME).where(ROUND_SCHEME.ROUND_ID.eq(roundId))
                .forEach(s -> m.put(ResearchCategory.valueOf(s.getCategory()), s.getSchemeId()));
        return m;
    }

    @Override
    public Round insert(Round round) {
        Long id = dsl.insertInto(EVALUATION_ROUND)
                .set(EVALUATION_ROUND.NAME, round.name())
                .set(EVALUATION_ROUND.REFERENCE_DATE, round.referenceDate())
                .set(EVALUATION_ROUND.STAGE, round.stage().name())
                .set(EVALUATION_ROUND.SCOPE_CATEGORIES, round.scope().categories().stream().map(Enum::name)
                        .sorted().collect(Collectors.joining(",")))
                .set(EVALUATION_ROUND.SCOPE_DEPARTMENTS, String.join(",", new TreeSet<>(round.scope().departments())))
                .set(EVALUATION_ROUND.CREATED_AT, LocalDateTime.now().withNano(0))
                .set(EVALUATION_ROUND.VERSION, 1L)
                .returningResult(EVALUATION_ROUND.ID).fetchOne(EVALUATION_ROUND.ID);
        for (Map.Entry<ResearchCategory, Long> e : round.schemeIds().entrySet()) {
            dsl.insertInto(ROUND_SCHEME).set(ROUND_SCHEME.ROUND_ID, id).set(ROUND_SCHEME.CATEGORY, e.getKey().name())
                    .set(ROUND_SCHEME.SCHEME_ID, e.getValue()).execute();
        }
        return new Round(id, round.name(), round.referenceDate(), round.stage(), round.scope(), round.schemeIds(), 1);
    }

    @Override
    public Round moveStage(Round round, StageEvent event) {
        int updated = dsl.update(EVALUATION_ROUND)
                .set(EVALUATION_ROUND.STAGE, event.to().name())
                .set(EVALUATION_ROUND.VERSION, round.version() + 1)
                .where(EVALUATION_ROUND.ID.eq(round.id()).and(EVALUATION_ROUND.VERSION.eq(round.version()))
                        .and(EVALUATION_ROUND.STAGE.eq(event.from().name())))
                .execute();
        if (updated != 1) {
            throw new StaleRecordException("round", round.id());
        }
        dsl.insertInto(ROUND_STAGE_EVENT)
                .set(ROUND_STAGE_EVENT.ROUND_ID, round.id())
                .set(ROUND_STAGE_EVENT.FROM_STAGE, event.from().name())
                .set(ROUND_STAGE_EVENT.TO_STAGE, event.to().name())
                .set(ROUND_STAGE_EVENT.REASON, event.reason())
                .set(ROUND_STAGE_EVENT.ACTOR, event.actor())
                .set(ROUND_STAGE_EVENT.CHANGED_AT, event.at())
                .execute();
        return new Round(round.id(), round.name(), round.referenceDate(), event.to(), round.scope(),
                round.schemeIds(), round.version() + 1);
    }

    @Override
    public List<StageEvent> stageEvents(long roundId) {
        return dsl.selectFrom(ROUND_STAGE_EVENT).where(ROUND_STAGE_EVENT.ROUND_ID.eq(roundId))
                .orderBy(ROUND_STAGE_EVENT.ID)
                .fetch(e -> new StageEvent(RoundStage.valueOf(e.getFromStage()), RoundStage.valueOf(e.getToStage()),
                        e.getReason(), e.getActor(), e.getChangedAt()));
    }

    @Override
    public Map<ResearcherId, ParticipantOverride> overrides(long roundId) {
        Map<ResearcherId, ParticipantOverride> m = new LinkedHashMap<>();
        dsl.selectFrom(ROUND_PARTICIPANT_OVERRIDE).where(ROUND_PARTICIPANT_OVERRIDE.ROUND_ID.eq(roundId))
                .orderBy(ROUND_PARTICIPANT_OVERRIDE.RESEARCHER_ID)
                .forEach(o -> m.put(new ResearcherId(o.getResearcherId()), new ParticipantOverride(
                        new ResearcherId(o.getResearcherId()), o.getIncluded(), o.getReason(), o.getActor(),
                        o.getChangedAt())));
        return m;
    }

    @Override
    public void putOverride(long roundId, ParticipantOverride o) {
        removeOverride(roundId, o.researcherId());
        dsl.insertInto(ROUND_PARTICIPANT_OVERRIDE)
                .set(ROUND_PARTICIPANT_OVERRIDE.ROUND_ID, roundId)
                .set(ROUND_PARTICIPANT_OVERRIDE.RESEARCHER_ID, o.researcherId().value())
                .set(ROUND_PARTICIPANT_OVERRIDE.INCLUDED, o.included())
                .set(ROUND_PARTICIPANT_OVERRIDE.REASON, o.reason())
                .set(ROUND_PARTICIPANT_OVERRIDE.ACTOR, o.actor())
                .set(ROUND_PARTICIPANT_OVERRIDE.CHANGED_AT, o.at())
                .execute();
    }

    @Override
    public void removeOverride(long roundId, ResearcherId researcherId) {
        dsl.deleteFrom(ROUND_PARTICIPANT_OVERRIDE).where(ROUND_PARTICIPANT_OVERRIDE.ROUND_ID.eq(roundId)
                .and(ROUND_PARTICIPANT_OVERRIDE.RESEARCHER_ID.eq(researcherId.value()))).execute();
    }

    @Override
    public Map<ResearcherId, Map<String, Double>> inputs(long roundId) {
        Map<ResearcherId, Map<String, Double>> m = new HashMap<>();
        dsl.selectFrom(ROUND_INPUT).where(ROUND_INPUT.ROUND_ID.eq(roundId))
                .forEach(i -> m.computeIfAbsent(new ResearcherId(i.getResearcherId()), k -> new TreeMap<>())
                        .put(i.getCode(), i.getInputValue()));
        return m;
    }

    @Override
    public void putInputs(long roundId, Map<ResearcherId, Map<String, Double>> inputs) {
        // two prepared statements with bound values, not one rendered statement per value: a round of 10,000
        // people has about 100,000 inputs, and parsing each statement cost more than the database work
        var delete = dsl.batch(dsl.deleteFrom(ROUND_INPUT).where(ROUND_INPUT.ROUND_ID.eq((Long) null))
                .and(ROUND_INPUT.RESEARCHER_ID.eq((Long) null)).and(ROUND_INPUT.CODE.eq((String) null)));
        var insert = dsl.batch(dsl.insertInto(ROUND_INPUT, ROUND_INPUT.ROUND_ID, ROUND_INPUT.RESEARCHER_ID,
                ROUND_INPUT.CODE, ROUND_INPUT.INPUT_VALUE).values((Long) null, null, null, null));
        int[] n = {0};
        inputs.forEach((id, values) -> values.forEach((code, v) -> {
            delete.bind(roundId, id.value(), code);
            insert.bind(roundId, id.value(), code, v);
            n[0]++;
        }));
        if (n[0] > 0) {
            delete.execute();
            insert.execute();
        }
    }

    @Override
    public Map<ResearcherId, Verification> verifications(long roundId) {
        Map<ResearcherId, Verification> m = new HashMap<>();
        dsl.selectFrom(ROUND_VERIFICATION).where(ROUND_VERIFICATION.ROUND_ID.eq(roundId))
                .forEach(v -> m.put(new ResearcherId(v.getResearcherId()), new Verification(
                        new ResearcherId(v.getResearcherId()), Verification.Status.valueOf(v.getStatus()),
                        v.getNote(), v.getActor(), v.getChangedAt())));
        return m;
    }

    @Override
    public void putVerification(long roundId, Verification v) {
        putVerifications(roundId, List.of(v));
    }

    @Override
    public void putVerifications(long roundId, List<Verification> list) {
        List<Query> queries = new ArrayList<>();
        for (Verification v : list) {
            queries.add(dsl.deleteFrom(ROUND_VERIFICATION).where(ROUND_VERIFICATION.ROUND_ID.eq(roundId)
                    .and(ROUND_VERIFICATION.RESEARCHER_ID.eq(v.researcherId().value()))));
            queries.add(dsl.insertInto(ROUND_VERIFICATION)
                    .set(ROUND_VERIFICATION.ROUND_ID, roundId)
                    .set(ROUND_VERIFICATION.RESEARCHER_ID, v.researcherId().value())
                    .set(ROUND_VERIFICATION.STATUS, v.status().name())
                    .set(ROUND_VERIFICATION.NOTE, v.note())
                    .set(ROUND_VERIFICATION.ACTOR, v.actor())
                    .set(ROUND_VERIFICATION.CHANGED_AT, v.at()));
        }
        if (!queries.isEmpty()) {
            dsl.batch(queries).execute();
        }
    }

    @Override
    public Map<ResearcherId, CheckIn> checkIns(long roundId) {
        Map<ResearcherId, CheckIn> m = new HashMap<>();
        dsl.selectFrom(ROUND_CHECK_IN).where(ROUND_CHECK_IN.ROUND_ID.eq(roundId))
                .forEach(c -> m.put(new ResearcherId(c.getResearcherId()), new CheckIn(
                        new ResearcherId(c.getResearcherId()), c.getNote(), c.getActor(), c.getChangedAt())));
        return m;
    }

    @Override
    public void putCheckIn(long roundId, CheckIn c) {
        putCheckIns(roundId, List.of(c));
    }

    @Override
    public void putCheckIns(long roundId, List<CheckIn> list) {
        List<Query> queries = new ArrayList<>();
        for (CheckIn c : list) {
            queries.add(dsl.deleteFrom(ROUND_CHECK_IN).where(ROUND_CHECK_IN.ROUND_ID.eq(roundId)
                    .and(ROUND_CHECK_IN.RESEARCHER_ID.eq(c.researcherId().value()))));
            queries.add(dsl.insertInto(ROUND_CHECK_IN)
                    .set(ROUND_CHECK_IN.ROUND_ID, roundId)
                    .set(ROUND_CHECK_IN.RESEARCHER_ID, c.researcherId().value())
                    .set(ROUND_CHECK_IN.NOTE, c.note())
                    .set(ROUND_CHECK_IN.ACTOR, c.actor())
                    .set(ROUND_CHECK_IN.CHANGED_AT, c.at()));
        }
        if (!queries.isEmpty()) {
            dsl.batch(queries).execute();
        }
    }

    private static Round toCore(EvaluationRoundRecord r, Map<ResearchCategory, Long> schemes) {
        Set<ResearchCategory> cats = EnumSet.noneOf(ResearchCategory.class);
        for (String c : r.getScopeCategories().split(",")) {
            if (!c.isBlank()) {
                cats.add(ResearchCategory.valueOf(c.trim()));
            }
        }
        Set<String> depts = new TreeSet<>();
        Arrays.stream(r.getScopeDepartments().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(depts::add);
        return new Round(r.getId(), r.getName(), r.getReferenceDate(), RoundStage.valueOf(r.getStage()),
                new RoundScope(cats, depts), schemes, r.getVersion());
    }
}
