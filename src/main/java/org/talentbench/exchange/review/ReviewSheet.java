package org.talentbench.exchange.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.talentbench.core.committee.ReviewCriterion;
import org.talentbench.core.committee.ReviewForm;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportProblem;

/**
 * The offline review workbook: one sheet with a row per review form (the form's key, who and which work is
 * reviewed, the four 1–10 criteria, confidence 1–5 and a comment) and a notes sheet with the anchor texts. Reading
 * validates every cell like any import — header, key, ranges, numbers — and reports every problem at
 * {@code sheet!row:column}; a workbook with any problem yields nothing ({@link ImportException}). Stateless.
 */
public final class ReviewSheet {
    public static final String SHEET = "评审表 Reviews";
    public static final String NOTES = "说明 Notes";
    static final String[] HEADERS = {"表单 Form", "工号 Employee no.", "姓名 Name", "代表作 Work",
        "创新性 Innovation (1-10)", "学术/技术价值 Value (1-10)", "本人贡献 Own contribution (1-10)",
        "相关性 Relevance (1-10)", "把握程度 Confidence (1-5)", "评语 Comment"};
    private static final int FIRST_SCORE = 4;
    private static final ReviewCriterion[] ORDER = {ReviewCriterion.INNOVATION, ReviewCriterion.ACADEMIC_VALUE,
        ReviewCriterion.OWN_CONTRIBUTION, ReviewCriterion.RELEVANCE};

    private ReviewSheet() {
    }

    /** The key written in the first column: {@code panel/reviewer/person/work}. */
    static String key(ReviewSheetRow r) {
        return r.panelId() + "/" + r.reviewerId() + "/" + r.personId() + "/" + r.workId();
    }

    /** Writes the forms; {@code notes} are lines for the notes sheet (anchor texts, instructions). */
    public static void write(List<ReviewSheetRow> rows, List<String> notes, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "TalentBench", "1.0");
        Worksheet ws = wb.newWorksheet(SHEET);
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(0, c, HEADERS[c]);
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (ReviewSheetRow row : rows) {
            ws.value(r, 0, key(row));
            ws.value(r, 1, row.employeeNo());
            ws.value(r, 2, row.name());
            ws.value(r, 3, row.workTitle());
            for (int i = 0; i < ORDER.length; i++) {
                Integer v = row.scores().get(ORDER[i]);
                if (v != null) {
                    ws.value(r, FIRST_SCORE + i, v);
                }
            }
            if (row.confidence() != null) {
                ws.value(r, 8, row.confidence());
            }
            ws.value(r, 9, row.comment());
            r++;
        }
        ws.width(0, 16);
        ws.width(3, 40);
        ws.width(9, 60);
        Worksheet n = wb.newWorksheet(NOTES);
        for (int i = 0; i < notes.size(); i++) {
            n.value(i, 0, notes.get(i));
        }
        n.width(0, 100);
        wb.finish();
    }

    /** Reads and validates a filled-in workbook. */
    public static List<ReviewSheetRow> read(String file, InputStream in) {
        byte[] content;
        try {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new ImportException(file, "", "import.sheet.corrupt", String.valueOf(e.getMessage()));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<ReviewSheetRow> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Optional<Sheet> sheet = wb.findSheet(SHEET);
            if (sheet.isEmpty()) {
                throw new ImportException(file, "", "review.sheet.missing", SHEET);
            }
            List<Row> rows;
            try (Stream<Row> s = sheet.get().openStream()) {
                rows = s.toList();
            }
            if (rows.isEmpty()) {
                throw new ImportException(file, "", "review.sheet.header", HEADERS[0]);
            }
            Row header = rows.get(0);
            for (int c = 0; c < HEADERS.length; c++) {
                if (!HEADERS[c].equals(text(header, c))) {
                    problems.add(ImportProblem.of(file, SHEET + "!1:" + (c + 1), "review.sheet.header", HEADERS[c]));
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportException(problems);
            }
            for (int i = 1; i < rows.size(); i++) {
                Row row = rows.get(i);
                int excelRow = row.getRowNum();
                String keyText = text(row, 0);
                if (keyText.isBlank() && allBlank(row)) {
                    continue;
                }
                long[] key = parseKey(keyText);
                if (key == null) {
                    problems.add(ImportProblem.of(file, SHEET + "!" + excelRow + ":" + HEADERS[0],
                            "review.sheet.key", keyText));
                    continue;
                }
                Map<ReviewCriterion, Integer> scores = new EnumMap<>(ReviewCriterion.class);
                for (int c = 0; c < ORDER.length; c++) {
                    Integer v = integer(row, FIRST_SCORE + c, 1, 10, file, excelRow, problems);
                    if (v != null) {
                        scores.put(ORDER[c], v);
                    }
                }
                Integer confidence = integer(row, 8, 1, 5, file, excelRow, problems);
                String comment = text(row, 9);
                if (comment.length() > ReviewForm.COMMENT_MAX) {
                    problems.add(ImportProblem.of(file, SHEET + "!" + excelRow + ":" + HEADERS[9],
                            "review.sheet.commentTooLong", ReviewForm.COMMENT_MAX));
                }
                out.add(new ReviewSheetRow(key[0], key[1], key[2], key[3], text(row, 1), text(row, 2),
                        text(row, 3), scores, confidence, comment));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException(file, "", "import.sheet.corrupt", String.valueOf(e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return out;
    }

    private static boolean allBlank(Row row) {
        for (int c = 0; c < HEADERS.length; c++) {
            if (!text(row, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static long[] parseKey(String s) {
        String[] parts = s.strip().split("/");
        if (parts.length != 4) {
            return null;
        }
        long[] k = new long[4];
        try {
            for (int i = 0; i < 4; i++) {
                k[i] = Long.parseLong(parts[i]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return k;
    }

    private static Integer integer(Row row, int c, int min, int max, String file, int excelRow,
                                   List<ImportProblem> problems) {
        Optional<Cell> cell = row.getOptionalCell(c);
        if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY || text(row, c).isBlank()) {
            return null;
        }
        String location = SHEET + "!" + excelRow + ":" + HEADERS[c];
        BigDecimal n;
        try {
            n = cell.get().getType() == CellType.NUMBER ? cell.get().asNumber()
                    : new BigDecimal(cell.get().getRawValue().strip());
        } catch (RuntimeException e) {
            problems.add(ImportProblem.of(file, location, "review.sheet.notANumber", text(row, c)));
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0) {
            problems.add(ImportProblem.of(file, location, "review.sheet.notWhole", n.toPlainString()));
            return null;
        }
        int v = n.intValue();
        if (v < min || v > max) {
            problems.add(ImportProblem.of(file, location, "review.sheet.range", v, min, max));
            return null;
        }
        return v;
    }

    private static String text(Row row, int c) {
        return row.getOptionalCell(c).map(x -> {
            String raw = x.getRawValue();
            if (x.getType() == CellType.NUMBER && raw != null) {
                return new BigDecimal(raw).stripTrailingZeros().toPlainString();
            }
            return x.getText() == null ? "" : x.getText();
        }).orElse("");
    }
}
