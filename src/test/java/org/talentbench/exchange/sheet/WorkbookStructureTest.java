package org.talentbench.exchange.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportProblem;
import org.talentbench.exchange.Mutants;

class WorkbookStructureTest {
    private final ResearcherSheetReader reader = new ResearcherSheetReader();

    private static byte[] workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ResearcherSheetWriter().write(SheetRoundTripTest.researchers(), out, true);
        return out.toByteArray();
    }

    @Test
    void mergedCellsAreReportedWithTheirRange() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "t", "1.0");
        Worksheet ws = wb.newWorksheet("研究人员");
        ws.value(0, 0, "工号");
        ws.value(0, 1, "姓名");
        ws.value(0, 2, "评价类别");
        ws.value(1, 0, "E1");
        ws.value(1, 1, "张伟");
        ws.value(1, 2, "基础研究");
        ws.value(2, 0, "E2");
        ws.value(2, 1, "李娜");
        ws.range(1, 2, 2, 2).merge();
        wb.finish();
        SheetReadResult<Researcher> r = reader.read("m.xlsx", out.toByteArray(), null);
        assertTrue(r.problems().contains(ImportProblem.of("m.xlsx", "研究人员!2", ImportCodes.SHEET_MERGED_CELLS,
                "C2:C3")), r.problems()::toString);
        assertTrue(r.problems().contains(ImportProblem.of("m.xlsx", "研究人员!3:评价类别", ImportCodes.CELL_REQUIRED)));
    }

    @Test
    void truncatedWorkbookIsRefusedAsCorrupt() throws IOException {
        byte[] full = workbook();
        ImportException e = assertThrows(ImportException.class,
                () -> reader.read("t.xlsx", Arrays.copyOf(full, full.length * 2 / 3), null));
        assertEquals(ImportCodes.SHEET_CORRUPT, e.code());
    }

    @Test
    void zipThatIsNotAWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        ImportException e = assertThrows(ImportException.class, () -> reader.read("a.xlsx", out.toByteArray(), null));
        assertEquals(ImportCodes.SHEET_NOT_WORKBOOK, e.code());
    }

    @Test
    void legacyExcelFileIsRefusedWithItsOwnCode() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        ImportException e = assertThrows(ImportException.class, () -> reader.read("old.xls", ole2, null));
        assertEquals(ImportCodes.SHEET_LEGACY_XLS, e.code());
    }

    @Test
    void scholarlyFileGivenAsASheetIsRefused() {
        byte[] json = "{\"id\":\"https://openalex.org/W1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> reader.read("w.csv", json, null));
        assertEquals(ImportCodes.FORMAT_UNSUPPORTED, e.code());
    }

    @Test
    void emptySheetHasNoHeader() {
        SheetReadResult<Researcher> r = reader.read("e.xlsx", MiniXlsx.build("研究人员", ""), null);
        assertEquals(List.of(ImportProblem.of("e.xlsx", "研究人员", ImportCodes.SHEET_NO_HEADER)), r.problems());
    }

    // a hang guard, not a speed assertion
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void damagedWorkbooksAreReadOrRefusedCleanly() throws IOException {
        byte[] original = workbook();
        Random random = new Random(20_240_601L);
        List<String> failures = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            byte[] mutant = Mutants.mutate(original, random);
            try {
                reader.read("fuzz.xlsx", mutant, null);
            } catch (ImportException e) {
                assertTrue(!e.problems().isEmpty());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                failures.add("mutant " + i + ": " + e);
            }
        }
        assertEquals(List.of(), failures);
    }
}
