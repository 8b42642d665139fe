package org.talentbench.app.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled font is copied once into the data directory, replaced when it differs, and skipped if unwritable. */
class AppFontsTest {
    @TempDir
    Path dir;

    private static byte[] bundledBytes(URL url) throws Exception {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void theFontIsCopiedOnceAndATruncatedCopyIsReplaced() throws Exception {
        URL bundled = AppFonts.class.getResource("/org/talentbench/fonts/NotoSansSC-Bold.ttf");
        Path target = dir.resolve("fonts").resolve("NotoSansSC-Bold.ttf");

        assertEquals(target, AppFonts.cachedCopy(bundled, target));
        byte[] expected = bundledBytes(bundled);
        assertArrayEquals(expected, Files.readAllBytes(target));

        FileTime earlier = FileTime.fromMillis(Files.getLastModifiedTime(target).toMillis() - 60_000);
        Files.setLastModifiedTime(target, earlier);
        AppFonts.cachedCopy(bundled, target);
        assertEquals(earlier, Files.getLastModifiedTime(target), "a good copy is not rewritten");

        Files.write(target, new byte[] {1, 2, 3});
        assertEquals(target, AppFonts.cachedCopy(bundled, target));
        assertArrayEquals(expected, Files.readAllBytes(target));
        try (var left = Files.list(target.getParent())) {
            assertEquals(1, left.count(), "no partial files are left behind");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenMeansNoCopy() throws Exception {
        URL bundled = AppFonts.class.getResource("/org/talentbench/fonts/NotoSansSC-Bold.ttf");
        Path blocker = dir.resolve("fonts");
        Files.writeString(blocker, "a file where the folder should be");
        assertNull(AppFonts.cachedCopy(bundled, blocker.resolve("NotoSansSC-Bold.ttf")));
    }
}
