package org.talentbench.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.talentbench.exchange.sheet.ColumnMapping;

/**
 * How to read the files of one import: for spreadsheets whose layout is not the template's, which template the main
 * sheet follows and how its columns map (as chosen in the mapping step); and the date that stands for "today" in
 * scholarly records that carry no as-of date of their own. Immutable.
 *
 * @param sheets     explicit choices per file (absolute, normalised path); files not named use the remembered
 *                   mapping of their header row, else the template's headers
 * @param importDate the citation as-of date for records without their own; null means today
 */
public record ImportOptions(Map<Path, SheetChoice> sheets, LocalDate importDate) {

    /** The template a sheet follows and the mapping of its headers to the template's columns. */
    public record SheetChoice(SheetKind kind, ColumnMapping mapping) {
        public SheetChoice {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(mapping, "mapping");
        }
    }

    public ImportOptions {
        Map<Path, SheetChoice> copy = new HashMap<>();
        if (sheets != null) {
            sheets.forEach((p, c) -> copy.put(key(p), c));
        }
        sheets = Map.copyOf(copy);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), null);
    }

    public ImportOptions withSheet(Path file, SheetKind kind, ColumnMapping mapping) {
        Map<Path, SheetChoice> copy = new HashMap<>(sheets);
        copy.put(key(file), new SheetChoice(kind, mapping));
        return new ImportOptions(copy, importDate);
    }

    public ImportOptions withImportDate(LocalDate date) {
        return new ImportOptions(sheets, date);
    }

    public Optional<SheetChoice> sheet(Path file) {
        return Optional.ofNullable(sheets.get(key(file)));
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
