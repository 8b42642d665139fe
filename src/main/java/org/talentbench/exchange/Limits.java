package org.talentbench.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Size limits that keep a wrong or hostile file from exhausting memory, and the file reading that applies them. */
public final class Limits {
    /** Largest scholarly record or CSV read into memory: 64 MiB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private Limits() {
    }

    /** The bytes of {@code file}, or an {@link ImportException} when it is empty, too large or unreadable. */
    public static byte[] readAll(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(name, "", ImportCodes.FILE_TOO_LARGE, MAX_FILE_BYTES / (1024 * 1024));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new ImportException(name, "", ImportCodes.FILE_EMPTY);
            }
            return bytes;
        } catch (IOException e) {
            throw new ImportException(name, "", ImportCodes.FILE_UNREADABLE, String.valueOf(e.getMessage()));
        }
    }
}
