package org.talentbench.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All user text of TalentBench, from one resource bundle per language ({@code messages_zh_CN.properties},
 * {@code messages_en.properties}) with semantic keys and {@code {0}} placeholders. Immutable and thread-safe.
 */
public final class Messages {
    public static final String BUNDLE = "org.talentbench.cli.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key} with its placeholders filled; a missing key shows as {@code !key!}, never throws. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    public String get(String key, List<Object> args) {
        return get(key, args.toArray());
    }
}
