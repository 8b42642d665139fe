package org.talentbench.service;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentbench.exchange.ImportProblem;

/**
 * One problem of an import as the preview lists it: the file, where in it (for spreadsheets the sheet, the row as
 * Excel shows it and the column header; for JSON and XML the raw {@code location}), a message code with its
 * arguments (translated by the caller as {@code error.<code>}), and whether it blocks the import.
 *
 * @param row      1-based row, 0 when the problem is not about one row
 * @param blocking an error: nothing is written while any exists. Otherwise a warning (a work left out, a kind
 *                 guessed) that the user should read but that does not stop the import
 */
public record ImportIssue(String file, String location, String sheet, int row, String column, String code,
                          List<Object> args, boolean blocking) {
    /** {@code sheet!row:header} as the sheet readers write it; the sheet part is absent for CSV files. */
    private static final Pattern SHEET_LOCATION = Pattern.compile("(?s)^(?:(.*?)!)?(\\d+)(?::(.*))?$");

    public ImportIssue {
        file = file == null ? "" : file;
        location = location == null ? "" : location;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        args = args == null ? List.of() : List.copyOf(args);
    }

    static ImportIssue of(ImportProblem p, boolean blocking) {
        Matcher m = SHEET_LOCATION.matcher(p.location());
        if (m.matches()) {
            return new ImportIssue(p.file(), p.location(), m.group(1), Integer.parseInt(m.group(2)), m.group(3),
                    p.code(), p.args(), blocking);
        }
        return new ImportIssue(p.file(), p.location(), "", 0, "", p.code(), p.args(), blocking);
    }

    static ImportIssue error(String file, String location, String code, Object... args) {
        return of(ImportProblem.of(file, location, code, args), true);
    }

    static ImportIssue warning(String file, String location, String code, Object... args) {
        return of(ImportProblem.of(file, location, code, args), false);
    }

    /** The problem in the exchange package's form. */
    public ImportProblem problem() {
        return new ImportProblem(file, location, code, args);
    }
}
