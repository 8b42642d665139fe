package org.talentbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.demo.DemoSpec;
import org.talentbench.service.DemoService;

/**
 * A demo file is loaded without its output indexes and foreign keys, which are built at the end
 * ({@link Database#loadNew}): afterwards it must be indistinguishable from a freshly migrated file.
 */
class DemoSchemaTest {
    /** Everything H2 tells about a schema's shape, one sorted line per object. */
    private static final String[] SHAPE = {
        "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE,"
                + " IS_IDENTITY, COLUMN_DEFAULT FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'",
        "SELECT TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME, IS_GENERATED FROM INFORMATION_SCHEMA.INDEXES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC'",
        "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, ORDINAL_POSITION, ORDERING_SPECIFICATION, IS_UNIQUE"
                + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'",
        "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE, INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC'",
        "SELECT CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, POSITION_IN_UNIQUE_CONSTRAINT"
                + " FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = 'PUBLIC'",
        "SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE"
                + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = 'PUBLIC'",
        "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = 'PUBLIC'",
    };

    @TempDir
    Path dir;

    @Test
    void demoFileHasExactlyTheIndexesAndConstraintsOfAMigratedFile() throws SQLException {
        Path fresh = dir.resolve("fresh");
        Database.open(DatabaseLocation.file(fresh)).close();
        Path demo = dir.resolve("demo");
        DemoService.create(demo, new DemoSpec(25, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);

        List<String> expected = shape(fresh);
        // the objects loadNew drops and builds again are there, under V001's names
        for (String name : List.of("IX_OUTPUT_DOI", "IX_OUTPUT_EXTERNAL_ID", "IX_OUTPUT_CONTRIBUTOR_RESEARCHER",
                "FK_OUTPUT_ATTRIBUTE_OUTPUT", "FK_OUTPUT_CONTRIBUTOR_OUTPUT", "FK_OUTPUT_CONTRIBUTOR_RESEARCHER")) {
            assertTrue(expected.stream().anyMatch(line -> line.contains("|" + name + "|")), name);
        }
        assertEquals(String.join("\n", expected), String.join("\n", shape(demo)));
    }

    /**
     * Two indexes over the same columns of one table cost every insert twice and help no query. H2 makes an index for
     * each foreign key unless one on exactly its columns exists already, which is how six keys came to have two
     * (fixed by V071).
     */
    @Test
    void noTableHasTwoIndexesOverTheSameColumns() throws SQLException {
        Path fresh = dir.resolve("indexes");
        Database.open(DatabaseLocation.file(fresh)).close();
        Map<String, List<String>> byColumns = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url(fresh), "sa", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME, INDEX_NAME, LISTAGG(COLUMN_NAME, ',') WITHIN GROUP"
                     + " (ORDER BY ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                     + " GROUP BY TABLE_NAME, INDEX_NAME")) {
            while (rs.next()) {
                byColumns.computeIfAbsent(rs.getString(1) + "(" + rs.getString(3) + ")", k -> new ArrayList<>())
                        .add(rs.getString(2));
            }
        }
        assertTrue(byColumns.containsKey("OUTPUT_CONTRIBUTOR(RESEARCHER_ID)"), byColumns.keySet().toString());
        byColumns.values().removeIf(names -> names.size() < 2);
        assertEquals(Map.of(), byColumns);
    }

    @Test
    void demoFileReopensAndPassesFlywayValidation() {
        Path demo = dir.resolve("reopen");
        DemoService.create(demo, new DemoSpec(10, 3, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
        try (Database db = Database.open(DatabaseLocation.file(demo), false)) {
            assertEquals(Database.LATEST_MIGRATION, db.schemaVersion());
        }
        Flyway.configure().dataSource(url(demo), "sa", "").locations("classpath:db/migration/common")
                .validateMigrationNaming(true).load().validate();
    }

    @Test
    void foreignKeysAreEnforcedAgainAfterTheLoad() {
        Path demo = dir.resolve("enforced");
        DemoService.create(demo, new DemoSpec(5, 3, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
        try (Database db = Database.open(DatabaseLocation.file(demo), false)) {
            Output orphan = new Output(OutputId.NEW, OutputKind.SOFTWARE_COPYRIGHT, "无主软件", DemoSpec.STANDARD_REFERENCE_DATE,
                    "", "", "", false, null, "", null, null, java.util.Map.of(),
                    List.of(new Contribution(new ResearcherId(999_999), 1, false, 100)), 0);
            assertThrows(RuntimeException.class, () -> db.inTransaction(r -> r.outputs().insert(orphan)));
        }
    }

    @Test
    void loadWithRowsBreakingAForeignKeyFails() {
        try (Database db = Database.open(DatabaseLocation.memory("orphans"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> db.loadNew(() ->
                    db.inTransaction(r -> r.outputs().insert(new Output(OutputId.NEW, OutputKind.SOFTWARE_COPYRIGHT, "无主软件",
                            DemoSpec.STANDARD_REFERENCE_DATE, "", "", "", false, null, "", null, null,
                            java.util.Map.of(), List.of(new Contribution(new ResearcherId(999_999), 1, false, 100)),
                            0)))));
            assertTrue(e.getMessage().contains("researcher"), e.getMessage());
        }
    }

    private static String url(Path file) {
        return "jdbc:h2:" + file.toAbsolutePath();
    }

    private static List<String> shape(Path file) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url(file), "sa", ""); Statement st = c.createStatement()) {
            for (String q : SHAPE) {
                try (ResultSet rs = st.executeQuery(q)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder(q.substring(q.indexOf("FROM ") + 5, q.indexOf(" WHERE")));
                        for (int i = 1; i <= n; i++) {
                            line.append('|').append(rs.getString(i));
                        }
                        lines.add(line.append('|').toString());
                    }
                }
            }
        }
        lines.sort(null);
        return lines;
    }
}
