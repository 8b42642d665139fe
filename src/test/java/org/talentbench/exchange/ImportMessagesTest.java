package org.talentbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every import problem code has its message in both languages, and no import message is left without a code. */
class ImportMessagesTest {

    static Set<String> codes() throws IllegalAccessException {
        Set<String> codes = new TreeSet<>();
        for (Field f : ImportCodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/org/talentbench/cli/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_en.properties", "messages_zh_CN.properties"})
    void everyCodeHasAMessageAndEveryImportMessageHasACode(String file) throws Exception {
        Properties p = bundle(file);
        List<String> missing = new ArrayList<>();
        for (String code : codes()) {
            if (!p.containsKey("error." + code)) {
                missing.add("error." + code);
            }
        }
        assertEquals(List.of(), missing);
        Set<String> codes = codes();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("error.import.")) {
                assertTrue(codes.contains(key.substring("error.".length())), key + " is used by no code");
            }
        }
    }
}
