package org.talentbench.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.security.KeySlotFile;
import org.talentbench.common.AppInfo;

/**
 * The backup file format: a zip holding exactly two entries, the H2 database file ({@code <name>.mv.db}) and
 * {@code manifest.json} (format, app and schema version, creation time, reason, and the SHA-256 and size of the
 * database entry). Writing goes to a temporary file that is moved into place at the end, so a backup is either
 * complete or absent; reading checks the structure and the checksum before anything is trusted. Stateless.
 */
public final class BackupArchive {
    public static final String MANIFEST = "manifest.json";
    public static final int FORMAT = 1;
    public static final String APP = "TalentBench";
    private static final Logger LOG = LoggerFactory.getLogger(BackupArchive.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    /** What a backup holds, as written in its manifest. */
    public record Manifest(int format, String appVersion, String schemaVersion, Instant createdAt, String reason,
                           String source, String databaseEntry, String sha256, long size) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private BackupArchive() {
    }

    /** The folder that holds the backups of an H2 database: {@code backups} beside its file. */
    public static Path directoryFor(DatabaseLocation location) {
        return location.file().resolveSibling("backups");
    }

    /** {@code <dir>/<name>-<yyyyMMdd-HHmmss-SSS>-<reason>.zip}: sorts by time, names the database and why. */
    public static Path fileFor(DatabaseLocation location, LocalDateTime time, String reason) {
        return directoryFor(location).resolve(location.file().getFileName() + "-" + time.format(STAMP) + "-" + reason
                + ".zip");
    }

    /** A backup file found in a database's backup folder, by its name. */
    public record Listed(Path path, LocalDateTime time, String reason) {
    }

    /** The backups of {@code location} in its backup folder, newest first. */
    public static List<Listed> list(DatabaseLocation location) {
        Path dir = directoryFor(location);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Pattern name = Pattern.compile(Pattern.quote(location.file().getFileName().toString())
                + "-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.zip");
        List<Listed> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                Matcher m = name.matcher(p.getFileName().toString());
                if (m.matches()) {
                    found.add(new Listed(p, LocalDateTime.parse(m.group(1), STAMP), m.group(2)));
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot list backups in {}", dir, e);
        }
        found.sort(Comparator.comparing(Listed::time).reversed());
        return found;
    }

    /**
     * Writes an online backup of an open H2 database (H2's {@code BACKUP TO}: transactionally consistent while
     * others keep working).
     *
     * @throws BackupException {@code SHARED} for a PostgreSQL database, {@code WRITE_FAILED} when the folder cannot
     *                         be written
     */
    public static Manifest write(Database db, Path zip, String reason) {
        DatabaseLocation loc = db.location();
        if (loc.kind() != DatabaseLocation.Kind.H2_FILE) {
            throw new BackupException(BackupProblem.SHARED, loc.display(), "");
        }
        Path dir = zip.toAbsolutePath().getParent();
        Path raw = null;
        try {
            Files.createDirectories(dir);
            raw = Files.createTempFile(dir, ".h2backup-", ".zip");
            Files.delete(raw);
            db.backupTo(raw);
            String entry = loc.file().getFileName() + DatabaseLocation.H2_SUFFIX;
            try (ZipFile h2zip = new ZipFile(raw.toFile())) {
                ZipEntry e = h2zip.getEntry(entry);
                if (e == null) {
                    throw new IOException("H2 backup lacks " + entry);
                }
                try (InputStream in = h2zip.getInputStream(e)) {
                    return writeArchive(in, entry, db.schemaVersion(), reason, loc.display(), zip,
                            db.encrypted() ? loc.keyFile() : null);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BackupException be) {
                throw be;
            }
            LOG.warn("backup of {} to {} failed", loc.display(), zip, e);
            throw new BackupException(BackupProblem.WRITE_FAILED, zip.toString(), message(e), e);
        } finally {
            deleteQuietly(raw);
        }
    }

    /** Writes a backup of a closed H2 database file, as it is on disk (used before migrations). */
    static Manifest writeFromFile(Path dataFile, String schemaVersion, String reason, Path zip) throws IOException {
        String name = dataFile.getFileName().toString();
        Path keys = dataFile.resolveSibling(name.substring(0, name.length() - DatabaseLocation.H2_SUFFIX.length())
                + KeySlotFile.SUFFIX);
        boolean encrypted = Database.startsWith(dataFile, "H2encrypt".getBytes(StandardCharsets.US_ASCII));
        try (InputStream in = Files.newInputStream(dataFile)) {
            return writeArchive(in, name, schemaVersion, reason, dataFile.toString(), zip,
                    encrypted && Files.exists(keys) ? keys : null);
        }
    }

    /**
     * Writes a backup of a closed H2 database read from {@code database} (e.g. through the channel that holds its
     * lock, before a restore replaces it).
     */
    public static Manifest writeClosed(InputStream database, DatabaseLocation location, String schemaVersion,
                                       String reason, Path zip) throws IOException {
        return writeClosed(database, location, schemaVersion, reason, zip, null);
    }

    /** As {@link #writeClosed(InputStream, DatabaseLocation, String, String, Path)}, with an encrypted file's keys. */
    public static Manifest writeClosed(InputStream database, DatabaseLocation location, String schemaVersion,
                                       String reason, Path zip, Path keyFile) throws IOException {
        return writeArchive(database, location.dataFile().getFileName().toString(), schemaVersion, reason,
                location.display(), zip, keyFile);
    }

    /** The zip entry holding the key slots of an encrypted database whose entry is {@code databaseEntry}. */
    public static String keysEntry(String databaseEntry) {
        return databaseEntry.substring(0, databaseEntry.length() - DatabaseLocation.H2_SUFFIX.length())
                + KeySlotFile.SUFFIX;
    }

    private static Manifest writeArchive(InputStream database, String entry, String schemaVersion, String reason,
                                         String source, Path zip, Path keyFile) throws IOException {
        Path dir = zip.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".backup-", ".part");
        try {
            MessageDigest sha = sha256();
            Manifest m;
            try (FileOutputStream out = new FileOutputStream(tmp.toFile()); ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry(entry));
                long size = new DigestInputStream(database, sha).transferTo(z);
                z.closeEntry();
                m = new Manifest(FORMAT, AppInfo.version(), schemaVersion, Instant.now(), reason, source, entry,
                        HexFormat.of().formatHex(sha.digest()), size);
                if (keyFile != null) {
                    // the key slots of an encrypted file: without them the backup could never be opened again
                    z.putNextEntry(new ZipEntry(keysEntry(entry)));
                    z.write(Files.readAllBytes(keyFile));
                    z.closeEntry();
                }
                z.putNextEntry(new ZipEntry(MANIFEST));
                z.write(JSON.writeValueAsBytes(toJson(m)));
                z.closeEntry();
                z.finish();
                out.getFD().sync();
            }
            Files.move(tmp, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("backed up {} to {} ({} bytes, schema {}, {})", source, zip, m.size(), schemaVersion, reason);
            return m;
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Checks a backup file without extracting it: a zip with a manifest of a known format naming one H2 database
     * entry whose size and SHA-256 match.
     *
     * @throws BackupException saying what is wrong ({@code NOT_A_BACKUP}, {@code CHECKSUM}, {@code UNREADABLE})
     */
    public static Manifest verify(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new BackupException(BackupProblem.NOT_FOUND, zip.toString(), "");
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Manifest m = readManifest(zip, z);
            int entries = 0;
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); en.nextElement()) {
                entries++;
            }
            ZipEntry db = z.getEntry(m.databaseEntry());
            if (db == null || !m.databaseEntry().endsWith(DatabaseLocation.H2_SUFFIX)
                    || m.databaseEntry().contains("/") || m.databaseEntry().contains("\\")) {
                throw new BackupException(BackupProblem.NOT_A_BACKUP, zip.toString(), "entries");
            }
            boolean hasKeys = z.getEntry(keysEntry(m.databaseEntry())) != null;
            if (entries != (hasKeys ? 3 : 2)) {
                throw new BackupException(BackupProblem.NOT_A_BACKUP, zip.toString(), "entries");
            }
            MessageDigest sha = sha256();
            byte[] head;
            long size;
            try (InputStream in = new DigestInputStream(z.getInputStream(db), sha)) {
                head = in.readNBytes(Database.headerLength());
                size = head.length + in.transferTo(OutputStream.nullOutputStream());
            }
            String actual = HexFormat.of().formatHex(sha.digest());
            if (size != m.size() || !actual.equalsIgnoreCase(m.sha256())) {
                throw new BackupException(BackupProblem.CHECKSUM, zip.toString(), m.databaseEntry());
            }
            boolean encrypted = Database.isEncryptedHeader(head);
            if (encrypted != hasKeys || !encrypted && (head.length < H2_HEADER.length
                    || !Arrays.equals(Arrays.copyOf(head, H2_HEADER.length), H2_HEADER))) {
                throw new BackupException(BackupProblem.NOT_A_BACKUP, zip.toString(), "not H2");
            }
            return m;
        } catch (ZipException e) {
            throw new BackupException(BackupProblem.NOT_A_BACKUP, zip.toString(), message(e), e);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.UNREADABLE, zip.toString(), message(e), e);
        }
    }

    /** Extracts the database entry of a verified backup to {@code target}, checking the checksum again. */
    public static void extractTo(Path zip, Manifest m, Path target) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(z.getInputStream(z.getEntry(m.databaseEntry())), sha);
                 FileOutputStream out = new FileOutputStream(target.toFile())) {
                in.transferTo(out);
                out.getFD().sync();
            }
            if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(m.sha256())) {
                throw new BackupException(BackupProblem.CHECKSUM, zip.toString(), m.databaseEntry());
            }
        }
    }

    /**
     * Extracts the key slots of a verified backup of an encrypted database to {@code target}.
     *
     * @return false (and nothing written) when the backup is of a plain database
     */
    public static boolean extractKeysTo(Path zip, Manifest m, Path target) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry keys = z.getEntry(keysEntry(m.databaseEntry()));
            if (keys == null) {
                return false;
            }
            try (InputStream in = z.getInputStream(keys); FileOutputStream out = new FileOutputStream(target.toFile())) {
                in.transferTo(out);
                out.getFD().sync();
            }
            return true;
        }
    }

    private static Manifest readManifest(Path zip, ZipFile z) throws IOException {
        ZipEntry entry = z.getEntry(MANIFEST);
        if (entry == null) {
            throw new BackupException(BackupProblem.NOT_A_BACKUP, zip.toString(), "no " + MANIFEST);
        }
        JsonNode n;
        try (InputStream in = z.getInputStream(entry)) {
            n = JSON.readTree(in.readNBytes(1 << 20));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BackupException(BackupProblem.NOT_A_BACKUP, zip.toString(), MANIFEST, e);
        }
        if (n == null || !APP.equals(n.path("app").asText()) || !n.path("database").isObject()) {
            throw new BackupException(BackupProblem.NOT_A_BACKUP, zip.toString(), MANIFEST);
        }
        int format = n.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new BackupException(BackupProblem.UNKNOWN_FORMAT, zip.toString(), Integer.toString(format));
        }
        JsonNode d = n.get("database");
        try {
            return new Manifest(format, n.path("appVersion").asText(""), n.path("schemaVersion").asText(""),
                    Instant.parse(n.path("createdAt").asText()), n.path("reason").asText(""),
                    n.path("source").asText(""), d.path("entry").asText(""), d.path("sha256").asText(""),
                    d.path("size").asLong(-1));
        } catch (DateTimeParseException e) {
            throw new BackupException(BackupProblem.NOT_A_BACKUP, zip.toString(), MANIFEST, e);
        }
    }

    private static ObjectNode toJson(Manifest m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("app", APP);
        n.put("format", m.format());
        n.put("appVersion", m.appVersion());
        n.put("schemaVersion", m.schemaVersion());
        n.put("createdAt", m.createdAt().toString());
        n.put("reason", m.reason());
        n.put("source", m.source());
        ObjectNode d = n.putObject("database");
        d.put("entry", m.databaseEntry());
        d.put("sha256", m.sha256());
        d.put("size", m.size());
        return n;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("could not delete {}", p, e);
        }
    }
}
