package org.talentbench.store;

import org.talentbench.common.UserFacingException;

/**
 * A backup that could not be written, or a backup file refused for restore; nothing was replaced. Message arguments:
 * {0} the file, {1} a detail. Refusals of a backup file are bad input (CLI exit code 2); a failed write is not.
 */
public class BackupException extends UserFacingException {
    private static final long serialVersionUID = 1L;
    private final BackupProblem problem;

    public BackupException(BackupProblem problem, String file, String detail) {
        this(problem, file, detail, null);
    }

    public BackupException(BackupProblem problem, String file, String detail, Throwable cause) {
        super(problem.key(), problem != BackupProblem.WRITE_FAILED, cause, file, detail == null ? "" : detail);
        this.problem = problem;
    }

    public BackupProblem problem() {
        return problem;
    }
}
