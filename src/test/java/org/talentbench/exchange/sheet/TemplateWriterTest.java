package org.talentbench.exchange.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateWriterTest {

    private static byte[] template(TemplateWriter.Kind kind, boolean chinese) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TemplateWriter().write(kind, out, chinese);
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"RESEARCHERS, true", "RESEARCHERS, false", "OUTPUTS, true", "OUTPUTS, false"})
    void blankTemplateImportsCleanlyWithNoRows(TemplateWriter.Kind kind, boolean chinese) throws IOException {
        byte[] xlsx = template(kind, chinese);
        if (kind == TemplateWriter.Kind.RESEARCHERS) {
            SheetReadResult<?> r = new ResearcherSheetReader().read("t.xlsx", xlsx, null);
            assertEquals(List.of(), r.problems());
            assertEquals(0, r.rows().size());
        } else {
            SheetReadResult<?> r = new OutputSheetReader().read("t.xlsx", xlsx, null, no -> true);
            assertEquals(List.of(), r.problems());
            assertEquals(0, r.rows().size());
        }
    }

    @ParameterizedTest
    @CsvSource({"RESEARCHERS, true", "OUTPUTS, false"})
    void notesSheetExplainsEveryColumnAndTheExampleSheetHasAFilledRow(TemplateWriter.Kind kind, boolean chinese)
            throws IOException {
        List<SheetLayout> layouts = kind == TemplateWriter.Kind.RESEARCHERS
                ? List.of(Templates.RESEARCHERS, Templates.CAREER_BREAKS, Templates.ASSIGNMENTS)
                : List.of(Templates.OUTPUTS);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template(kind, chinese)))) {
            Sheet notes = wb.findSheet(chinese ? "说明" : "Notes").orElseThrow();
            List<String> keys = notes.read().stream().skip(1).map(r -> r.getCellText(3)).toList();
            int columns = layouts.stream().mapToInt(l -> l.columns().size()).sum();
            assertEquals(columns, keys.size());
            for (SheetLayout l : layouts) {
                for (ColumnDef c : l.columns()) {
                    assertTrue(keys.contains(c.key()), c.key());
                }
            }
            Sheet example = wb.findSheet(chinese ? "示例" : "Example").orElseThrow();
            List<Row> rows = example.read();
            assertEquals(layouts.get(0).columns().get(0).example(), rows.get(2).getCellText(0));
        }
    }
}
