package org.talentbench.store;

import org.talentbench.common.UserFacingException;

/**
 * A database file or server that cannot be opened, with the reason and the file; the file is left as it was.
 * Message arguments: {0} the file or URL, {1} a detail (e.g. the schema version found).
 */
public class DatabaseOpenException extends UserFacingException {
    private static final long serialVersionUID = 1L;
    private final DatabaseProblem problem;

    public DatabaseOpenException(DatabaseProblem problem, String location, String detail, Throwable cause) {
        super(problem.key(), true, cause, location, detail == null ? "" : detail);
        this.problem = problem;
    }

    public DatabaseProblem problem() {
        return problem;
    }
}
