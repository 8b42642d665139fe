package org.talentbench.store;

import static org.talentbench.store.generated.Tables.SCORING_SNAPSHOT;
import static org.talentbench.store.generated.Tables.SNAPSHOT_CARD;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.repo.SnapshotRepository;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.Grade;
import org.talentbench.core.round.ListFlag;
import org.talentbench.core.round.Participation;
import org.talentbench.core.round.SnapshotInfo;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.core.scheme.SchemeRef;
import org.talentbench.store.generated.tables.records.ScoringSnapshotRecord;

/**
 * Snapshots: a header row and one row per card. Only inserts and reads — no statement here changes a stored
 * snapshot. Rows are written with plain JDBC batches (10,000 cards with their JSON in one go).
 */
final class JooqSnapshotRepository implements SnapshotRepository {
    private final DSLContext dsl;

    JooqSnapshotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public SnapshotInfo insert(SnapshotInfo info, String cohortsJson, String optionsJson, List<SnapshotRow> rows,
                               List<String> cardsJson) {
        if (rows.size() != cardsJson.size()) {
            throw new IllegalArgumentException("one card JSON per row");
        }
        Long id = dsl.insertInto(SCORING_SNAPSHOT)
                .set(SCORING_SNAPSHOT.ROUND_ID, info.roundId())
                .set(SCORING_SNAPSHOT.CREATED_AT, info.createdAt())
                .set(SCORING_SNAPSHOT.ENGINE_VERSION, info.engineVersion())
                .set(SCORING_SNAPSHOT.INPUTS_FINGERPRINT, info.inputsFingerprint())
                .set(SCORING_SNAPSHOT.REFERENCE_DATE, info.referenceDate())
                .set(SCORING_SNAPSHOT.SCHEMES, info.schemes().entrySet().stream()
                        .map(e -> e.getKey().name() + "=" + e.getValue().id() + "@" + e.getValue().version())
                        .collect(Collectors.joining(",")))
                .set(SCORING_SNAPSHOT.COHORTS_JSON, cohortsJson)
                .set(SCORING_SNAPSHOT.OPTIONS_JSON, optionsJson)
                .set(SCORING_SNAPSHOT.CARD_COUNT, rows.size())
                .returningResult(SCORING_SNAPSHOT.ID).fetchOne(SCORING_SNAPSHOT.ID);
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO snapshot_card (snapshot_id, ordinal,"
                    + " researcher_id, employee_no, name, category, discipline, cohort, cycle_status, participation,"
                    + " rank_no, cohort_size, total, innovation, quality, contribution, percentile, rank_p5, rank_p95,"
                    + " grade, verified, flags, card_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (int i = 0; i < rows.size(); i++) {
                    SnapshotRow r = rows.get(i);
                    ps.setLong(1, id);
                    ps.setInt(2, r.ordinal());
                    ps.setLong(3, r.researcherId().value());
                    ps.setString(4, r.employeeNo());
                    ps.setString(5, r.name());
                    ps.setString(6, r.category().name());
                    ps.setString(7, r.discipline());
                    ps.setString(8, r.cohort());
                    ps.setString(9, r.cycleStatus().name());
                    ps.setString(10, r.participation().name());
                    ps.setObject(11, r.rank(), Types.INTEGER);
                    ps.setObject(12, r.cohortSize(), Types.INTEGER);
                    ps.setObject(13, r.total(), Types.DOUBLE);
                    ps.setObject(14, r.innovation(), Types.DOUBLE);
                    ps.setObject(15, r.quality(), Types.DOUBLE);
                    ps.setObject(16, r.contribution(), Types.DOUBLE);
                    ps.setObject(17, r.percentile(), Types.DOUBLE);
                    ps.setObject(18, r.p5(), Types.INTEGER);
                    ps.setObject(19, r.p95(), Types.INTEGER);
                    ps.setString(20, r.grade().name());
                    ps.setBoolean(21, r.verified());
                    ps.setString(22, r.flags().stream().map(Enum::name).collect(Collectors.joining(",")));
                    ps.setString(23, cardsJson.get(i));
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
        return info.withId(id);
    }

    @Override
    public List<SnapshotInfo> findByRound(long roundId) {
        return dsl.selectFrom(SCORING_SNAPSHOT).where(SCORING_SNAPSHOT.ROUND_ID.eq(roundId))
                .orderBy(SCORING_SNAPSHOT.ID).fetch(JooqSnapshotRepository::toInfo);
    }

    @Override
    public Optional<SnapshotInfo> findById(long snapshotId) {
        return dsl.selectFrom(SCORING_SNAPSHOT).where(SCORING_SNAPSHOT.ID.eq(snapshotId)).fetchOptional()
                .map(JooqSnapshotRepository::toInfo);
    }

    @Override
    public List<SnapshotRow> rows(long snapshotId) {
        List<SnapshotRow> out = new ArrayList<>();
        dsl.select(rowFields()).from(SNAPSHOT_CARD).where(SNAPSHOT_CARD.SNAPSHOT_ID.eq(snapshotId))
                .orderBy(SNAPSHOT_CARD.ORDINAL)
                .fetchSize(2000)
                .forEach(r -> out.add(toRow(r)));
        return out;
    }

    @Override
    public Optional<String> cardJson(long snapshotId, ResearcherId researcherId) {
        return dsl.select(SNAPSHOT_CARD.CARD_JSON).from(SNAPSHOT_CARD)
                .where(SNAPSHOT_CARD.SNAPSHOT_ID.eq(snapshotId).and(SNAPSHOT_CARD.RESEARCHER_ID.eq(
                        researcherId.value())))
                .fetchOptional(SNAPSHOT_CARD.CARD_JSON);
    }

    @Override
    public String cohortsJson(long snapshotId) {
        return dsl.select(SCORING_SNAPSHOT.COHORTS_JSON).from(SCORING_SNAPSHOT)
                .where(SCORING_SNAPSHOT.ID.eq(snapshotId)).fetchOptional(SCORING_SNAPSHOT.COHORTS_JSON).orElse("[]");
    }

    @Override
    public List<TrendEntry> trend(ResearcherId researcherId) {
        Map<Long, SnapshotInfo> infos = new java.util.HashMap<>();
        List<TrendEntry> out = new ArrayList<>();
        var rows = dsl.select(rowFields()).select(SNAPSHOT_CARD.SNAPSHOT_ID).from(SNAPSHOT_CARD)
                .where(SNAPSHOT_CARD.RESEARCHER_ID.eq(researcherId.value()))
                .orderBy(SNAPSHOT_CARD.SNAPSHOT_ID).fetch();
        for (Record r : rows) {
            long sid = r.get(SNAPSHOT_CARD.SNAPSHOT_ID);
            SnapshotInfo info = infos.computeIfAbsent(sid, k -> findById(k).orElseThrow());
            out.add(new TrendEntry(info, toRow(r)));
        }
        return out;
    }

    private static List<org.jooq.SelectFieldOrAsterisk> rowFields() {
        return List.of(SNAPSHOT_CARD.ORDINAL, SNAPSHOT_CARD.RESEARCHER_ID, SNAPSHOT_CARD.EMPLOYEE_NO,
                SNAPSHOT_CARD.NAME, SNAPSHOT_CARD.CATEGORY, SNAPSHOT_CARD.DISCIPLINE, SNAPSHOT_CARD.COHORT,
                SNAPSHOT_CARD.CYCLE_STATUS, SNAPSHOT_CARD.PARTICIPATION, SNAPSHOT_CARD.RANK_NO,
                SNAPSHOT_CARD.COHORT_SIZE, SNAPSHOT_CARD.TOTAL, SNAPSHOT_CARD.INNOVATION, SNAPSHOT_CARD.QUALITY,
                SNAPSHOT_CARD.CONTRIBUTION, SNAPSHOT_CARD.PERCENTILE, SNAPSHOT_CARD.RANK_P5, SNAPSHOT_CARD.RANK_P95,
                SNAPSHOT_CARD.GRADE, SNAPSHOT_CARD.VERIFIED, SNAPSHOT_CARD.FLAGS);
    }

    private static SnapshotRow toRow(Record r) {
        String flagText = r.get(SNAPSHOT_CARD.FLAGS);
        List<ListFlag> flags = new ArrayList<>();
        if (!flagText.isEmpty()) {
            for (String f : flagText.split(",")) {
                flags.add(ListFlag.valueOf(f));
            }
        }
        return new SnapshotRow(r.get(SNAPSHOT_CARD.ORDINAL), new ResearcherId(r.get(SNAPSHOT_CARD.RESEARCHER_ID)),
                r.get(SNAPSHOT_CARD.EMPLOYEE_NO), r.get(SNAPSHOT_CARD.NAME),
                ResearchCategory.valueOf(r.get(SNAPSHOT_CARD.CATEGORY)), r.get(SNAPSHOT_CARD.DISCIPLINE),
                r.get(SNAPSHOT_CARD.COHORT), CycleStatus.valueOf(r.get(SNAPSHOT_CARD.CYCLE_STATUS)),
                Participation.valueOf(r.get(SNAPSHOT_CARD.PARTICIPATION)), r.get(SNAPSHOT_CARD.RANK_NO),
                r.get(SNAPSHOT_CARD.COHORT_SIZE), r.get(SNAPSHOT_CARD.TOTAL), r.get(SNAPSHOT_CARD.INNOVATION),
                r.get(SNAPSHOT_CARD.QUALITY), r.get(SNAPSHOT_CARD.CONTRIBUTION), r.get(SNAPSHOT_CARD.PERCENTILE),
                r.get(SNAPSHOT_CARD.RANK_P5), r.get(SNAPSHOT_CARD.RANK_P95),
                Grade.valueOf(r.get(SNAPSHOT_CARD.GRADE)), r.get(SNAPSHOT_CARD.VERIFIED), flags);
    }

    private static SnapshotInfo toInfo(ScoringSnapshotRecord r) {
        Map<ResearchCategory, SchemeRef> schemes = new EnumMap<>(ResearchCategory.class);
        for (String part : r.getSchemes().split(",")) {
            int eq = part.indexOf('=');
            int at = part.lastIndexOf('@');
            if (eq > 0 && at > eq) {
                schemes.put(ResearchCategory.valueOf(part.substring(0, eq)),
                        new SchemeRef(part.substring(eq + 1, at), Integer.parseInt(part.substring(at + 1))));
            }
        }
        return new SnapshotInfo(r.getId(), r.getRoundId(), r.getCreatedAt(), r.getEngineVersion(),
                r.getInputsFingerprint(), r.getReferenceDate(), schemes, r.getCardCount());
    }
}
