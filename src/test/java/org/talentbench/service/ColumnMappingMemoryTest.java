package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.sheet.ColumnMapping;
import org.talentbench.store.Database;

/** A sheet laid out differently is mapped once; the mapping is remembered for sheets with the same headers. */
class ColumnMappingMemoryTest {
    @TempDir
    Path dir;
    private Database db;
    private ImportService service;

    @BeforeEach
    void open() {
        db = ImportFixtures.freshDatabase();
        service = new ImportService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ColumnMapping hrMapping() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Staff ID", "employeeNo");
        m.put("Full name", "nameZh");
        m.put("Type", "category");
        m.put("Remarks", ColumnMapping.IGNORE);
        return ColumnMapping.of(m);
    }

    @Test
    void aForeignLayoutNeedsMappingAndIsRememberedAfterTheCommit() throws IOException {
        Path first = ImportFixtures.text(dir.resolve("hr-2024.csv"), """
                Staff ID,Full name,Type,Remarks
                H001,周杰,基础研究,调入
                """);
        ImportService.FileInspection inspection = service.inspect(first);
        assertTrue(inspection.needsMapping());
        assertNull(inspection.kind(), "no template column is recognised");
        assertEquals(List.of("Staff ID", "Full name", "Type", "Remarks"), inspection.unmapped());

        ImportPlan unmapped = service.preview(List.of(first), ImportOptions.defaults());
        assertEquals(List.of(ImportCodes.SHEET_UNKNOWN_LAYOUT), unmapped.errors().stream().map(ImportIssue::code)
                .toList());

        ImportPlan mapped = service.preview(List.of(first),
                ImportOptions.defaults().withSheet(first, SheetKind.RESEARCHERS, hrMapping()));
        assertFalse(mapped.hasErrors(), mapped.issues()::toString);
        service.commit(mapped, ImportDecisions.proposed());

        // next year's file: same headers, other order and other case
        Path second = ImportFixtures.text(dir.resolve("hr-2025.csv"), """
                REMARKS,full name,Type,Staff ID
                新进,吴敏,应用研究,H002
                """);
        ImportService.FileInspection again = service.inspect(second);
        assertTrue(again.remembered());
        assertFalse(again.needsMapping());
        assertEquals(SheetKind.RESEARCHERS, again.kind());
        ImportPlan plan = service.preview(List.of(second), ImportOptions.defaults());
        assertFalse(plan.hasErrors(), plan.issues()::toString);
        service.commit(plan, ImportDecisions.proposed());
        List<String> numbers = db.read(r -> r.researchers().findAll()).stream().map(r -> r.employeeNo()).toList();
        assertEquals(List.of("H001", "H002"), numbers);
    }

    @Test
    void aMappingIsNotRememberedWhenThePreviewIsNotCommitted() throws IOException {
        Path file = ImportFixtures.text(dir.resolve("hr.csv"), """
                Staff ID,Full name,Type,Remarks
                H001,周杰,基础研究,
                """);
        service.preview(List.of(file), ImportOptions.defaults().withSheet(file, SheetKind.RESEARCHERS, hrMapping()));

        assertFalse(service.inspect(file).remembered());
    }

    @Test
    void templateHeadersWithExtraColumnsAreOfferedTheSuggestedMapping() throws IOException {
        Path file = ImportFixtures.text(dir.resolve("outputs.csv"), """
                成果类型,题名,日期,备注
                期刊论文,一篇论文,2023-01-05,无
                """);

        ImportService.FileInspection inspection = service.inspect(file);

        assertEquals(SheetKind.OUTPUTS, inspection.kind());
        assertEquals(List.of("备注"), inspection.unmapped());
        assertTrue(inspection.needsMapping());
        assertEquals(Map.of("成果类型", "kind", "题名", "title", "日期", "date"), inspection.mapping().asMap());
    }
}
