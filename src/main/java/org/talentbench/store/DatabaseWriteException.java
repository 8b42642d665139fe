package org.talentbench.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.common.UserFacingException;

/**
 * A write the file system refused (the disk is full, the folder became read-only, another I/O error), or a shared
 * database refused because the user's role does not allow it. The transaction was not committed; what was committed before is intact (H2 keeps the last complete chunk, and opening
 * the file again recovers it). Message arguments: {0} the database, {1} a detail.
 */
public class DatabaseWriteException extends UserFacingException {
    private static final long serialVersionUID = 1L;
    /** Below this much free space a failed write is reported as a full disk. */
    static final long LOW_SPACE_BYTES = 4L * 1024 * 1024;
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWriteException.class);
    private final DatabaseProblem problem;

    DatabaseWriteException(DatabaseProblem problem, String location, String detail, Throwable cause) {
        super(problem.key(), false, cause, location, detail == null ? "" : detail);
        this.problem = problem;
    }

    public DatabaseProblem problem() {
        return problem;
    }

    /** {@code e} itself unless it comes from the file system, else the matching write failure. */
    static RuntimeException translate(DatabaseLocation location, RuntimeException e) {
        if (location.kind() == DatabaseLocation.Kind.POSTGRES) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
                    LOG.warn("refused by {}: {}", location.display(), sql.getMessage());
                    return new DatabaseWriteException(DatabaseProblem.PERMISSION_DENIED, location.display(),
                            rootMessage(e), e);
                }
            }
            return e;
        }
        if (location.kind() != DatabaseLocation.Kind.H2_FILE || e instanceof UserFacingException || !fromStorage(e)) {
            return e;
        }
        Path dir = location.dataFile().getParent();
        DatabaseProblem problem = DatabaseProblem.WRITE_FAILED;
        String detail = rootMessage(e);
        try {
            FileStore store = Files.getFileStore(dir);
            if (store.getUsableSpace() < LOW_SPACE_BYTES) {
                problem = DatabaseProblem.DISK_FULL;
                detail = dir.toString();
            } else if (!Files.isWritable(dir) || !Files.isWritable(location.dataFile())) {
                problem = DatabaseProblem.READ_ONLY;
                detail = dir.toString();
            }
        } catch (IOException | RuntimeException probe) {
            LOG.debug("cannot inspect {}", dir, probe);
        }
        LOG.error("write to {} failed ({})", location.display(), problem, e);
        return new DatabaseWriteException(problem, location.display(), detail, e);
    }

    private static boolean fromStorage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                        || code == ErrorCode.DATABASE_IS_CLOSED || code == ErrorCode.FILE_CORRUPTED_1
                        || code == ErrorCode.GENERAL_ERROR_1 && String.valueOf(sql.getMessage()).contains("MVStore")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null ? root.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
