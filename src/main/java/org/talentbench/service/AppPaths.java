package org.talentbench.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where TalentBench keeps its data by each OS's convention: Linux {@code $XDG_DATA_HOME/talentbench} (default
 * {@code ~/.local/share/talentbench}), Windows {@code %APPDATA%\TalentBench}, macOS
 * {@code ~/Library/Application Support/TalentBench}. The system property {@code talentbench.home} overrides it
 * (tests and portable installs).
 */
public final class AppPaths {
    public static final String HOME_PROPERTY = "talentbench.home";
    public static final String DEFAULT_DB_NAME = "talentbench";

    private AppPaths() {
    }

    public static Path dataDirectory() {
        return dataDirectory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."),
                System.getProperty(HOME_PROPERTY));
    }

    /** Pure form of {@link #dataDirectory()} for tests. */
    static Path dataDirectory(String osName, Map<String, String> env, String userHome, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData == null || appData.isBlank()
                    ? Path.of(userHome, "AppData", "Roaming", "TalentBench")
                    : Path.of(appData, "TalentBench");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "TalentBench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg == null || xdg.isBlank()
                ? Path.of(userHome, ".local", "share", "talentbench")
                : Path.of(xdg, "talentbench");
    }

    /** The default database (without the {@code .mv.db} suffix). */
    public static Path defaultDatabase() {
        return dataDirectory().resolve(DEFAULT_DB_NAME);
    }

    public static Path settingsFile() {
        return dataDirectory().resolve("settings.properties");
    }

    public static Path logDirectory() {
        return dataDirectory().resolve("logs");
    }
}
