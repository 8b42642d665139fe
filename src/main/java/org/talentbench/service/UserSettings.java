package org.talentbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.i18n.Language;

/**
 * Per-user settings kept in {@code settings.properties} in the data directory: the UI language and the last
 * database opened. Per-institute settings (rules, institute name) live in the database instead. Not thread-safe;
 * used from the FX thread.
 */
public final class UserSettings {
    private static final Logger LOG = LoggerFactory.getLogger(UserSettings.class);
    private static final String LANGUAGE = "ui.language";
    private static final String LAST_DATABASE = "db.last";
    private static final String BACKUP_KEEP = "backup.keep";

    private final Path file;
    private final Properties props = new Properties();

    public UserSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("ignoring unreadable settings file {}", file, e);
            }
        }
    }

    public static UserSettings load() {
        return new UserSettings(AppPaths.settingsFile());
    }

    /** The saved language, or the system language when none was chosen. */
    public Language language() {
        Language saved = Language.parse(props.getProperty(LANGUAGE));
        return saved == null ? Language.fromSystem() : saved;
    }

    public void language(Language language) {
        props.setProperty(LANGUAGE, language.code());
        save();
    }

    public Optional<Path> lastDatabase() {
        String p = props.getProperty(LAST_DATABASE);
        return p == null || p.isBlank() ? Optional.empty() : Optional.of(Path.of(p));
    }

    public void lastDatabase(Path path) {
        props.setProperty(LAST_DATABASE, path.toString());
        save();
    }

    /** How many backups to keep per database (default {@link BackupService#DEFAULT_KEEP}). */
    public int backupKeep() {
        try {
            int n = Integer.parseInt(props.getProperty(BACKUP_KEEP, "").trim());
            return n >= 1 ? n : BackupService.DEFAULT_KEEP;
        } catch (NumberFormatException e) {
            return BackupService.DEFAULT_KEEP;
        }
    }

    public void backupKeep(int keep) {
        props.setProperty(BACKUP_KEEP, Integer.toString(Math.max(1, keep)));
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, "TalentBench user settings");
            }
        } catch (IOException e) {
            LOG.warn("cannot save settings to {}", file, e);
        }
    }
}
