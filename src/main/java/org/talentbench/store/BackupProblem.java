package org.talentbench.store;

/** Why a backup could not be written or a restore was refused; each has a message key {@code backup.error.<name>}. */
public enum BackupProblem {
    NOT_FOUND("backup.error.notFound"),
    NOT_A_BACKUP("backup.error.notABackup"),
    UNKNOWN_FORMAT("backup.error.unknownFormat"),
    CHECKSUM("backup.error.checksum"),
    UNREADABLE("backup.error.unreadable"),
    NEWER_SCHEMA("backup.error.newerSchema"),
    TARGET_EXISTS("backup.error.targetExists"),
    TARGET_IN_USE("backup.error.targetInUse"),
    SHARED("backup.error.shared"),
    WRITE_FAILED("backup.error.writeFailed");

    private final String key;

    BackupProblem(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
