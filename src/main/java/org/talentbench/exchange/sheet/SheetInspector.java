package org.talentbench.exchange.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talentbench.exchange.ImportException;

/**
 * Looks at a spreadsheet without reading its rows: the sheet names and each sheet's header row. The import service
 * uses it to tell which template a file follows and to offer a column mapping for a sheet laid out differently.
 * Reads only up to the first non-empty row of each sheet. Stateless and thread-safe.
 */
public final class SheetInspector {
    private SheetInspector() {
    }

    /**
     * The header row of every sheet that has one, in workbook order; a CSV file gives one with an empty sheet name.
     *
     * @throws ImportException when the file is not a spreadsheet or cannot be read
     */
    public static List<HeaderRow> headers(String fileName, byte[] content) {
        try (SheetSource source = SheetSource.open(fileName, content)) {
            List<HeaderRow> out = new ArrayList<>();
            for (String sheet : source.sheetNames()) {
                source.firstNonEmptyRow(sheet).ifPresent(out::add);
            }
            return out;
        }
    }

    /** Whether {@code sheetName} names {@code layout}'s sheet (its Chinese or English name or key). */
    public static boolean names(SheetLayout layout, String sheetName) {
        String n = ColumnMapping.normalise(sheetName);
        return n.equals(ColumnMapping.normalise(layout.nameZh())) || n.equals(ColumnMapping.normalise(layout.nameEn()))
                || n.equals(ColumnMapping.normalise(layout.key()));
    }

    /** The header row of the sheet that holds {@code layout}, found by sheet name. */
    public static Optional<HeaderRow> find(List<HeaderRow> headers, SheetLayout layout) {
        return headers.stream().filter(h -> names(layout, h.sheet())).findFirst();
    }
}
