package org.talentbench.exchange.sheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sheet of a template: its names in both languages and its columns in order. Immutable.
 */
public record SheetLayout(String key, String nameZh, String nameEn, List<ColumnDef> columns) {
    public SheetLayout {
        Objects.requireNonNull(key, "key");
        columns = List.copyOf(columns);
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    public Optional<ColumnDef> column(String columnKey) {
        for (ColumnDef c : columns) {
            if (c.key().equals(columnKey)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public int indexOf(String columnKey) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(columnKey)) {
                return i;
            }
        }
        return -1;
    }
}
