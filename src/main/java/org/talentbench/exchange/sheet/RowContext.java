package org.talentbench.exchange.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentbench.exchange.Doi;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportProblem;
import org.talentbench.exchange.OrcidIds;

/**
 * Typed, validating access to one data row. Every getter reports what is wrong with its cell (required and empty,
 * not a date, too long …) as an {@link ImportProblem} located at {@code sheet!row:header} and returns null/empty,
 * so that one pass over a row finds all its problems. Not thread-safe.
 */
final class RowContext {
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("\\r?\\n");
    final String file;
    final String sheet;
    final int row;
    private final SheetLayout layout;
    private final Map<String, ColumnDef> defs;
    private final Map<String, Integer> columnIndex;
    private final Map<String, String> headerText;
    private final List<RawCell> cells;
    private final boolean date1904;
    private final List<ImportProblem> problems;
    private int problemCount;

    /** @param defs the layout's columns by key ({@link #columnsByKey}), built once per sheet rather than per cell */
    RowContext(String file, String sheet, int row, SheetLayout layout, Map<String, ColumnDef> defs,
               Map<String, Integer> columnIndex, Map<String, String> headerText, List<RawCell> cells,
               boolean date1904, List<ImportProblem> problems) {
        this.file = file;
        this.sheet = sheet;
        this.row = row;
        this.layout = layout;
        this.defs = defs;
        this.columnIndex = columnIndex;
        this.headerText = headerText;
        this.cells = cells;
        this.date1904 = date1904;
        this.problems = problems;
    }

    boolean hasProblems() {
        return problemCount > 0;
    }

    String location(String key) {
        String header = headerText.getOrDefault(key, layout.column(key).map(c -> c.headerZh()).orElse(key));
        return (sheet.isEmpty() ? "" : sheet + "!") + row + ":" + header;
    }

    String rowLocation() {
        return (sheet.isEmpty() ? "" : sheet + "!") + row;
    }

    void problem(String key, String code, Object... args) {
        problems.add(ImportProblem.of(file, location(key), code, args));
        problemCount++;
    }

    void rowProblem(String code, Object... args) {
        problems.add(ImportProblem.of(file, rowLocation(), code, args));
        problemCount++;
    }

    /** The columns of {@code layout} by key. */
    static Map<String, ColumnDef> columnsByKey(SheetLayout layout) {
        Map<String, ColumnDef> out = new HashMap<>();
        for (ColumnDef c : layout.columns()) {
            out.putIfAbsent(c.key(), c);
        }
        return out;
    }

    private ColumnDef def(String key) {
        ColumnDef def = defs.get(key);
        if (def == null) {
            throw new IllegalArgumentException("no column " + key);
        }
        return def;
    }

    /** The raw cell, after formula and error checks; null when empty (and reported when required). */
    private RawCell cell(String key) {
        return cell(key, def(key));
    }

    private RawCell cell(String key, ColumnDef def) {
        Integer i = columnIndex.get(key);
        RawCell c = i == null || i >= cells.size() ? RawCell.EMPTY : cells.get(i);
        switch (c.kind()) {
            case ERROR -> {
                problem(key, ImportCodes.SHEET_ERROR_CELL, c.text());
                return null;
            }
            case FORMULA_NO_VALUE -> {
                problem(key, ImportCodes.SHEET_FORMULA_NO_VALUE, c.formula() == null ? "" : c.formula());
                return null;
            }
            default -> {
                // a value
            }
        }
        if (c.isEmpty()) {
            if (def.required()) {
                problem(key, ImportCodes.CELL_REQUIRED);
            }
            return null;
        }
        return c;
    }

    String text(String key) {
        ColumnDef def = def(key);
        RawCell c = cell(key, def);
        if (c == null) {
            return "";
        }
        String s = c.text().strip();
        int max = def.maxLength();
        if (max > 0 && s.length() > max) {
            problem(key, ImportCodes.CELL_TOO_LONG, max);
            return "";
        }
        return s;
    }

    LocalDate date(String key) {
        RawCell c = cell(key);
        if (c == null) {
            return null;
        }
        Optional<LocalDate> d = c.kind() == RawCell.Kind.NUMBER ? CellValues.fromSerial(c.number(), date1904)
                : CellValues.parseDate(c.text());
        if (d.isEmpty()) {
            problem(key, ImportCodes.CELL_DATE, c.text());
            return null;
        }
        return d.get();
    }

    BigDecimal decimal(String key) {
        RawCell c = cell(key);
        if (c == null) {
            return null;
        }
        Optional<BigDecimal> n = c.kind() == RawCell.Kind.NUMBER ? Optional.of(c.number())
                : CellValues.parseNumber(c.text());
        if (n.isEmpty()) {
            problem(key, ImportCodes.CELL_NUMBER, c.text());
            return null;
        }
        if (n.get().signum() < 0) {
            problem(key, ImportCodes.CELL_NEGATIVE, c.text());
            return null;
        }
        return n.get();
    }

    Integer integer(String key) {
        RawCell c = cell(key);
        if (c == null) {
            return null;
        }
        Optional<BigDecimal> n = c.kind() == RawCell.Kind.NUMBER ? Optional.of(c.number())
                : CellValues.parseNumber(c.text());
        if (n.isEmpty()) {
            problem(key, ImportCodes.CELL_INTEGER, c.text());
            return null;
        }
        BigDecimal v = n.get().stripTrailingZeros();
        if (v.scale() > 0 || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || v.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            problem(key, ImportCodes.CELL_INTEGER, c.text());
            return null;
        }
        if (v.signum() < 0) {
            problem(key, ImportCodes.CELL_NEGATIVE, c.text());
            return null;
        }
        return v.intValueExact();
    }

    Boolean bool(String key) {
        RawCell c = cell(key);
        if (c == null) {
            return null;
        }
        Optional<Boolean> b = CellValues.parseBoolean(c.text());
        if (b.isEmpty()) {
            problem(key, ImportCodes.CELL_BOOLEAN, c.text());
            return null;
        }
        return b.get();
    }

    /** The code of a choice column's value, or null. */
    String choice(String key) {
        RawCell c = cell(key);
        if (c == null) {
            return null;
        }
        Labels labels = def(key).labels();
        Optional<String> code = labels.parse(c.text());
        if (code.isEmpty()) {
            problem(key, ImportCodes.CELL_ENUM, c.text(), labels.describe());
            return null;
        }
        return code.get();
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String code = choice(key);
        return code == null ? null : Enum.valueOf(type, code);
    }

    String orcid(String key) {
        RawCell c = cell(key);
        if (c == null) {
            return "";
        }
        Optional<String> o = OrcidIds.normalise(c.text());
        if (o.isEmpty()) {
            problem(key, ImportCodes.CELL_ORCID, c.text());
            return "";
        }
        return o.get();
    }

    String doi(String key) {
        RawCell c = cell(key);
        if (c == null) {
            return "";
        }
        Optional<String> d = Doi.normalise(c.text());
        if (d.isEmpty()) {
            problem(key, ImportCodes.CELL_DOI, c.text());
            return "";
        }
        return d.get();
    }

    /** Values separated by ; , ； ， 、 or line breaks, stripped, blanks dropped. */
    List<String> list(String key) {
        RawCell c = cell(key);
        if (c == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String text = c.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isListSeparator(text.charAt(i))) {
                String s = text.substring(start, i);
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isListSeparator(char ch) {
        return switch (ch) {
            case ';', ',', '；', '，', '、', '\r', '\n' -> true;
            default -> false;
        };
    }

    /** key=value lines ({@code \n} and {@code \\} escaped inside values). */
    Map<String, String> attributes(String key) {
        RawCell c = cell(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (c == null) {
            return out;
        }
        for (String line : LINE.split(c.text())) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problem(key, ImportCodes.CELL_ATTRIBUTE, line.strip());
                continue;
            }
            out.put(line.substring(0, eq).strip(), unescape(line.substring(eq + 1)));
        }
        return out;
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    static String unescape(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                sb.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
