package org.talentbench.app.common;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.service.AppPaths;

/**
 * Loads the bundled Noto Sans SC (OFL) so that Chinese renders the same on every machine, whatever fonts the
 * system has. The theme stylesheet names the family.
 *
 * <p>The two files (10 MB each) are copied once into {@code fonts/} of the data directory and loaded from there:
 * JavaFX reads a font file in place, while a font given as a stream is inflated from the jar and written to a
 * temporary file on every start (about a fifth of building the main window; docs/decisions/0097). A copy whose
 * size differs from the bundled one is replaced; when the folder cannot be written the stream is used as before.
 */
public final class AppFonts {
    public static final String FAMILY = "Noto Sans SC";
    private static final Logger LOG = LoggerFactory.getLogger(AppFonts.class);
    private static final String[] FILES = {"NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"};
    private static boolean loaded;

    private AppFonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            URL bundled = AppFonts.class.getResource("/org/talentbench/fonts/" + file);
            if (bundled == null) {
                LOG.warn("bundled font {} is missing", file);
                continue;
            }
            Path copy = cachedCopy(bundled, AppPaths.dataDirectory().resolve("fonts").resolve(file));
            Font font = copy != null ? Font.loadFont(copy.toUri().toString(), 13) : null;
            if (font == null) {
                font = loadFromStream(bundled, file);
            }
            if (font == null) {
                LOG.warn("could not load bundled font {}", file);
            }
        }
        loaded = true;
    }

    /**
     * The font's copy at {@code target}, written there first when missing or of another size; null when it cannot
     * be written.
     */
    static Path cachedCopy(URL bundled, Path target) {
        try {
            URLConnection c = bundled.openConnection();
            long size = c.getContentLengthLong();
            if (size > 0 && Files.isRegularFile(target) && Files.size(target) == size) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try (InputStream in = c.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
            return target;
        } catch (IOException | RuntimeException e) {
            LOG.info("fonts load from the jar: could not keep a copy at {} ({})", target, e.toString());
            return null;
        }
    }

    private static Font loadFromStream(URL bundled, String file) {
        try (InputStream in = bundled.openStream()) {
            return Font.loadFont(in, 13);
        } catch (IOException e) {
            LOG.warn("could not load bundled font {}", file, e);
            return null;
        }
    }
}
