package org.talentbench.core.researcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The per-institute lists and limits that profile editing uses: the professional-title ladder, the disciplines
 * (学科, GB/T 13745 first-level disciplines by default), which research categories are in use and what they are called,
 * suggested talent tags, the minimum age, and the representative-work (代表作) rules — how many works per category and
 * how strictly the "at least 1/3 of representative papers in domestic journals" rule of the MOST 2020 measures is
 * applied.
 *
 * <p>Every number here is a configurable default, never a constant of the rules. Stored as string pairs in the
 * database's settings under the {@code profile.} keys of {@link #toMap()}; values that cannot be read fall back to the
 * default so that a hand-edited setting never makes profiles uneditable. Immutable.
 *
 * @param titleLadder       professional titles, highest first (研究员 / 副研究员 / 助理研究员 / 研究实习员 by default)
 * @param disciplines       discipline names offered for a profile
 * @param categories        research categories in use, in display order
 * @param categoryLabels    optional label overrides, keyed {@code <CATEGORY>.<language code>} (e.g. {@code BASIC.zh})
 * @param talentTags        talent tags offered (free tags are allowed too; "young talent" is never one of them)
 * @param minAgeYears       youngest age a researcher may have on the day the profile is saved
 * @param representativeMax at most this many representative works per research category
 * @param minDomesticShare  share of representative papers that must be domestic journal papers; 0 switches it off
 * @param domesticCategories categories the domestic-share rule applies to (basic research by default)
 * @param domesticSeverity  whether a low domestic share only warns or blocks saving
 */
public record ProfileSettings(
        List<String> titleLadder,
        List<String> disciplines,
        List<ResearchCategory> categories,
        Map<String, String> categoryLabels,
        List<String> talentTags,
        int minAgeYears,
        Map<ResearchCategory, Integer> representativeMax,
        double minDomesticShare,
        Set<ResearchCategory> domesticCategories,
        Violation.Severity domesticSeverity) {

    public static final String TITLE_LADDER = "profile.titleLadder";
    public static final String DISCIPLINES = "profile.disciplines";
    public static final String CATEGORIES = "profile.categories";
    public static final String CATEGORY_LABEL_PREFIX = "profile.categoryLabel.";
    public static final String TALENT_TAGS = "profile.talentTags";
    public static final String MIN_AGE = "profile.minAgeYears";
    public static final String REP_MAX_PREFIX = "profile.representativeWorks.max.";
    public static final String REP_DOMESTIC_SHARE = "profile.representativeWorks.minDomesticShare";
    public static final String REP_DOMESTIC_CATEGORIES = "profile.representativeWorks.domesticCategories";
    public static final String REP_DOMESTIC_SEVERITY = "profile.representativeWorks.domesticSeverity";

    /** Separator of list values in a setting. */
    public static final String LIST_SEPARATOR = "|";

    /** The title ladder of research institutes (研究系列). */
    public static final List<String> RESEARCH_LADDER = List.of("研究员", "副研究员", "助理研究员", "研究实习员");
    /** The generic ladder (正高 / 副高 / 中级 / 初级) an institute may choose instead. */
    public static final List<String> GENERIC_LADDER = List.of("正高", "副高", "中级", "初级");

    /** First-level disciplines of GB/T 13745-2009 (学科分类与代码), in code order (110 数学 … 910 统计学). */
    public static final List<String> GB_T_13745_DISCIPLINES = List.of(
            "数学", "信息科学与系统科学", "力学", "物理学", "化学", "天文学", "地球科学", "生物学", "心理学",
            "农学", "林学", "畜牧、兽医科学", "水产学",
            "基础医学", "临床医学", "预防医学与公共卫生学", "军事医学与特种医学", "药学", "中医学与中药学",
            "工程与技术科学基础学科", "信息与系统科学相关工程与技术", "自然科学相关工程与技术", "测绘科学技术", "材料科学",
            "矿山工程技术", "冶金工程技术", "机械工程", "动力与电气工程", "能源科学技术", "核科学技术", "电子与通信技术",
            "计算机科学技术", "化学工程", "产品应用相关工程与技术", "纺织科学技术", "食品科学技术", "土木建筑工程",
            "水利工程", "交通运输工程", "航空、航天科学技术", "环境科学技术及资源科学技术", "安全科学技术", "管理学",
            "马克思主义", "哲学", "宗教学", "语言学", "文学", "艺术学", "历史学", "考古学", "经济学", "政治学", "法学",
            "军事学", "社会学", "民族学与文化学", "新闻学与传播学", "图书馆、情报与文献学", "教育学", "体育科学", "统计学");

    /** Talent programmes commonly recorded for researchers in Jiangsu (codes; labels come from the UI bundles). */
    public static final List<String> DEFAULT_TALENT_TAGS = List.of("leading-talent", "nsfc-distinguished-young",
            "nsfc-excellent-young", "jiangsu-333", "six-talent-peaks", "jiangsu-shuangchuang");

    public ProfileSettings {
        titleLadder = List.copyOf(titleLadder);
        disciplines = List.copyOf(disciplines);
        categories = List.copyOf(categories);
        categoryLabels = Collections.unmodifiableMap(new LinkedHashMap<>(categoryLabels));
        talentTags = List.copyOf(talentTags);
        EnumMap<ResearchCategory, Integer> max = new EnumMap<>(ResearchCategory.class);
        for (ResearchCategory c : ResearchCategory.values()) {
            max.put(c, Math.max(1, representativeMax.getOrDefault(c, 5)));
        }
        representativeMax = Collections.unmodifiableMap(max);
        domesticCategories = domesticCategories.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(domesticCategories));
        domesticSeverity = domesticSeverity == null ? Violation.Severity.WARNING : domesticSeverity;
        if (minDomesticShare < 0 || minDomesticShare > 1 || Double.isNaN(minDomesticShare)) {
            throw new IllegalArgumentException("minDomesticShare must be in [0,1]: " + minDomesticShare);
        }
    }

    /** The defaults: research ladder, GB/T 13745 disciplines, all four categories, 5 works, 1/3 domestic, warning. */
    public static ProfileSettings defaults() {
        Map<ResearchCategory, Integer> max = new EnumMap<>(ResearchCategory.class);
        for (ResearchCategory c : ResearchCategory.values()) {
            max.put(c, 5);
        }
        return new ProfileSettings(RESEARCH_LADDER, GB_T_13745_DISCIPLINES, List.of(ResearchCategory.values()),
                Map.of(), DEFAULT_TALENT_TAGS, 16, max, 1.0 / 3.0, EnumSet.of(ResearchCategory.BASIC),
                Violation.Severity.WARNING);
    }

    public int representativeMax(ResearchCategory category) {
        return representativeMax.get(category);
    }

    /** The institute's own label for a category in a language ({@code zh}, {@code en}), when it set one. */
    public Optional<String> categoryLabel(ResearchCategory category, String languageCode) {
        return Optional.ofNullable(categoryLabels.get(category.name() + "." + languageCode)).filter(s -> !s.isBlank());
    }

    /** Reads the {@code profile.} settings; missing or unreadable values take their default. */
    public static ProfileSettings fromMap(Map<String, String> settings) {
        ProfileSettings d = defaults();
        List<String> ladder = list(settings.get(TITLE_LADDER)).orElse(d.titleLadder);
        List<String> disciplines = list(settings.get(DISCIPLINES)).orElse(d.disciplines);
        List<ResearchCategory> categories = list(settings.get(CATEGORIES)).map(ProfileSettings::categoriesOf)
                .filter(l -> !l.isEmpty()).orElse(d.categories);
        Map<String, String> labels = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith(CATEGORY_LABEL_PREFIX) && v != null && !v.isBlank()) {
                labels.put(k.substring(CATEGORY_LABEL_PREFIX.length()), v.trim());
            }
        });
        List<String> tags = list(settings.get(TALENT_TAGS)).orElse(d.talentTags);
        int minAge = integer(settings.get(MIN_AGE)).filter(a -> a >= 0 && a <= 100).orElse(d.minAgeYears);
        Map<ResearchCategory, Integer> max = new EnumMap<>(ResearchCategory.class);
        for (ResearchCategory c : ResearchCategory.values()) {
            max.put(c, integer(settings.get(REP_MAX_PREFIX + c.name())).filter(n -> n >= 1 && n <= 50)
                    .orElse(d.representativeMax(c)));
        }
        double share = fraction(settings.get(REP_DOMESTIC_SHARE)).orElse(d.minDomesticShare);
        Set<ResearchCategory> domestic = settings.containsKey(REP_DOMESTIC_CATEGORIES)
                ? toSet(categoriesOf(list(settings.get(REP_DOMESTIC_CATEGORIES)).orElse(List.of())))
                : d.domesticCategories;
        Violation.Severity severity = d.domesticSeverity;
        String sev = settings.get(REP_DOMESTIC_SEVERITY);
        if (sev != null) {
            try {
                severity = Violation.Severity.valueOf(sev.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                severity = d.domesticSeverity;
            }
        }
        return new ProfileSettings(ladder, disciplines, categories, labels, tags, minAge, max, share, domestic,
                severity);
    }

    /** The settings as the string pairs {@link #fromMap(Map)} reads. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(TITLE_LADDER, String.join(LIST_SEPARATOR, titleLadder));
        m.put(DISCIPLINES, String.join(LIST_SEPARATOR, disciplines));
        m.put(CATEGORIES, String.join(LIST_SEPARATOR, categories.stream().map(Enum::name).toList()));
        categoryLabels.forEach((k, v) -> m.put(CATEGORY_LABEL_PREFIX + k, v));
        m.put(TALENT_TAGS, String.join(LIST_SEPARATOR, talentTags));
        m.put(MIN_AGE, Integer.toString(minAgeYears));
        representativeMax.forEach((c, n) -> m.put(REP_MAX_PREFIX + c.name(), Integer.toString(n)));
        m.put(REP_DOMESTIC_SHARE, Double.toString(minDomesticShare));
        m.put(REP_DOMESTIC_CATEGORIES, String.join(LIST_SEPARATOR, domesticCategories.stream().map(Enum::name).toList()));
        m.put(REP_DOMESTIC_SEVERITY, domesticSeverity.name());
        return m;
    }

    private static Optional<List<String>> list(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String part : value.split("[|\\n]")) {
            String t = part.trim();
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static List<ResearchCategory> categoriesOf(List<String> names) {
        List<ResearchCategory> out = new ArrayList<>();
        for (String n : names) {
            for (String part : n.split(",")) {
                try {
                    ResearchCategory c = ResearchCategory.valueOf(part.trim().toUpperCase(Locale.ROOT));
                    if (!out.contains(c)) {
                        out.add(c);
                    }
                } catch (IllegalArgumentException ignored) {
                    // an unknown category name is skipped rather than making every profile uneditable
                }
            }
        }
        return out;
    }

    private static Set<ResearchCategory> toSet(List<ResearchCategory> list) {
        return list.isEmpty() ? Set.of() : EnumSet.copyOf(list);
    }

    private static Optional<Integer> integer(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads {@code 0.3333}, {@code 1/3} or {@code 33%}; anything outside [0,1] is unreadable. */
    static Optional<Double> fraction(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String t = value.trim();
        try {
            double v;
            if (t.endsWith("%")) {
                v = Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100.0;
            } else if (t.contains("/")) {
                String[] p = t.split("/");
                v = Double.parseDouble(p[0].trim()) / Double.parseDouble(p[1].trim());
            } else {
                v = Double.parseDouble(t);
            }
            return v >= 0 && v <= 1 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
