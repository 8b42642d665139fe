package org.talentbench.exchange.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Shared layout of written workbooks: header row, typed cells, and the notes sheet. */
final class SheetWriting {
    static final String APP = "TalentBench";
    static final String APP_VERSION = "1.0";
    private static final String HEADER_FILL = "DCE6F1";
    private static final String REQUIRED_FILL = "FCE4D6";

    private SheetWriting() {
    }

    static Worksheet sheet(Workbook wb, SheetLayout layout, boolean chinese) {
        Worksheet ws = wb.newWorksheet(layout.name(chinese));
        List<ColumnDef> cols = layout.columns();
        for (int c = 0; c < cols.size(); c++) {
            ColumnDef def = cols.get(c);
            ws.value(0, c, def.header(chinese));
            ws.style(0, c).bold().fillColor(def.required() ? REQUIRED_FILL : HEADER_FILL).set();
            ws.width(c, Math.max(10, Math.min(40, def.header(chinese).length() * (chinese ? 2.2 : 1.2) + 4)));
        }
        ws.freezePane(0, 1);
        return ws;
    }

    /** Writes a value in the form the reader reads back: dates as Excel dates, numbers as numbers. */
    static void cell(Worksheet ws, int r, int c, ColumnDef def, Object value, boolean chinese) {
        if (value == null) {
            return;
        }
        switch (def.type()) {
            case DATE -> {
                if (value instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else if (!value.toString().isEmpty()) {
                    ws.value(r, c, value.toString());
                }
            }
            case INTEGER, DECIMAL -> {
                if (value instanceof Number n) {
                    ws.value(r, c, n);
                } else if (!value.toString().isEmpty()) {
                    ws.value(r, c, new BigDecimal(value.toString()));
                }
            }
            case BOOLEAN -> ws.value(r, c, Boolean.TRUE.equals(value) ? (chinese ? "是" : "Yes")
                    : (chinese ? "否" : "No"));
            case CHOICE -> ws.value(r, c, def.labels().label(value.toString(), chinese));
            case LIST -> {
                if (value instanceof Collection<?> list) {
                    if (!list.isEmpty()) {
                        ws.value(r, c, String.join("; ", list.stream().map(Object::toString).toList()));
                    }
                } else if (!value.toString().isEmpty()) {
                    ws.value(r, c, value.toString());
                }
            }
            case ATTRIBUTES -> {
                if (value instanceof Map<?, ?> map && !map.isEmpty()) {
                    StringBuilder sb = new StringBuilder();
                    map.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "\n").append(k).append('=')
                            .append(RowContext.escape(String.valueOf(v))));
                    ws.value(r, c, sb.toString());
                    ws.style(r, c).wrapText(true).set();
                }
            }
            default -> {
                String s = value.toString();
                if (!s.isEmpty()) {
                    ws.value(r, c, s);
                }
            }
        }
    }

    /** The notes sheet: one line per column of every layout, in both languages. */
    static void notes(Workbook wb, List<SheetLayout> layouts, boolean chinese) {
        Worksheet ws = wb.newWorksheet(chinese ? "说明" : "Notes");
        String[] heads = {"工作表 Sheet", "列名", "Header", "键 Key", "必填 Required", "格式 Format", "示例 Example", "说明",
            "Notes"};
        for (int c = 0; c < heads.length; c++) {
            ws.value(0, c, heads[c]);
            ws.style(0, c).bold().fillColor(HEADER_FILL).set();
        }
        int r = 1;
        for (SheetLayout layout : layouts) {
            for (ColumnDef def : layout.columns()) {
                ws.value(r, 0, layout.name(chinese));
                ws.value(r, 1, def.headerZh());
                ws.value(r, 2, def.headerEn());
                ws.value(r, 3, def.key());
                ws.value(r, 4, def.required() ? "是 Yes" : "否 No");
                ws.value(r, 5, format(def.type()));
                if (!def.example().isEmpty()) {
                    ws.value(r, 6, def.example());
                }
                ws.value(r, 7, def.noteZh());
                ws.value(r, 8, def.noteEn());
                r++;
            }
        }
        ws.width(0, 16);
        ws.width(1, 18);
        ws.width(2, 22);
        ws.width(3, 22);
        ws.width(5, 28);
        ws.width(6, 28);
        ws.width(7, 50);
        ws.width(8, 50);
        ws.freezePane(0, 1);
    }

    private static String format(ColumnType type) {
        return switch (type) {
            case TEXT -> "文本 Text";
            case DATE -> "日期 Date (2020-03-05)";
            case INTEGER -> "整数 Whole number ≥ 0";
            case DECIMAL -> "数字 Number ≥ 0";
            case BOOLEAN -> "是/否 Yes/No";
            case CHOICE -> "选项 Choice";
            case ORCID -> "ORCID iD";
            case DOI -> "DOI";
            case LIST -> "分号分隔 Separated by ;";
            case ATTRIBUTES -> "键=值 key=value";
        };
    }
}
