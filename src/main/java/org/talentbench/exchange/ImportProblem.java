package org.talentbench.exchange;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong (or worth telling) about an imported file, in a form the UI and the CLI translate: {@code code} is
 * a stable key (the message is {@code error.<code>} in the resource bundles), {@code args} fill its placeholders.
 *
 * @param file     the file name as the user chose it
 * @param location where in the file: a JSON pointer ({@code /works/3/title}), an XML path with the line
 *                 ({@code /works/group[2]/work-summary (line 40)}), or {@code sheet!row:column} for spreadsheets
 *                 (row 1-based as Excel shows it, column by its header text); empty when the whole file is meant
 * @param code     one of {@link ImportCodes}
 * @param args     values for the placeholders of the message
 */
public record ImportProblem(String file, String location, String code, List<Object> args) {
    public ImportProblem {
        file = file == null ? "" : file;
        location = location == null ? "" : location;
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static ImportProblem of(String file, String location, String code, Object... args) {
        return new ImportProblem(file, location, code, List.of(args));
    }

    @Override
    public String toString() {
        return file + (location.isEmpty() ? "" : " @ " + location) + ": " + code + " " + args;
    }
}
