package org.talentbench.store;

/** Why a database could not be opened; each has a message key {@code db.error.<name>} telling the user what to do. */
public enum DatabaseProblem {
    NOT_H2("db.error.notH2"),
    CORRUPT("db.error.corrupt"),
    NEWER_VERSION("db.error.newerVersion"),
    READ_ONLY("db.error.readOnly"),
    LOCKED("db.error.locked"),
    NOT_FOUND("db.error.notFound"),
    MIGRATION_FAILED("db.error.migrationFailed"),
    UNREACHABLE("db.error.unreachable"),
    ACCESS_DENIED("db.error.accessDenied"),
    DISK_FULL("db.error.diskFull"),
    WRITE_FAILED("db.error.writeFailed"),
    PERMISSION_DENIED("db.error.permissionDenied"),
    ENCRYPTED("db.error.encrypted"),
    NOT_ENCRYPTED("db.error.notEncrypted"),
    KEYS_MISSING("db.error.keysMissing"),
    ALREADY_EXISTS("db.error.alreadyExists");

    private final String key;

    DatabaseProblem(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
