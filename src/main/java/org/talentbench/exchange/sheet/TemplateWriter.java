package org.talentbench.exchange.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the blank import templates: the data sheets with their headers, an example sheet with one filled-in row
 * per data sheet (kept apart so that it is never imported by mistake), and the notes sheet that explains every
 * column. Stateless and thread-safe.
 */
public final class TemplateWriter {

    /** Which template. */
    public enum Kind { RESEARCHERS, OUTPUTS }

    /** @param chinese Chinese headers and sheet names (both languages are accepted on import either way) */
    public void write(Kind kind, OutputStream out, boolean chinese) throws IOException {
        List<SheetLayout> layouts = kind == Kind.RESEARCHERS
                ? List.of(Templates.RESEARCHERS, Templates.CAREER_BREAKS, Templates.ASSIGNMENTS)
                : List.of(Templates.OUTPUTS);
        Workbook wb = new Workbook(out, SheetWriting.APP, SheetWriting.APP_VERSION);
        for (SheetLayout layout : layouts) {
            SheetWriting.sheet(wb, layout, chinese);
        }
        Worksheet example = wb.newWorksheet(chinese ? "示例" : "Example");
        int r = 0;
        for (SheetLayout layout : layouts) {
            example.value(r, 0, layout.name(chinese));
            example.style(r, 0).bold().set();
            r++;
            List<ColumnDef> cols = layout.columns();
            for (int c = 0; c < cols.size(); c++) {
                example.value(r, c, cols.get(c).header(chinese));
                example.style(r, c).bold().set();
                String sample = cols.get(c).example();
                if (!sample.isEmpty()) {
                    Object value = cols.get(c).type() == ColumnType.DATE
                            ? CellValues.parseDate(sample).map(d -> (Object) d).orElse(sample) : sample;
                    if (value instanceof LocalDate d) {
                        example.value(r + 1, c, d);
                        example.style(r + 1, c).format("yyyy-mm-dd").italic().set();
                    } else {
                        example.value(r + 1, c, sample);
                        example.style(r + 1, c).italic().set();
                    }
                }
            }
            r += 3;
        }
        SheetWriting.notes(wb, layouts, chinese);
        wb.finish();
    }
}
