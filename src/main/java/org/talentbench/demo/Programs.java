package org.talentbench.demo;

import org.talentbench.core.researcher.ResearchCategory;

/**
 * Funding programmes a demo project can come from: who funds it, at what level, typical budget and length, who may
 * lead it and how its grant numbers look. Static data; thread-safe.
 */
final class Programs {
    private Programs() {
    }

    enum Eligibility { ANYONE, DOCTOR, YOUNG, EXCELLENT_YOUNG, DISTINGUISHED_YOUNG, SENIOR }

    enum NumberStyle { NSFC_YOUTH, NSFC_GENERAL, NSFC_KEY, NSFC_EXCELLENT, NSFC_DISTINGUISHED, MOST, JS_NSF, JS_BE, JS_SOFT, MIIT, NANJING, SUZHOU, INSTITUTE }

    /**
     * @param name           programme name; {@code %s} is replaced by the department's key special programme
     * @param individual     a personal grant: the lead is always its PI
     * @param categoryWeight relative frequency for BASIC, APPLIED, PUBLIC_WELFARE, NATIONAL_MAJOR_TASK researchers
     * @param onlyFor        department code the programme is limited to, or {@code null}
     */
    record Program(String name, String funder, String level, long minAmount, long maxAmount, int years,
                   boolean individual, Eligibility eligibility, NumberStyle style, double[] categoryWeight,
                   String onlyFor) {
        double weight(ResearchCategory category, String department) {
            if (onlyFor != null && !onlyFor.equals(department)) {
                return 0;
            }
            return categoryWeight[category.ordinal()];
        }
    }

    static final String NSFC = "国家自然科学基金委员会";
    static final String MOST = "科学技术部";
    static final String JSTD = "江苏省科学技术厅";

    private static double[] w(double basic, double applied, double welfare, double major) {
        return new double[]{basic, applied, welfare, major};
    }

    static final Program[] ALL = {
            new Program("国家自然科学基金青年科学基金项目", NSFC, "NATIONAL", 300_000, 300_000, 3, true,
                    Eligibility.YOUNG, NumberStyle.NSFC_YOUTH, w(3, 0.8, 0.6, 0.8), null),
            new Program("国家自然科学基金面上项目", NSFC, "NATIONAL", 500_000, 600_000, 4, true,
                    Eligibility.DOCTOR, NumberStyle.NSFC_GENERAL, w(4, 1, 0.8, 1), null),
            new Program("国家自然科学基金重点项目", NSFC, "NATIONAL", 2_200_000, 3_000_000, 5, true,
                    Eligibility.SENIOR, NumberStyle.NSFC_KEY, w(0.4, 0.1, 0.05, 0.2), null),
            new Program("国家自然科学基金优秀青年科学基金项目", NSFC, "NATIONAL", 2_000_000, 2_000_000, 3, true,
                    Eligibility.EXCELLENT_YOUNG, NumberStyle.NSFC_EXCELLENT, w(0.15, 0.03, 0, 0.05), null),
            new Program("国家杰出青年科学基金项目", NSFC, "NATIONAL", 4_000_000, 4_000_000, 5, true,
                    Eligibility.DISTINGUISHED_YOUNG, NumberStyle.NSFC_DISTINGUISHED, w(0.06, 0.01, 0, 0.02), null),
            new Program("国家重点研发计划“%s”重点专项", MOST, "NATIONAL", 8_000_000, 40_000_000, 4, false,
                    Eligibility.ANYONE, NumberStyle.MOST, w(0.4, 1.0, 0.6, 4), null),
            new Program("国家重点研发计划“%s”重点专项青年科学家项目", MOST, "NATIONAL", 3_000_000, 3_000_000, 4, true,
                    Eligibility.YOUNG, NumberStyle.MOST, w(0.3, 0.3, 0.1, 0.6), null),
            new Program("科技创新2030—“新一代人工智能”重大项目", MOST, "NATIONAL", 20_000_000, 60_000_000, 5, false,
                    Eligibility.ANYONE, NumberStyle.MOST, w(0.3, 0.3, 0.1, 3), "AI"),
            new Program("科技创新2030—“量子通信与量子计算机”重大项目", MOST, "NATIONAL", 20_000_000, 60_000_000, 5, false,
                    Eligibility.ANYONE, NumberStyle.MOST, w(0.5, 0.3, 0.1, 3), "QST"),
            new Program("国家软科学研究计划", MOST, "NATIONAL", 200_000, 400_000, 2, true,
                    Eligibility.ANYONE, NumberStyle.MOST, w(0.5, 0.1, 3, 0.3), "STP"),
            new Program("产业基础再造和制造业高质量发展专项", "工业和信息化部", "MINISTERIAL", 5_000_000, 30_000_000, 3, false,
                    Eligibility.ANYONE, NumberStyle.MIIT, w(0.05, 1.2, 0.1, 1.5), null),
            new Program("江苏省自然科学基金（青年基金项目）", JSTD, "PROVINCIAL", 200_000, 200_000, 3, true,
                    Eligibility.YOUNG, NumberStyle.JS_NSF, w(2.5, 0.8, 0.6, 0.5), null),
            new Program("江苏省自然科学基金（面上项目）", JSTD, "PROVINCIAL", 100_000, 100_000, 3, true,
                    Eligibility.DOCTOR, NumberStyle.JS_NSF, w(1.5, 0.6, 0.6, 0.4), null),
            new Program("江苏省前沿引领技术基础研究专项", JSTD, "PROVINCIAL", 3_000_000, 10_000_000, 4, false,
                    Eligibility.ANYONE, NumberStyle.JS_NSF, w(0.6, 0.3, 0.05, 1.0), null),
            new Program("江苏省重点研发计划（产业前瞻与关键核心技术）", JSTD, "PROVINCIAL", 1_000_000, 5_000_000, 3, false,
                    Eligibility.ANYONE, NumberStyle.JS_BE, w(0.2, 2.5, 0.3, 1.5), null),
            new Program("江苏省重点研发计划（社会发展）", JSTD, "PROVINCIAL", 500_000, 1_000_000, 3, true,
                    Eligibility.ANYONE, NumberStyle.JS_BE, w(0.1, 0.5, 2.0, 0.2), null),
            new Program("江苏省软科学研究计划", JSTD, "PROVINCIAL", 100_000, 300_000, 2, true,
                    Eligibility.ANYONE, NumberStyle.JS_SOFT, w(0.2, 0.1, 1.5, 0.1), "STP"),
            new Program("南京市科技计划项目", "南京市科学技术局", "MUNICIPAL", 200_000, 1_000_000, 2, false,
                    Eligibility.ANYONE, NumberStyle.NANJING, w(0.1, 1.2, 0.6, 0.2), null),
            new Program("苏州市重点产业技术创新项目", "苏州市科学技术局", "MUNICIPAL", 500_000, 2_000_000, 2, false,
                    Eligibility.ANYONE, NumberStyle.SUZHOU, w(0.05, 1.0, 0.2, 0.2), null),
            new Program("院自主部署科研项目", DemoInstituteGenerator.INSTITUTE_NAME_ZH, "INSTITUTE", 100_000, 500_000, 2,
                    true, Eligibility.ANYONE, NumberStyle.INSTITUTE, w(0.6, 0.6, 0.8, 0.3), null),
            new Program("院青年创新基金", DemoInstituteGenerator.INSTITUTE_NAME_ZH, "INSTITUTE", 100_000, 200_000, 2, true,
                    Eligibility.YOUNG, NumberStyle.INSTITUTE, w(0.6, 0.6, 0.6, 0.4), null),
    };

    /** The key special programmes (重点专项) of the national key R&D programme a department applies to. */
    static String[] keySpecialProgrammes(String department) {
        return switch (department) {
            case "IC" -> new String[]{"智能传感器", "新型显示与战略性电子材料"};
            case "MAT" -> new String[]{"先进结构与复合材料", "高端功能与智能材料"};
            case "AI" -> new String[]{"人工智能", "工业软件"};
            case "BIO" -> new String[]{"诊疗装备与生物医用材料", "合成生物学"};
            case "EQP" -> new String[]{"高性能制造技术与重大装备", "智能机器人"};
            case "NET" -> new String[]{"宽带通信和新型网络", "网络空间安全治理"};
            case "QST" -> new String[]{"基础科研条件与重大科学仪器设备研发", "地球观测与导航"};
            default -> new String[]{"国家质量基础设施体系", "战略性科技创新合作"};
        };
    }
}
