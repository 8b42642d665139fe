package org.talentbench.exchange.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.talentbench.core.researcher.CareerBreakKind;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * Spreadsheet labels of a closed set of values (an enum, or the string codes of an output attribute): a Chinese and
 * an English label per value, plus aliases that HR offices commonly write. Parsing accepts any of them, the code
 * itself, and ignores case, width (full-width letters) and spaces. Writing uses the Chinese or English label.
 * Immutable.
 */
public final class Labels {
    private final String name;
    private final Map<String, String[]> labels; // code -> {zh, en}
    private final Map<String, String> lookup = new HashMap<>();

    private Labels(String name, Map<String, String[]> labels, Map<String, String> aliases) {
        this.name = name;
        this.labels = labels;
        labels.forEach((code, l) -> {
            lookup.put(key(code), code);
            lookup.put(key(l[0]), code);
            lookup.put(key(l[1]), code);
        });
        aliases.forEach((alias, code) -> lookup.put(key(alias), code));
    }

    public String name() {
        return name;
    }

    /** The codes in their defined order. */
    public List<String> codes() {
        return List.copyOf(labels.keySet());
    }

    public Optional<String> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(lookup.get(key(text)));
    }

    public String label(String code, boolean chinese) {
        String[] l = labels.get(code);
        return l == null ? code : l[chinese ? 0 : 1];
    }

    /** "发明 / Invention, …" for notes and problem messages. */
    public String describe() {
        List<String> out = new ArrayList<>();
        labels.forEach((code, l) -> out.add(l[0] + " / " + l[1]));
        return String.join("; ", out);
    }

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s_\\-]");

    static String key(String s) {
        return SEPARATORS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ the sets

    public static final Labels GENDER = of("gender", Map.of(), Gender.class,
            "男", "Male", "女", "Female", "未说明", "Unspecified");
    public static final Labels DEGREE = of("degree", Map.of("博士研究生", "DOCTORATE", "PhD", "DOCTORATE",
            "硕士研究生", "MASTER", "本科", "BACHELOR", "大学本科", "BACHELOR"), Degree.class,
            "博士", "Doctorate", "硕士", "Master", "学士", "Bachelor", "其他", "Other");
    public static final Labels CATEGORY = of("category", Map.of("应用研究", "APPLIED", "技术开发", "APPLIED",
            "应用研究和技术开发", "APPLIED", "社会公益", "PUBLIC_WELFARE", "国家重大攻关任务", "NATIONAL_MAJOR_TASK",
            "基础", "BASIC"), ResearchCategory.class,
            "基础研究", "Basic research", "应用研究与技术开发", "Applied research and development",
            "社会公益研究", "Public-welfare research", "承担国家重大攻关任务", "National major task");
    public static final Labels STATUS = of("status", Map.of("在岗", "ACTIVE", "调离", "LEFT", "已离职", "LEFT",
            "已退休", "RETIRED"), EmploymentStatus.class, "在职", "Active", "离职", "Left", "退休", "Retired");
    public static final Labels BREAK_KIND = of("breakKind", Map.of("病假", "LONG_ILLNESS", "兵役", "NATIONAL_SERVICE"),
            CareerBreakKind.class, "产假", "Maternity leave", "陪产假", "Paternity leave", "长期病假", "Long illness",
            "服兵役", "National service", "其他", "Other");
    public static final Labels OUTPUT_KIND = of("kind", Map.ofEntries(Map.entry("论文", "JOURNAL_PAPER"),
            Map.entry("期刊文章", "JOURNAL_PAPER"), Map.entry("著作", "MONOGRAPH"), Map.entry("编著", "MONOGRAPH"),
            Map.entry("软著", "SOFTWARE_COPYRIGHT"), Map.entry("成果转化", "TECH_TRANSFER"),
            Map.entry("项目", "PROJECT"), Map.entry("课题", "PROJECT"), Map.entry("奖励", "AWARD"),
            Map.entry("决策咨询报告", "POLICY_REPORT"), Map.entry("咨询报告", "POLICY_REPORT"),
            Map.entry("Paper", "JOURNAL_PAPER"), Map.entry("Book", "MONOGRAPH")), OutputKind.class,
            "期刊论文", "Journal paper", "会议论文", "Conference paper", "专著", "Monograph", "专利", "Patent",
            "标准", "Standard", "软件著作权", "Software copyright", "技术转让", "Technology transfer",
            "科研项目", "Research project", "科技奖励", "Award", "政策咨询报告", "Policy report", "数据集", "Dataset",
            "人才培养", "Talent cultivation", "学术服务", "Academic service");
    public static final Labels PATENT_TYPE = codes("patentType", Map.of("发明专利", "INVENTION",
            "实用新型专利", "UTILITY_MODEL", "外观设计专利", "DESIGN"),
            "INVENTION", "发明", "Invention", "UTILITY_MODEL", "实用新型", "Utility model", "DESIGN", "外观设计", "Design");
    public static final Labels PATENT_STATUS = codes("patentStatus", Map.of("已授权", "GRANTED", "受理", "APPLIED",
            "已申请", "APPLIED"), "APPLIED", "申请", "Applied", "GRANTED", "授权", "Granted", "LICENSED", "许可",
            "Licensed", "TRANSFERRED", "转让", "Transferred");
    public static final Labels STANDARD_LEVEL = codes("standardLevel", Map.of("国标", "NATIONAL", "行标", "INDUSTRY",
            "团标", "GROUP"), "NATIONAL", "国家标准", "National", "INDUSTRY", "行业标准", "Industry", "GROUP",
            "团体标准", "Group");
    public static final Labels ROLE = codes("role", Map.of("主持", "PI", "主持人", "PI", "项目负责人", "PI",
            "参加", "PARTICIPANT", "参与人", "PARTICIPANT"),
            "LEAD_DRAFTER", "主要起草人", "Lead drafter", "DRAFTER", "起草人", "Drafter", "PI", "负责人",
            "Principal investigator", "SUB_PROJECT_LEAD", "子课题负责人", "Sub-project lead", "PARTICIPANT", "参与",
            "Participant");
    public static final Labels LEVEL = codes("level", Map.of("国家", "NATIONAL", "省", "PROVINCIAL",
            "院级", "INSTITUTE", "所级", "INSTITUTE"),
            "NATIONAL", "国家级", "National", "PROVINCIAL", "省级", "Provincial", "MINISTERIAL",
            "部级", "Ministerial", "MUNICIPAL", "市级", "Municipal", "INSTITUTE", "院所级", "Institute");
    public static final Labels SERVICE_TYPE = codes("serviceType", Map.of("审稿人", "REVIEWING", "编委会", "EDITORSHIP",
            "学术委员会", "COMMITTEE"), "REVIEWING", "审稿", "Reviewing", "EDITORSHIP", "编委", "Editorship",
            "COMMITTEE", "委员会任职", "Committee");

    private static <E extends Enum<E>> Labels of(String name, Map<String, String> aliases, Class<E> type,
                                                 String... zhEn) {
        E[] constants = type.getEnumConstants();
        if (zhEn.length != constants.length * 2) {
            throw new IllegalArgumentException("labels for every constant of " + type);
        }
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (int i = 0; i < constants.length; i++) {
            labels.put(constants[i].name(), new String[] {zhEn[2 * i], zhEn[2 * i + 1]});
        }
        return new Labels(name, labels, aliases);
    }

    private static Labels codes(String name, Map<String, String> aliases, String... codeZhEn) {
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (int i = 0; i < codeZhEn.length; i += 3) {
            labels.put(codeZhEn[i], new String[] {codeZhEn[i + 1], codeZhEn[i + 2]});
        }
        return new Labels(name, labels, aliases);
    }

}
