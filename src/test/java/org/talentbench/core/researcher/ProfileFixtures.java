package org.talentbench.core.researcher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-made valid records that tests change one field at a time. */
public final class ProfileFixtures {
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    public static final ResearcherId ME = new ResearcherId(7);

    private ProfileFixtures() {
    }

    public static Researcher researcher() {
        return researcher(LocalDate.of(1988, 1, 2), LocalDate.of(2015, 6, 20), "0000-0002-1825-0097",
                List.of(new CareerBreak(0, CareerBreakKind.MATERNITY, LocalDate.of(2020, 3, 1),
                        LocalDate.of(2020, 8, 31), "产假")));
    }

    public static Researcher researcher(LocalDate birth, LocalDate doctorate, String orcid, List<CareerBreak> breaks) {
        return new Researcher(ME, "JS2016001", "王晓明", "Wang Xiaoming", Gender.FEMALE, birth, Degree.DOCTORATE,
                doctorate, LocalDate.of(2016, 7, 1), "AI", "副研究员", "计算机科学技术", ResearchCategory.BASIC,
                Set.of("leading-talent"), orcid, "wxm@example.org", "025-8888 1234", Set.of("ai-foundation-models"),
                EmploymentStatus.ACTIVE, breaks, List.of(), 3);
    }

    public static Output paper(long id, boolean domestic, Contribution... credits) {
        return new Output(new OutputId(id), OutputKind.JOURNAL_PAPER, "Paper " + id, LocalDate.of(2023, 5, 1),
                domestic ? "中国科学：信息科学" : "Nature Machine Intelligence", "10.1360/ssi-2023-" + id, "", domestic,
                3, "CNKI", LocalDate.of(2026, 1, 1), null, Map.of(), List.of(credits), 1);
    }

    public static Output patent(long id, Contribution... credits) {
        return new Output(new OutputId(id), OutputKind.PATENT, "一种低功耗神经网络加速器", LocalDate.of(2023, 5, 9),
                "国家知识产权局", "", "CN202310123456.7", false, null, "", null, null,
                Map.of(OutputAttribute.PATENT_TYPE, "INVENTION", OutputAttribute.PATENT_STATUS, "GRANTED",
                        OutputAttribute.PCT, "false"),
                List.of(credits), 1);
    }

    /** A valid output of each kind, with the attributes its form records. */
    public static Output sample(OutputKind kind, Contribution... credits) {
        Map<String, String> a = switch (kind) {
            case JOURNAL_PAPER, CONFERENCE_PAPER -> Map.of(OutputAttribute.AUTHORS, "王晓明; 李华",
                    OutputAttribute.KEYWORDS, "注意力; 长文档");
            case MONOGRAPH, DATASET -> Map.of(OutputAttribute.KEYWORDS, "材料; 数据");
            case PATENT -> Map.of(OutputAttribute.PATENT_TYPE, "UTILITY_MODEL", OutputAttribute.PATENT_STATUS,
                    "LICENSED", OutputAttribute.PCT, "true");
            case STANDARD -> Map.of(OutputAttribute.STANDARD_LEVEL, "GROUP", OutputAttribute.ROLE, "LEAD_DRAFTER");
            case SOFTWARE_COPYRIGHT -> Map.of();
            case TECH_TRANSFER -> Map.of(OutputAttribute.AMOUNT, "1200000.50", OutputAttribute.PARTNER, "苏州某半导体有限公司");
            case PROJECT -> Map.of(OutputAttribute.FUNDER, "国家自然科学基金委员会", OutputAttribute.LEVEL, "NATIONAL",
                    OutputAttribute.ROLE, "SUB_PROJECT_LEAD", OutputAttribute.AMOUNT, "600000",
                    OutputAttribute.END_DATE, "2027-12-31");
            case AWARD -> Map.of(OutputAttribute.LEVEL, "PROVINCIAL", OutputAttribute.RANK, "2");
            case POLICY_REPORT -> Map.of(OutputAttribute.LEVEL, "MINISTERIAL");
            case TALENT_CULTIVATION -> Map.of(OutputAttribute.STUDENTS_SUPERVISED, "4",
                    OutputAttribute.STUDENTS_GRADUATED, "2");
            case ACADEMIC_SERVICE -> Map.of(OutputAttribute.SERVICE_TYPE, "EDITORSHIP");
        };
        OutputSchema.Shape shape = OutputSchema.of(kind);
        boolean cited = shape.citations();
        return new Output(OutputId.NEW, kind, kind.name().toLowerCase(java.util.Locale.ROOT) + " 成果",
                LocalDate.of(2024, 4, 15), "venue of " + kind, shape.doi() ? "10.5555/" + kind.ordinal() : "",
                shape.externalId() ? "ID-" + kind.ordinal() : "", shape.domesticFlag(), cited ? 9 : null,
                cited ? "CNKI" : "", cited ? LocalDate.of(2026, 2, 1) : null, cited ? 1.25 : null, a, List.of(credits),
                0);
    }

    public static Contribution mine(double share) {
        return new Contribution(ME, 1, true, share);
    }

    public static Contribution other(long id, double share) {
        return new Contribution(new ResearcherId(id), 2, false, share);
    }
}
