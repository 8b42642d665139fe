package org.talentbench.exchange.sheet;

import java.util.List;
import java.util.Optional;
import org.talentbench.exchange.FormatDetector;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportFormat;

/**
 * A spreadsheet file, .xlsx or CSV (told apart by content), seen as named tables of rows. A CSV file is one table
 * whose sheet name is empty. Not thread-safe.
 */
final class SheetSource implements AutoCloseable {
    private final XlsxWorkbook workbook;
    private final CsvTable csv;

    private SheetSource(XlsxWorkbook workbook, CsvTable csv) {
        this.workbook = workbook;
        this.csv = csv;
    }

    static SheetSource open(String file, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportException(file, "", ImportCodes.FILE_EMPTY);
        }
        if (content.length >= 2 && ((content[0] == 'P' && content[1] == 'K')
                || ((content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF))) {
            return new SheetSource(XlsxWorkbook.open(file, content), null);
        }
        ImportFormat f = FormatDetector.detect(content, file);
        if (f != ImportFormat.CSV && f != ImportFormat.UNKNOWN) {
            throw new ImportException(file, "", ImportCodes.FORMAT_UNSUPPORTED, f.name());
        }
        return new SheetSource(null, CsvTable.parse(file, content));
    }

    boolean isWorkbook() {
        return workbook != null;
    }

    /**
     * The sheet holding {@code layout}: found by its Chinese or English name; for the main layout of a workbook the
     * first sheet when none is so named; for CSV the one table when {@code main}, else none.
     */
    Optional<String> sheetFor(SheetLayout layout, boolean main) {
        if (workbook == null) {
            return main ? Optional.of("") : Optional.empty();
        }
        Optional<String> named = workbook.findSheet(layout.nameZh(), layout.nameEn(), layout.key());
        if (named.isPresent() || !main) {
            return named;
        }
        List<String> names = workbook.sheetNames();
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
    }

    void forEachRow(String sheet, RowHandler handler) {
        if (workbook == null) {
            csv.forEachRow(handler);
        } else {
            workbook.forEachRow(sheet, handler);
        }
    }

    List<String> sheetNames() {
        return workbook == null ? List.of("") : workbook.sheetNames();
    }

    Optional<HeaderRow> firstNonEmptyRow(String sheet) {
        return workbook == null ? csv.firstNonEmptyRow() : workbook.firstNonEmptyRow(sheet);
    }

    List<String> mergedRanges(String sheet) {
        return workbook == null ? List.of() : workbook.mergedRanges(sheet);
    }

    boolean date1904() {
        return workbook != null && workbook.date1904();
    }

    @Override
    public void close() {
        if (workbook != null) {
            workbook.close();
        }
    }
}
