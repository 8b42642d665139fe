package org.talentbench.i18n;

import java.util.Locale;

/** The two languages TalentBench speaks. Chinese is chosen when the system language is Chinese, else English. */
public enum Language {
    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Language fromSystem() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? ZH : EN;
    }

    /** Parses {@code zh}, {@code en}, {@code zh_CN}, {@code zh-CN} …; unknown or blank → null. */
    public static Language parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) {
            return ZH;
        }
        if (t.startsWith("en")) {
            return EN;
        }
        return null;
    }
}
