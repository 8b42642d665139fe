package org.talentbench.security;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key slots of one encrypted database, kept in the sidecar file {@code NAME.keys.json} beside
 * {@code NAME.mv.db}, together with the data key of the open session (so that new slots can be wrapped). Every
 * change rewrites the whole file atomically (a temporary file in the same folder, synced, then moved over the old
 * one), so a crash leaves either the old or the new file, never a torn one. The file is created owner-only (0600)
 * where the file system has POSIX permissions. Thread-safe: changes are serialised on this object.
 */
public final class KeySlotFile implements KeyRing {
    public static final String SUFFIX = ".keys.json";
    private static final Logger LOG = LoggerFactory.getLogger(KeySlotFile.class);

    private final Path file;
    private final DataKey key;
    private final PasswordHasher.Cost cost;

    public KeySlotFile(Path file, DataKey key, PasswordHasher.Cost cost) {
        this.file = file;
        this.key = key;
        this.cost = cost;
    }

    /** The sidecar of the database whose base path (without {@code .mv.db}) is {@code base}. */
    public static Path beside(Path base) {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    /**
     * Reads a sidecar file.
     *
     * @throws NoSuchFileException when there is none
     * @throws IOException         when it cannot be read or is not a key file
     */
    public static KeySlots read(Path file) throws IOException {
        return KeySlots.fromJson(Files.readAllBytes(file));
    }

    /** Writes {@code slots} to {@code file} atomically, owner-only where supported. */
    public static void write(Path file, KeySlots slots) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp;
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            tmp = Files.createTempFile(dir, ".keys-", ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            tmp = Files.createTempFile(dir, ".keys-", ".part");
        }
        try {
            try (FileOutputStream out = new FileOutputStream(tmp.toFile())) {
                out.write(slots.toJson());
                out.getFD().sync();
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public Path file() {
        return file;
    }

    /** The data key of the open session; for the store to open and convert the file, never to be logged. */
    public DataKey key() {
        return key;
    }

    @Override
    public boolean encrypted() {
        return true;
    }

    @Override
    public void stage(String login, char[] password) {
        update(s -> s.adding(KeySlots.wrap(login, password, key, cost)));
    }

    @Override
    public void unstage(String login) {
        update(s -> s.withoutLast(login));
    }

    @Override
    public void put(String login, char[] password) {
        update(s -> s.replacing(KeySlots.wrap(login, password, key, cost)));
        LOG.info("key slot of {} written", login);
    }

    @Override
    public void remove(String login) {
        update(s -> s.removing(login));
        LOG.info("key slot of {} removed", login);
    }

    @Override
    public void retainOnly(Set<String> logins) {
        update(s -> s.retaining(logins));
    }

    @Override
    public synchronized int slotCount(String login) {
        try {
            return (int) read(file).slots().stream().filter(s -> s.login().equals(login)).count();
        } catch (IOException e) {
            throw new KeyFileException(file, e);
        }
    }

    private synchronized void update(UnaryOperator<KeySlots> change) {
        try {
            KeySlots before = read(file);
            KeySlots after = change.apply(before);
            if (!after.slots().equals(before.slots())) {
                write(file, after);
            }
        } catch (IOException e) {
            throw new KeyFileException(file, e);
        }
    }

    /** The sidecar could not be read or written; the message names the file, never a key. */
    public static final class KeyFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public KeyFileException(Path file, IOException cause) {
            super(file + ": " + cause.getMessage(), cause);
        }
    }
}
