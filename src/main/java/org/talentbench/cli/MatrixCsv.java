package org.talentbench.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.talentbench.core.InvalidInputException;

/**
 * Reads a numeric matrix from a small CSV file for the {@code mcda} commands.
 *
 * <p>Cells are separated by commas, semicolons or tabs (a file may mix them, so a decimal comma is not supported)
 * and hold a decimal number ({@code 3}, {@code 0.25}, {@code -1.5e3}) or a fraction of two such numbers
 * ({@code 1/3}), with optional blanks and optionally one pair of double quotes around it (quoted separators are not
 * supported). Blank lines are ignored. With {@code allowHeader}, a first non-blank line in which no cell is a number
 * is taken as column names. The file is read as UTF-8 (a byte-order mark is skipped) or, if it is not valid UTF-8,
 * as GB18030, which is what spreadsheet programs on Chinese Windows write. Every problem is reported as an
 * {@link InvalidInputException} naming the file and the 1-based line and column, so the root command prints it in
 * the user's language and exits with code 2.
 *
 * @param values  the data rows, all of the same length
 * @param header  the column names, or an empty list when the file has no header line
 */
record MatrixCsv(double[][] values, List<String> header) {

    private static final Pattern SEPARATOR = Pattern.compile("[,;\t]");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * @throws InvalidInputException {@code csv.notFound} (file); {@code csv.unreadable} (file, reason);
     *                               {@code csv.noData} (file); {@code csv.badCell} (file, line, column, text);
     *                               {@code csv.ragged} (file, line, cells, expected)
     */
    static MatrixCsv read(Path file, boolean allowHeader) {
        List<String> lines = readLines(file);
        List<double[]> rows = new ArrayList<>();
        List<String> header = List.of();
        int expectedCells = -1;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = index + 1;
            String[] cells = SEPARATOR.split(line, -1);
            boolean firstContentLine = expectedCells < 0;
            if (firstContentLine && allowHeader && noneNumeric(cells)) {
                header = trimmed(cells);
                expectedCells = cells.length;
                continue;
            }
            if (expectedCells >= 0 && cells.length != expectedCells) {
                throw new InvalidInputException("csv.ragged", file.toString(), lineNumber, cells.length,
                        expectedCells);
            }
            expectedCells = cells.length;
            double[] row = new double[cells.length];
            for (int column = 0; column < cells.length; column++) {
                row[column] = parseCell(cells[column], file, lineNumber, column + 1);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("csv.noData", file.toString());
        }
        return new MatrixCsv(rows.toArray(double[][]::new), header);
    }

    /** A number or a fraction such as {@code 1/3}, or null when the text is neither. */
    static Double parseNumber(String text) {
        String cell = unquoted(text);
        int slash = cell.indexOf('/');
        if (slash < 0) {
            return NUMBER.matcher(cell).matches() ? Double.valueOf(cell) : null;
        }
        String numerator = cell.substring(0, slash).strip();
        String denominator = cell.substring(slash + 1).strip();
        if (!NUMBER.matcher(numerator).matches() || !NUMBER.matcher(denominator).matches()) {
            return null;
        }
        double divisor = Double.parseDouble(denominator);
        return divisor == 0 ? null : Double.parseDouble(numerator) / divisor;
    }

    private static double parseCell(String text, Path file, int line, int column) {
        Double value = parseNumber(text);
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidInputException("csv.badCell", file.toString(), line, column, unquoted(text));
        }
        return value;
    }

    /** The cell without surrounding blanks and without one pair of double quotes, as spreadsheets may write it. */
    private static String unquoted(String text) {
        String cell = text.strip();
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            cell = cell.substring(1, cell.length() - 1).strip();
        }
        return cell;
    }

    private static boolean noneNumeric(String[] cells) {
        for (String cell : cells) {
            if (parseNumber(cell) != null) {
                return false;
            }
        }
        return true;
    }

    private static List<String> trimmed(String[] cells) {
        List<String> names = new ArrayList<>(cells.length);
        for (String cell : cells) {
            names.add(unquoted(cell));
        }
        return List.copyOf(names);
    }

    private static List<String> readLines(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("csv.notFound", file.toString());
        } catch (IOException e) {
            throw new InvalidInputException("csv.unreadable", file.toString(), e.getClass().getSimpleName());
        }
        String text;
        try {
            text = strictly(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, Charset.forName("GB18030"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().toList();
    }

    private static String strictly(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
