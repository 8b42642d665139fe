package org.talentbench.store;

import static org.talentbench.store.generated.Tables.OUTPUT;
import static org.talentbench.store.generated.Tables.OUTPUT_ATTRIBUTE;
import static org.talentbench.store.generated.Tables.OUTPUT_CONTRIBUTOR;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Record5;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.talentbench.core.repo.OutputKey;
import org.talentbench.core.repo.OutputRepository;
import org.talentbench.core.repo.StaleRecordException;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKeys;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearcherId;

/** Outputs with their kind-specific attributes and the institute researchers credited on them. */
final class JooqOutputRepository implements OutputRepository {
    /** Rows a cursor fetches at a time (PostgreSQL streams only inside a transaction, where reads run). */
    private static final int FETCH_SIZE = 5_000;
    /** Outputs read per query by {@link #findAll}. */
    private static final long CHUNK = 20_000;
    private static final Comparator<Contribution> CREDIT_ORDER = Comparator.comparingInt(Contribution::authorPosition)
            .thenComparingLong(c -> c.researcherId().value());
    private final DSLContext dsl;

    JooqOutputRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every output, read in ranges of {@value #CHUNK} ids: H2 copies a query's whole result into a temporary table
     * (on disk beyond a few ten thousand rows) before returning the first row, which for a million outputs cost
     * several times the reading itself.
     */
    @Override
    public List<Output> findAll() {
        var bounds = dsl.select(DSL.min(OUTPUT.ID), DSL.max(OUTPUT.ID)).from(OUTPUT).fetchOne();
        if (bounds == null || bounds.value1() == null) {
            return new ArrayList<>();
        }
        List<Output> all = new ArrayList<>();
        for (long from = bounds.value1(); from <= bounds.value2(); from += CHUNK) {
            long to = from + CHUNK - 1;
            all.addAll(load(OUTPUT.ID.between(from, to), OUTPUT_ATTRIBUTE.OUTPUT_ID.between(from, to),
                    OUTPUT_CONTRIBUTOR.OUTPUT_ID.between(from, to)));
        }
        return all;
    }

    @Override
    public List<Output> findByResearcher(ResearcherId researcherId) {
        var ids = DSL.select(OUTPUT_CONTRIBUTOR.OUTPUT_ID).from(OUTPUT_CONTRIBUTOR)
                .where(OUTPUT_CONTRIBUTOR.RESEARCHER_ID.eq(researcherId.value()));
        return load(OUTPUT.ID.in(ids), OUTPUT_ATTRIBUTE.OUTPUT_ID.in(ids), OUTPUT_CONTRIBUTOR.OUTPUT_ID.in(ids));
    }

    @Override
    public Optional<Output> findById(OutputId id) {
        long v = id.value();
        return load(OUTPUT.ID.eq(v), OUTPUT_ATTRIBUTE.OUTPUT_ID.eq(v), OUTPUT_CONTRIBUTOR.OUTPUT_ID.eq(v))
                .stream().findFirst();
    }

    @Override
    public List<Output> findByIds(java.util.Collection<OutputId> ids) {
        List<Output> out = new ArrayList<>(ids.size());
        List<Long> all = ids.stream().map(OutputId::value).distinct().sorted().toList();
        for (int i = 0; i < all.size(); i += 1000) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + 1000));
            out.addAll(load(OUTPUT.ID.in(chunk), OUTPUT_ATTRIBUTE.OUTPUT_ID.in(chunk),
                    OUTPUT_CONTRIBUTOR.OUTPUT_ID.in(chunk)));
        }
        return out;
    }

    @Override
    public List<OutputKey> findKeys() {
        var source = OUTPUT_ATTRIBUTE.as("src");
        return dsl.select(OUTPUT.ID, OUTPUT.KIND, OUTPUT.DOI, OUTPUT.EXTERNAL_ID, source.ATTR_VALUE)
                .from(OUTPUT)
                .leftJoin(source).on(source.OUTPUT_ID.eq(OUTPUT.ID))
                .and(source.ATTR_KEY.eq(OutputAttribute.SOURCE))
                .orderBy(OUTPUT.ID)
                .fetch(r -> new OutputKey(new OutputId(r.value1()), OutputKind.valueOf(r.value2()), r.value3(),
                        r.value4(), r.value5()));
    }

    @Override
    public int count() {
        return dsl.fetchCount(OUTPUT);
    }

    @Override
    public Map<ResearcherId, Integer> countByResearcher() {
        Map<ResearcherId, Integer> counts = new HashMap<>();
        dsl.select(OUTPUT_CONTRIBUTOR.RESEARCHER_ID, DSL.count())
                .from(OUTPUT_CONTRIBUTOR)
                .groupBy(OUTPUT_CONTRIBUTOR.RESEARCHER_ID)
                .forEach(r -> counts.put(new ResearcherId(r.value1()), r.value2()));
        return counts;
    }

    /**
     * Reads outputs with their attributes and contributors. The three queries are read through cursors, so that a
     * whole institute (a million outputs) never sits in memory twice, once as records and once as outputs; the rows
     * are taken from the cursors' JDBC result sets rather than as jOOQ records, which costs several times the
     * database's own work for a million rows. Attribute keys, which repeat on every output, are shared.
     */
    private List<Output> load(Condition outputs, Condition attributes, Condition contributors) {
        // not with H2's LAZY_QUERY_EXECUTION: a lazy read of a million rows while the background writer compacts
        // the file (during Database.bulk) failed with "Chunk … not found"
        try {
            return loadRows(outputs, attributes, contributors);
        } catch (SQLException e) {
            throw new DataAccessException("reading outputs", e);
        }
    }

    private List<Output> loadRows(Condition outputs, Condition attributes, Condition contributors)
            throws SQLException {
        Map<Long, Map<String, String>> attrs = new HashMap<>();
        try (Cursor<Record3<Long, String, String>> cursor = dsl.select(OUTPUT_ATTRIBUTE.OUTPUT_ID,
                OUTPUT_ATTRIBUTE.ATTR_KEY, OUTPUT_ATTRIBUTE.ATTR_VALUE).from(OUTPUT_ATTRIBUTE).where(attributes)
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            ResultSet rs = cursor.resultSet();
            while (rs.next()) {
                attrs.computeIfAbsent(rs.getLong(1), k -> new HashMap<>(4)).put(rs.getString(2).intern(),
                        rs.getString(3));
            }
        }
        Map<Long, List<Contribution>> credits = new HashMap<>();
        try (Cursor<Record5<Long, Long, Integer, Boolean, Double>> cursor = dsl.select(OUTPUT_CONTRIBUTOR.OUTPUT_ID,
                        OUTPUT_CONTRIBUTOR.RESEARCHER_ID, OUTPUT_CONTRIBUTOR.AUTHOR_POSITION,
                        OUTPUT_CONTRIBUTOR.CORRESPONDING, OUTPUT_CONTRIBUTOR.SHARE_PERCENT)
                .from(OUTPUT_CONTRIBUTOR).where(contributors)
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            ResultSet rs = cursor.resultSet();
            while (rs.next()) {
                credits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(
                        new Contribution(new ResearcherId(rs.getLong(2)), rs.getInt(3), rs.getBoolean(4),
                                rs.getDouble(5)));
            }
        }
        // ordered here, not by the database: H2 sorts a million rows through temporary files
        credits.values().forEach(list -> list.sort(CREDIT_ORDER));
        List<Output> result = new ArrayList<>();
        try (Cursor<?> cursor = dsl.select(OUTPUT.ID, OUTPUT.KIND, OUTPUT.TITLE, OUTPUT.OUTPUT_DATE, OUTPUT.VENUE,
                        OUTPUT.DOI, OUTPUT.EXTERNAL_ID, OUTPUT.DOMESTIC_JOURNAL, OUTPUT.CITATIONS,
                        OUTPUT.CITATION_SOURCE, OUTPUT.CITATION_AS_OF, OUTPUT.FIELD_NORM_IMPACT, OUTPUT.VERSION)
                .from(OUTPUT).where(outputs).orderBy(OUTPUT.ID)
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            ResultSet rs = cursor.resultSet();
            while (rs.next()) {
                long id = rs.getLong(1);
                int citations = rs.getInt(9);
                Integer citationCount = rs.wasNull() ? null : citations;
                double impact = rs.getDouble(12);
                Double fieldImpact = rs.wasNull() ? null : impact;
                result.add(new Output(new OutputId(id), OutputKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getBoolean(8), citationCount, rs.getString(10), rs.getObject(11, LocalDate.class),
                        fieldImpact, attrs.getOrDefault(id, Map.of()), credits.getOrDefault(id, List.of()),
                        rs.getLong(13)));
            }
        }
        return result;
    }

    @Override
    public Output insert(Output output) {
        return insertAll(List.of(output)).get(0);
    }

    /**
     * Bulk insert through plain JDBC batches: rendering one jOOQ statement with thousands of bind values costs more
     * than the database work, and batches with generated keys work the same on H2 and PostgreSQL.
     */
    @Override
    public List<Output> insertAll(List<Output> outputs) {
        if (outputs.isEmpty()) {
            return List.of();
        }
        return dsl.connectionResult(c -> {
            List<Output> stored = new ArrayList<>(outputs.size());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO output (kind, title, output_date, venue, doi,"
                    + " external_id, domestic_journal, citations, citation_source, citation_as_of, field_norm_impact,"
                    + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", new String[] {"id"})) {
                for (Output o : outputs) {
                    ps.setString(1, o.kind().name());
                    ps.setString(2, o.title());
                    ps.setObject(3, o.date());
                    ps.setString(4, o.venue());
                    ps.setString(5, o.doi());
                    ps.setString(6, o.externalId());
                    ps.setBoolean(7, o.domesticJournal());
                    ps.setObject(8, o.citations(), Types.INTEGER);
                    ps.setString(9, o.citationSource());
                    ps.setObject(10, o.citationAsOf());
                    ps.setObject(11, o.fieldNormalisedImpact(), Types.DOUBLE);
                    ps.addBatch();
                }
                ps.executeBatch();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    int i = 0;
                    while (keys.next()) {
                        stored.add(outputs.get(i++).withId(new OutputId(keys.getLong(1))).withVersion(1));
                    }
                    if (i != outputs.size()) {
                        throw new IllegalStateException("expected " + outputs.size() + " generated ids, got " + i);
                    }
                }
            }
            writeChildren(c, stored);
            return stored;
        });
    }

    @Override
    public Output update(Output o) {
        int updated = dsl.update(OUTPUT)
                .set(OUTPUT.KIND, o.kind().name())
                .set(OUTPUT.TITLE, o.title())
                .set(OUTPUT.OUTPUT_DATE, o.date())
                .set(OUTPUT.VENUE, o.venue())
                .set(OUTPUT.DOI, o.doi())
                .set(OUTPUT.EXTERNAL_ID, o.externalId())
                .set(OUTPUT.DOMESTIC_JOURNAL, o.domesticJournal())
                .set(OUTPUT.CITATIONS, o.citations())
                .set(OUTPUT.CITATION_SOURCE, o.citationSource())
                .set(OUTPUT.CITATION_AS_OF, o.citationAsOf())
                .set(OUTPUT.FIELD_NORM_IMPACT, o.fieldNormalisedImpact())
                .set(OUTPUT.VERSION, o.version() + 1)
                .where(OUTPUT.ID.eq(o.id().value()))
                .and(OUTPUT.VERSION.eq(o.version()))
                .execute();
        if (updated == 0) {
            throw new StaleRecordException("output", o.id().value());
        }
        long id = o.id().value();
        dsl.deleteFrom(OUTPUT_ATTRIBUTE).where(OUTPUT_ATTRIBUTE.OUTPUT_ID.eq(id)).execute();
        dsl.deleteFrom(OUTPUT_CONTRIBUTOR).where(OUTPUT_CONTRIBUTOR.OUTPUT_ID.eq(id)).execute();
        Output stored = o.withVersion(o.version() + 1);
        writeChildren(List.of(stored));
        return stored;
    }

    @Override
    public void delete(OutputId id) {
        dsl.deleteFrom(OUTPUT).where(OUTPUT.ID.eq(id.value())).execute();
    }

    @Override
    public List<Output> findDuplicates(Output candidate) {
        String doi = OutputKeys.doi(candidate.doi());
        Condition where = OUTPUT.OUTPUT_DATE.between(LocalDate.of(candidate.year(), 1, 1),
                LocalDate.of(candidate.year(), 12, 31));
        if (!doi.isEmpty()) {
            where = where.or(OUTPUT.DOI.ne("").and(DSL.lower(OUTPUT.DOI).endsWith(doi)));
        }
        if (!OutputKeys.externalId(candidate.kind(), candidate.externalId()).isEmpty()) {
            where = where.or(OUTPUT.KIND.eq(candidate.kind().name()).and(OUTPUT.EXTERNAL_ID.ne("")));
        }
        List<Long> ids = new ArrayList<>();
        dsl.select(OUTPUT.ID, OUTPUT.KIND, OUTPUT.TITLE, OUTPUT.OUTPUT_DATE, OUTPUT.DOI, OUTPUT.EXTERNAL_ID)
                .from(OUTPUT).where(where).and(OUTPUT.ID.ne(candidate.id().value())).orderBy(OUTPUT.ID)
                .forEach(r -> {
                    Output key = new Output(new OutputId(r.value1()), OutputKind.valueOf(r.value2()), r.value3(),
                            r.value4(), "", r.value5(), r.value6(), false, null, "", null, null, Map.of(), List.of(), 0);
                    if (OutputKeys.match(candidate, key).isPresent()) {
                        ids.add(r.value1());
                    }
                });
        if (ids.isEmpty()) {
            return List.of();
        }
        return load(OUTPUT.ID.in(ids), OUTPUT_ATTRIBUTE.OUTPUT_ID.in(ids), OUTPUT_CONTRIBUTOR.OUTPUT_ID.in(ids));
    }

    private void writeChildren(List<Output> stored) {
        dsl.connection(c -> writeChildren(c, stored));
    }

    private static void writeChildren(Connection c, List<Output> stored) throws SQLException {
        try (PreparedStatement attrs = c.prepareStatement(
                "INSERT INTO output_attribute (output_id, attr_key, attr_value) VALUES (?, ?, ?)");
             PreparedStatement credits = c.prepareStatement("INSERT INTO output_contributor (output_id, researcher_id,"
                     + " author_position, corresponding, share_percent) VALUES (?, ?, ?, ?, ?)")) {
            int nAttrs = 0;
            int nCredits = 0;
            for (Output o : stored) {
                long id = o.id().value();
                for (Map.Entry<String, String> e : new TreeMap<>(o.attributes()).entrySet()) {
                    attrs.setLong(1, id);
                    attrs.setString(2, e.getKey());
                    attrs.setString(3, e.getValue());
                    attrs.addBatch();
                    nAttrs++;
                }
                for (Contribution cr : o.contributors()) {
                    credits.setLong(1, id);
                    credits.setLong(2, cr.researcherId().value());
                    credits.setInt(3, cr.authorPosition());
                    credits.setBoolean(4, cr.corresponding());
                    credits.setDouble(5, cr.sharePercent());
                    credits.addBatch();
                    nCredits++;
                }
            }
            if (nAttrs > 0) {
                attrs.executeBatch();
            }
            if (nCredits > 0) {
                credits.executeBatch();
            }
        }
    }
}
