package org.talentbench.exchange;

import java.util.List;
import org.talentbench.core.InvalidInputException;

/**
 * A file that cannot be imported at all: not the format it claims, truncated, the wrong shape. It carries every
 * problem found (at least one); its own {@link #code()} and {@link #args()} are those of the first problem, so the
 * CLI's handler for {@link InvalidInputException} prints a translated message without knowing about imports.
 *
 * <p>An importer that throws this returns nothing: there are never half results.
 */
public class ImportException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(first(problems).code(), first(problems).args().toArray());
        this.problems = List.copyOf(problems);
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public ImportException(String file, String location, String code, Object... args) {
        this(ImportProblem.of(file, location, code, args));
    }

    private static ImportProblem first(List<ImportProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("an ImportException needs at least one problem");
        }
        return problems.get(0);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems == null ? super.getMessage() : problems.toString();
    }
}
