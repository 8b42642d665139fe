package org.talentbench.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.i18n.Language;
import org.talentbench.report.IndividualSummary;
import org.talentbench.report.Letterhead;
import org.talentbench.report.PdfRenderer;
import org.talentbench.report.SummaryData;
import org.talentbench.report.SummaryData.Dimension;

/**
 * Cost of exporting one individual evaluation summary (two A4 pages: identity, radar chart, six indicator rows, two
 * representative works, grade and signatures) as PDF/A-2b, on a warm renderer that has read its fonts. Target: at
 * most 150 ms per summary, so that a department of 200 exports in well under a minute.
 *
 * <p>Run with {@code mvn -o test-compile} and then
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main ReportBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ReportBenchmark {
    private PdfRenderer renderer;
    private IndividualSummary summary;

    @Setup
    public void setUp() throws IOException {
        renderer = new PdfRenderer();
        SummaryData data = new SummaryData("E1001", "王晓明", "Wang Xiaoming", "人工智能研究所", "研究员",
                ResearchCategory.APPLIED, "2025 年度考核", "2021-01-01 — 2024-12-31",
                new SummaryData.DimensionScores(79.0, 70.4, 74.3), new SummaryData.DimensionScores(62.5, 66.0, 58.0),
                List.of(new SummaryData.IndicatorRow(Dimension.INNOVATION, "代表作同行评议", "优", 88, 50),
                        new SummaryData.IndicatorRow(Dimension.INNOVATION, "发明专利授权", "1 项", 70, 50),
                        new SummaryData.IndicatorRow(Dimension.QUALITY, "论文学科规范化影响力", "1.42", 76, 60),
                        new SummaryData.IndicatorRow(Dimension.QUALITY, "标准制定", "团体标准 1 项", 60, 40),
                        new SummaryData.IndicatorRow(Dimension.CONTRIBUTION, "成果转化合同金额", "120 万元", 82, 70),
                        new SummaryData.IndicatorRow(Dimension.CONTRIBUTION, "人才培养", "指导研究生 4 名", 55, 30)),
                List.of(new SummaryData.WorkRow("基于深度学习的高分辨率遥感影像语义分割方法", "计算机学报",
                                LocalDate.of(2023, 5, 18), "本人提出多尺度注意力融合模块并完成全部实验，撰写论文初稿。",
                                "该方法已用于省级自然资源遥感监测业务，年处理影像 3 万景。"),
                        new SummaryData.WorkRow("一种遥感影像云检测方法及系统", "国家知识产权局", LocalDate.of(2023, 9, 8),
                                "本人为第一发明人，提出云检测的阈值自适应策略。", "专利已许可给企业实施。")),
                "优秀", "成果转化突出，代表作质量高。\n建议加强国际合作。");
        summary = new IndividualSummary(new Letterhead("江苏省先进技术研究院", "Jiangsu Institute of Advanced Technology",
                null), data, Language.ZH, LocalDate.of(2025, 3, 1));
        renderer.render(summary);
    }

    @Benchmark
    public byte[] individualSummary() throws IOException {
        return renderer.render(summary).bytes();
    }
}
