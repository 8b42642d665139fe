package org.talentbench.exchange.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.Researcher;

/**
 * Writes researchers in the template layout ({@link Templates#RESEARCHERS}, career breaks, category history, notes)
 * so that {@link ResearcherSheetReader} reads back the same profiles (ids and versions aside). Stateless and
 * thread-safe.
 */
public final class ResearcherSheetWriter {

    public void write(List<Researcher> researchers, OutputStream out, boolean chinese) throws IOException {
        Workbook wb = new Workbook(out, SheetWriting.APP, SheetWriting.APP_VERSION);
        rows(wb, Templates.RESEARCHERS, researchers, chinese, ResearcherSheetWriter::values);
        List<Object[]> breaks = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (Researcher r : researchers) {
            for (CareerBreak b : r.breaks()) {
                breaks.add(new Object[] {r.employeeNo(), b.kind().name(), b.start(), b.end(), b.note()});
            }
            for (Assignment a : r.history()) {
                history.add(new Object[] {r.employeeNo(), a.validFrom(), a.category().name(), a.departmentCode()});
            }
        }
        rows(wb, Templates.CAREER_BREAKS, breaks, chinese, Function.identity());
        rows(wb, Templates.ASSIGNMENTS, history, chinese, Function.identity());
        SheetWriting.notes(wb, List.of(Templates.RESEARCHERS, Templates.CAREER_BREAKS, Templates.ASSIGNMENTS), chinese);
        wb.finish();
    }

    static Object[] values(Researcher r) {
        return new Object[] {r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender().name(), r.birthDate(),
            r.degree().name(), r.degreeDate(), r.hireDate(), r.departmentCode(), r.title(), r.discipline(),
            r.category().name(), r.talentTags().stream().sorted().toList(), r.orcid(), r.email(), r.phone(),
            r.techTags().stream().sorted().toList(), r.status().name()};
    }

    static <T> void rows(Workbook wb, SheetLayout layout, List<T> items, boolean chinese,
                         Function<T, Object[]> values) {
        Worksheet ws = SheetWriting.sheet(wb, layout, chinese);
        List<ColumnDef> cols = layout.columns();
        int r = 1;
        for (T item : items) {
            Object[] v = values.apply(item);
            for (int c = 0; c < cols.size(); c++) {
                SheetWriting.cell(ws, r, c, cols.get(c), v[c], chinese);
            }
            r++;
        }
    }
}
