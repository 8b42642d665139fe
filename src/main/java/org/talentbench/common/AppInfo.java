package org.talentbench.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Product name and version, filtered into {@code talentbench.properties} by the build. */
public final class AppInfo {
    private static final String VERSION = load();

    private AppInfo() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/talentbench/talentbench.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
