package org.talentbench.store;

import static org.talentbench.store.generated.Tables.SETTING;
import static org.talentbench.store.generated.Tables.SETTING_FILE;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.talentbench.core.repo.SettingsRepository;

final class JooqSettingsRepository implements SettingsRepository {
    private final DSLContext dsl;

    JooqSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<String> get(String key) {
        return dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key)).fetchOptional(SETTING.SETTING_VALUE);
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> map = new LinkedHashMap<>();
        dsl.selectFrom(SETTING).orderBy(SETTING.SETTING_KEY).forEach(r -> map.put(r.getSettingKey(), r.getSettingValue()));
        return map;
    }

    @Override
    public void put(String key, String value) {
        dsl.mergeInto(SETTING)
                .using(dsl.selectOne())
                .on(SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }

    @Override
    public void remove(String key) {
        dsl.deleteFrom(SETTING).where(SETTING.SETTING_KEY.eq(key)).execute();
    }

    @Override
    public Optional<StoredFile> file(String key) {
        return dsl.selectFrom(SETTING_FILE).where(SETTING_FILE.SETTING_KEY.eq(key)).fetchOptional()
                .map(r -> new StoredFile(r.getFileName(), Base64.getDecoder().decode(r.getContent())));
    }

    @Override
    public void file(String key, StoredFile file) {
        dsl.deleteFrom(SETTING_FILE).where(SETTING_FILE.SETTING_KEY.eq(key)).execute();
        if (file != null) {
            dsl.insertInto(SETTING_FILE, SETTING_FILE.SETTING_KEY, SETTING_FILE.FILE_NAME, SETTING_FILE.CONTENT)
                    .values(key, file.name(), Base64.getEncoder().encodeToString(file.content())).execute();
        }
    }
}
