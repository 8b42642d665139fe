package org.talentbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Language;
import org.talentbench.report.SummaryData.Dimension;

/** A researcher of a fictitious institute with outputs of several kinds, and a summary of their evaluation. */
final class ReportFixtures {
    static final String INSTITUTE = "江苏省先进技术研究院";
    static final String INSTITUTE_EN = "Jiangsu Institute of Advanced Technology";
    static final String NAME = "王晓明";
    static final LocalDate ISSUED = LocalDate.of(2025, 3, 1);
    static final ResearcherId ID = new ResearcherId(7);
    private static final ResearcherId OTHER = new ResearcherId(8);

    private ReportFixtures() {
    }

    static Letterhead letterhead() {
        return new Letterhead(INSTITUTE, INSTITUTE_EN, null);
    }

    static Researcher researcher(String nameZh, String nameLatin) {
        return new Researcher(ID, "E1001", nameZh, nameLatin, Gender.MALE, LocalDate.of(1986, 4, 12),
                Degree.DOCTORATE, LocalDate.of(2013, 6, 30), LocalDate.of(2014, 9, 1), "AI", "研究员", "计算机科学与技术",
                ResearchCategory.APPLIED, Set.of(), "0000-0002-1825-0097", "wxm@example.org", "", Set.of(),
                EmploymentStatus.ACTIVE, List.of(), List.of(), 1);
    }

    static Researcher researcher() {
        return researcher(NAME, "Wang Xiaoming");
    }

    static List<Output> outputs() {
        List<Output> list = new ArrayList<>();
        list.add(output(1, OutputKind.JOURNAL_PAPER, "基于深度学习的高分辨率遥感影像语义分割方法", LocalDate.of(2023, 5, 18),
                "计算机学报", "10.11897/SP.J.1016.2023.01234", "", 1, true, 60,
                Map.of(OutputAttribute.AUTHORS, "王晓明; 李华; 张伟")));
        list.add(output(2, OutputKind.JOURNAL_PAPER,
                "A lightweight transformer for on-board hyperspectral image classification with limited labels",
                LocalDate.of(2022, 11, 2), "IEEE Transactions on Geoscience and Remote Sensing",
                "10.1109/TGRS.2022.3219876", "", 2, false, 35,
                Map.of(OutputAttribute.AUTHORS, "Li Hua; Wang Xiaoming; Zhang Wei; Chen Jing")));
        list.add(output(3, OutputKind.CONFERENCE_PAPER, "面向边缘设备的遥感目标检测模型压缩", LocalDate.of(2024, 6, 20),
                "CVPR 2024", "10.1109/CVPR52733.2024.01234", "", 1, true, 50, Map.of()));
        list.add(output(4, OutputKind.PATENT, "一种遥感影像云检测方法及系统", LocalDate.of(2023, 9, 8),
                "国家知识产权局", "", "ZL202310123456.7", 0, false, 40,
                Map.of(OutputAttribute.PATENT_TYPE, "INVENTION", OutputAttribute.PATENT_STATUS, "GRANTED")));
        list.add(output(5, OutputKind.STANDARD, "遥感影像智能解译数据集质量要求", LocalDate.of(2024, 3, 1),
                "中国测绘学会", "", "T/CSGPC 012-2024", 0, false, 30, Map.of()));
        list.add(output(6, OutputKind.TECH_TRANSFER, "遥感影像智能解译软件许可", LocalDate.of(2024, 10, 15),
                "江苏某空间信息科技有限公司", "", "JS-2024-0815", 0, false, 50,
                Map.of(OutputAttribute.AMOUNT, "1200000")));
        return list;
    }

    private static Output output(long id, OutputKind kind, String title, LocalDate date, String venue, String doi,
                                 String externalId, int position, boolean corresponding, double share,
                                 Map<String, String> attributes) {
        return new Output(new OutputId(id), kind, title, date, venue, doi, externalId, false, null, "", null, null,
                attributes, List.of(new Contribution(ID, position, corresponding, share),
                new Contribution(OTHER, position == 1 ? 2 : 1, false, 100 - share - 5)), 1);
    }

    static List<RepresentativeWork> works() {
        return List.of(
                new RepresentativeWork(0, ID, new OutputId(1), 1,
                        "本人提出多尺度注意力融合模块并完成全部实验，撰写论文初稿。",
                        "该方法已用于省级自然资源遥感监测业务，年处理影像 3 万景。"),
                new RepresentativeWork(0, ID, new OutputId(4), 2,
                        "本人为第一发明人，提出云检测的阈值自适应策略。",
                        "专利已许可给企业实施，见成果转化第 1 项。"));
    }

    static VerificationSheet sheet(Language language) {
        return new VerificationSheet(letterhead(), researcher(), "人工智能研究所", outputs(), works(), language, ISSUED);
    }

    static SummaryData summaryData(String nameZh) {
        List<SummaryData.IndicatorRow> indicators = List.of(
                new SummaryData.IndicatorRow(Dimension.INNOVATION, "代表作同行评议", "优", 88, 50),
                new SummaryData.IndicatorRow(Dimension.INNOVATION, "发明专利授权", "1 项", 70, 50),
                new SummaryData.IndicatorRow(Dimension.QUALITY, "论文学科规范化影响力", "1.42", 76, 60),
                new SummaryData.IndicatorRow(Dimension.QUALITY, "标准制定", "团体标准 1 项", 60, 40),
                new SummaryData.IndicatorRow(Dimension.CONTRIBUTION, "成果转化合同金额", "120 万元", 82, 70),
                new SummaryData.IndicatorRow(Dimension.CONTRIBUTION, "人才培养", "指导研究生 4 名", 55, 30));
        List<Output> outputs = outputs();
        List<SummaryData.WorkRow> works = List.of(
                SummaryData.WorkRow.of(outputs.get(0), works().get(0)),
                SummaryData.WorkRow.of(outputs.get(3), works().get(1)));
        return new SummaryData("E1001", nameZh, "Wang Xiaoming", "人工智能研究所", "研究员", ResearchCategory.APPLIED,
                "2025 年度考核", "2021-01-01 — 2024-12-31",
                new SummaryData.DimensionScores(79.0, 70.4, 74.3), new SummaryData.DimensionScores(62.5, 66.0, 58.0),
                indicators, works, "优秀", "成果转化突出，代表作质量高。\n建议加强国际合作。");
    }

    static IndividualSummary summary(Language language) {
        return new IndividualSummary(letterhead(), summaryData(NAME), language, ISSUED);
    }
}
