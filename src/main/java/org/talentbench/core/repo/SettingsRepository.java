package org.talentbench.core.repo;

import java.util.Map;
import java.util.Optional;

/** Per-database settings (institute name, rule defaults), as string key/value pairs. */
public interface SettingsRepository {
    Optional<String> get(String key);

    Map<String, String> all();

    void put(String key, String value);
}
