package org.talentbench.core.repo;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-database settings (institute name, rule defaults), as string key/value pairs, and the few files kept with them
 * (the institute's logo). A missing key means "use the default"; {@link #remove} restores it.
 */
public interface SettingsRepository {
    Optional<String> get(String key);

    Map<String, String> all();

    void put(String key, String value);

    /** Deletes a setting, so that readers fall back to its default; nothing happens when it is not set. */
    void remove(String key);

    /** A stored file (name and bytes) under {@code key}, if any. */
    Optional<StoredFile> file(String key);

    /** Stores or replaces the file under {@code key}; {@code null} removes it. */
    void file(String key, StoredFile file);

    /** A file kept with the settings; the bytes are copied in and out. */
    record StoredFile(String name, byte[] content) {
        public StoredFile {
            Objects.requireNonNull(name, "name");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StoredFile f && name.equals(f.name) && Arrays.equals(content, f.content);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "StoredFile[" + name + ", " + content.length + " bytes]";
        }
    }
}
