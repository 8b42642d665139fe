package org.talentbench.exchange.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;

/**
 * A CSV file decoded and split into rows. The encoding is detected without asking: a byte-order mark decides
 * (UTF-8, UTF-16); otherwise the bytes are decoded as strict UTF-8 and, if that fails, as GB18030 (what Excel on a
 * Chinese Windows saves). The delimiter is whichever of comma, semicolon and tab occurs most in the first record
 * outside quotes. Fields follow RFC 4180: quotes around fields, doubled quotes inside, line breaks inside quotes.
 */
final class CsvTable {
    static final Charset GB18030 = Charset.forName("GB18030");

    final Charset charset;
    final char delimiter;
    final List<List<String>> records;

    private CsvTable(Charset charset, char delimiter, List<List<String>> records) {
        this.charset = charset;
        this.delimiter = delimiter;
        this.records = records;
    }

    static CsvTable parse(String file, byte[] content) {
        Charset[] charset = new Charset[1];
        String text = decode(content, charset);
        char delimiter = detectDelimiter(text);
        return new CsvTable(charset[0], delimiter, split(file, text, delimiter));
    }

    static String decode(byte[] b, Charset[] detected) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            detected[0] = StandardCharsets.UTF_8;
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            detected[0] = StandardCharsets.UTF_16LE;
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            detected[0] = StandardCharsets.UTF_16BE;
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            detected[0] = StandardCharsets.UTF_8;
            return s;
        } catch (CharacterCodingException e) {
            detected[0] = GB18030;
            return new String(b, GB18030);
        }
    }

    static char detectDelimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    private static List<List<String>> split(String file, String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int line = 1;
        int recordStartLine = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                records.add(record);
                record = new ArrayList<>();
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordStartLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new ImportException(file, "line " + recordStartLine, ImportCodes.CSV_UNTERMINATED_QUOTE,
                    recordStartLine);
        }
        if (!field.isEmpty() || !record.isEmpty() || fieldWasQuoted) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    java.util.Optional<HeaderRow> firstNonEmptyRow() {
        for (int r = 0; r < records.size(); r++) {
            List<RawCell> cells = new ArrayList<>();
            for (String s : records.get(r)) {
                cells.add(RawCell.text(s));
            }
            if (!cells.stream().allMatch(RawCell::isEmpty)) {
                return java.util.Optional.of(HeaderRow.of("", r + 1, cells));
            }
        }
        return java.util.Optional.empty();
    }

    /** Feeds the records to {@code handler} as text cells, numbered from 1. */
    void forEachRow(RowHandler handler) {
        for (int r = 0; r < records.size(); r++) {
            List<RawCell> cells = new ArrayList<>();
            for (String s : records.get(r)) {
                cells.add(RawCell.text(s));
            }
            handler.row(r + 1, cells);
        }
    }
}
