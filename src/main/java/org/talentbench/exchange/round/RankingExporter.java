package org.talentbench.exchange.round;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.i18n.Messages;

/**
 * Writes a ranked list to .xlsx or .csv with the columns of {@link RankingColumns}, the same as the screen shows.
 * CSV is UTF-8 with a byte-order mark (so that Excel opens Chinese text correctly) and RFC 4180 quoting. Stateless.
 */
public final class RankingExporter {
    private RankingExporter() {
    }

    public static void writeCsv(Path file, Messages m, List<SnapshotRow> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(csvLine(RankingColumns.header(m)));
            for (SnapshotRow r : rows) {
                w.write(csvLine(RankingColumns.text(m, r)));
            }
        }
    }

    public static void writeXlsx(Path file, Messages m, String sheetName, List<SnapshotRow> rows) throws IOException {
        writeXlsx(file, m, sheetName, rows, List.of());
    }

    /** The breakdown of a ranked list as CSV: one line per person and indicator, with the outputs counted. */
    public static void writeBreakdownCsv(Path file, Messages m, List<BreakdownLine> lines) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(csvLine(BreakdownLine.header(m)));
            for (BreakdownLine l : lines) {
                List<String> cells = new java.util.ArrayList<>();
                for (Object o : l.values()) {
                    cells.add(o == null ? "" : o instanceof Double d ? number(d) : o.toString());
                }
                w.write(csvLine(cells));
            }
        }
    }

    /** Where the breakdown of a CSV ranked list goes: beside it, {@code NAME.csv} → {@code NAME-breakdown.csv}. */
    public static Path breakdownCsvBeside(Path rankingCsv) {
        String n = rankingCsv.getFileName().toString();
        String base = n.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? n.substring(0, n.length() - 4) : n;
        return rankingCsv.resolveSibling(base + "-breakdown.csv");
    }

    private static String number(double d) {
        if (!Double.isFinite(d)) {
            return "";
        }
        return java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * The ranked list on a first sheet and, when {@code breakdown} is not empty, every person's indicators on a
     * second sheet.
     */
    public static void writeXlsx(Path file, Messages m, String sheetName, List<SnapshotRow> rows,
                                 List<BreakdownLine> breakdown) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "TalentBench", "1.0");
            Worksheet ws = wb.newWorksheet(safeSheetName(sheetName));
            List<String> header = RankingColumns.header(m);
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().fillColor("DCE6F1").set();
            }
            int r = 1;
            for (SnapshotRow row : rows) {
                List<Object> v = RankingColumns.values(m, row);
                for (int c = 0; c < v.size(); c++) {
                    Object o = v.get(c);
                    if (o instanceof Double d) {
                        ws.value(r, c, d);
                        ws.style(r, c).format("0.00").set();
                    } else if (o != null) {
                        ws.value(r, c, o.toString());
                    }
                }
                r++;
            }
            ws.freezePane(0, 1);
            if (!breakdown.isEmpty()) {
                Worksheet bs = wb.newWorksheet(safeSheetName(m.get("breakdown.sheet")));
                List<String> bh = BreakdownLine.header(m);
                for (int c = 0; c < bh.size(); c++) {
                    bs.value(0, c, bh.get(c));
                    bs.style(0, c).bold().fillColor("DCE6F1").set();
                }
                int br = 1;
                for (BreakdownLine l : breakdown) {
                    List<Object> v = l.values();
                    for (int c = 0; c < v.size(); c++) {
                        Object o = v.get(c);
                        if (o instanceof Double d) {
                            if (Double.isFinite(d)) {
                                bs.value(br, c, d);
                                bs.style(br, c).format("0.0000").set();
                            }
                        } else if (o instanceof Integer i) {
                            bs.value(br, c, i);
                        } else if (o != null) {
                            bs.value(br, c, o.toString());
                        }
                    }
                    br++;
                }
                bs.freezePane(0, 1);
            }
            wb.finish();
        }
    }

    static String safeSheetName(String name) {
        String s = name == null || name.isBlank() ? "Ranking" : name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    static String csvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.append("\r\n").toString();
    }
}
