package org.talentbench.core.repo;

/**
 * Thrown when an update carries an older version than the stored row: somebody else saved first. The caller shows
 * both versions and lets the user choose; nothing is overwritten silently.
 */
public class StaleRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String entity;
    private final long id;

    public StaleRecordException(String entity, long id) {
        super(entity + " " + id + " was changed by someone else");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }
}
