package org.talentbench.app.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled Noto Sans SC (OFL) so that Chinese renders the same on every machine, whatever fonts the
 * system has. The theme stylesheet names the family.
 */
public final class AppFonts {
    public static final String FAMILY = "Noto Sans SC";
    private static final Logger LOG = LoggerFactory.getLogger(AppFonts.class);
    private static boolean loaded;

    private AppFonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : new String[] {"NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"}) {
            try (InputStream in = AppFonts.class.getResourceAsStream("/org/talentbench/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    LOG.warn("could not load bundled font {}", file);
                }
            } catch (IOException e) {
                LOG.warn("could not load bundled font {}", file, e);
            }
        }
        loaded = true;
    }
}
