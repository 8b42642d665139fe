package org.talentbench.exchange.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportProblem;

/**
 * Reads one table against a {@link SheetLayout}: the first non-empty row is the header, mapped to column keys;
 * every later non-empty row goes through {@code mapper}, and is kept only when it raised no problem.
 */
final class LayoutReader {
    private static final Pattern CELL_REF = Pattern.compile("[A-Z]+(\\d+)");

    interface RowMapper<T> {
        /** The row's record, or null; problems go through {@code row}. */
        T map(RowContext row);
    }

    private LayoutReader() {
    }

    static <T> List<T> read(String file, SheetSource source, String sheet, SheetLayout layout, ColumnMapping mapping,
                            RowMapper<T> mapper, List<ImportProblem> problems) {
        return read(file, source, sheet, layout, mapping, mapper, problems, null);
    }

    /** @param locations receives {@code sheet!row} of each kept row, or null */
    static <T> List<T> read(String file, SheetSource source, String sheet, SheetLayout layout, ColumnMapping mapping,
                            RowMapper<T> mapper, List<ImportProblem> problems, List<String> locations) {
        for (String range : source.mergedRanges(sheet)) {
            Matcher m = CELL_REF.matcher(range);
            String row = m.find() ? m.group(1) : "";
            problems.add(ImportProblem.of(file, (sheet.isEmpty() ? "" : sheet + "!") + row,
                    ImportCodes.SHEET_MERGED_CELLS, range));
        }
        List<T> rows = new ArrayList<>();
        Map<String, Integer> columnIndex = new HashMap<>();
        Map<String, String> headerText = new HashMap<>();
        Map<String, ColumnDef> defs = RowContext.columnsByKey(layout);
        boolean[] state = new boolean[2]; // [0] header seen, [1] header unusable
        source.forEachRow(sheet, (number, cells) -> {
            if (cells.stream().allMatch(RawCell::isEmpty)) {
                return;
            }
            if (!state[0]) {
                state[0] = true;
                state[1] = !header(file, sheet, number, cells, layout, mapping, columnIndex, headerText, problems);
                return;
            }
            if (state[1]) {
                return;
            }
            RowContext ctx = new RowContext(file, sheet, number, layout, defs, columnIndex, headerText, cells,
                    source.date1904(), problems);
            T record = mapper.map(ctx);
            if (record != null && !ctx.hasProblems()) {
                rows.add(record);
                if (locations != null) {
                    locations.add(ctx.rowLocation());
                }
            }
        });
        if (!state[0]) {
            problems.add(ImportProblem.of(file, sheet, ImportCodes.SHEET_NO_HEADER));
        }
        return rows;
    }

    /** Fills the column index from the header row; false when a required column is missing. */
    private static boolean header(String file, String sheet, int number, List<RawCell> cells, SheetLayout layout,
                                  ColumnMapping given, Map<String, Integer> columnIndex,
                                  Map<String, String> headerText, List<ImportProblem> problems) {
        List<String> headers = new ArrayList<>();
        for (RawCell c : cells) {
            headers.add(c.isEmpty() ? "" : c.text().strip());
        }
        ColumnMapping mapping = given != null ? given : ColumnMapping.suggest(headers, layout);
        String prefix = (sheet.isEmpty() ? "" : sheet + "!") + number + ":";
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (h.isEmpty()) {
                continue;
            }
            String key = mapping.keyFor(h).orElse(null);
            if (key == null || (!key.isEmpty() && layout.column(key).isEmpty())) {
                if (given == null || key != null) {
                    problems.add(ImportProblem.of(file, prefix + h, ImportCodes.SHEET_UNKNOWN_COLUMN, h));
                }
                continue;
            }
            if (key.isEmpty()) {
                continue; // ColumnMapping.IGNORE
            }
            if (seen.containsKey(key)) {
                problems.add(ImportProblem.of(file, prefix + h, ImportCodes.SHEET_DUPLICATE_COLUMN, h));
                continue;
            }
            seen.put(key, h);
            columnIndex.put(key, i);
            headerText.put(key, h);
        }
        boolean complete = true;
        for (ColumnDef c : layout.columns()) {
            if (c.required() && !columnIndex.containsKey(c.key())) {
                problems.add(ImportProblem.of(file, prefix + c.headerZh(), ImportCodes.SHEET_MISSING_COLUMN,
                        c.headerZh() + " / " + c.headerEn()));
                complete = false;
            }
        }
        return complete;
    }
}
