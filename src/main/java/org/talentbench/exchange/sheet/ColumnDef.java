package org.talentbench.exchange.sheet;

import java.util.Objects;

/**
 * One column of a template: a stable {@code key} (what mappings and code refer to; never shown), the Chinese and the
 * English header (either is accepted on import), how the cells are read, and what the notes sheet says about it.
 *
 * @param maxLength the longest text the store accepts, 0 for no limit
 * @param labels    the accepted values of a {@link ColumnType#CHOICE} column, else null
 */
public record ColumnDef(String key, String headerZh, String headerEn, ColumnType type, boolean required,
                        int maxLength, Labels labels, String example, String noteZh, String noteEn) {
    public ColumnDef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(headerZh, "headerZh");
        Objects.requireNonNull(headerEn, "headerEn");
        Objects.requireNonNull(type, "type");
        if (type == ColumnType.CHOICE && labels == null) {
            throw new IllegalArgumentException("a choice column needs labels: " + key);
        }
        example = example == null ? "" : example;
        noteZh = noteZh == null ? "" : noteZh;
        noteEn = noteEn == null ? "" : noteEn;
    }

    public String header(boolean chinese) {
        return chinese ? headerZh : headerEn;
    }
}
