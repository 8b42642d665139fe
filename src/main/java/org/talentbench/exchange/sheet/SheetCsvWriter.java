package org.talentbench.exchange.sheet;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Writes the researchers sheet or the outputs sheet as CSV (RFC 4180, CRLF line ends) with the template's headers
 * and cell texts, so that {@link ResearcherSheetReader} and {@link OutputSheetReader} read the file back. Dates are
 * ISO, choices their labels, lists separated by "; ", other attributes key=value lines in one quoted cell. The
 * caller should start the file with a UTF-8 byte-order mark so that Excel shows Chinese text right.
 *
 * <p>A CSV file holds one sheet: a researchers CSV has no career breaks and no category history (the .xlsx
 * workbook does). Stateless and thread-safe.
 */
public final class SheetCsvWriter {
    /** The UTF-8 byte-order mark, which Excel needs to open a UTF-8 CSV file correctly. */
    public static final char BOM = '\uFEFF';

    public void writeResearchers(List<Researcher> researchers, Writer out, boolean chinese) throws IOException {
        write(Templates.RESEARCHERS, researchers, ResearcherSheetWriter::values, out, chinese);
    }

    public void writeOutputs(List<Output> outputs, Function<ResearcherId, String> employeeNo, Writer out,
                             boolean chinese) throws IOException {
        write(Templates.OUTPUTS, OutputSheetWriter.rows(outputs, employeeNo), OutputSheetWriter::values, out, chinese);
    }

    private static <T> void write(SheetLayout layout, List<T> items, Function<T, Object[]> values, Writer out,
                                  boolean chinese) throws IOException {
        List<ColumnDef> cols = layout.columns();
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cols.size(); c++) {
            field(line, c, cols.get(c).header(chinese));
        }
        out.write(line.append("\r\n").toString());
        for (T item : items) {
            Object[] v = values.apply(item);
            line.setLength(0);
            for (int c = 0; c < cols.size(); c++) {
                field(line, c, text(cols.get(c), v[c], chinese));
            }
            out.write(line.append("\r\n").toString());
        }
        out.flush();
    }

    private static void field(StringBuilder line, int index, String value) {
        if (index > 0) {
            line.append(',');
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf(';') >= 0 || value.indexOf('\t') >= 0) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
    }

    /** The text a cell of this column holds, as the reader reads it back. */
    static String text(ColumnDef def, Object value, boolean chinese) {
        if (value == null) {
            return "";
        }
        return switch (def.type()) {
            case DATE -> value instanceof LocalDate d ? d.toString() : value.toString();
            case INTEGER, DECIMAL -> {
                if (value instanceof BigDecimal b) {
                    yield CellValues.plain(b);
                }
                if (value instanceof Double d) {
                    yield CellValues.plain(BigDecimal.valueOf(d));
                }
                yield value.toString();
            }
            case BOOLEAN -> Boolean.TRUE.equals(value) ? (chinese ? "是" : "Yes") : (chinese ? "否" : "No");
            case CHOICE -> def.labels().label(value.toString(), chinese);
            case LIST -> value instanceof Collection<?> list
                    ? String.join("; ", list.stream().map(Object::toString).toList()) : value.toString();
            case ATTRIBUTES -> {
                if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
                    yield "";
                }
                StringBuilder sb = new StringBuilder();
                map.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "\n").append(k).append('=')
                        .append(RowContext.escape(String.valueOf(v))));
                yield sb.toString();
            }
            default -> value.toString();
        };
    }
}
