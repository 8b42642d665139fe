package org.talentbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentbench.core.FileNames;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.report.SummaryData.Dimension;

/**
 * An individual evaluation summary (个人评价结果摘要) for the person evaluated, the committee's signature and the
 * personnel archive: identity, the three dimension scores against the cohort medians as a radar chart and a table,
 * the indicators behind them, the representative works, the grade and remarks, and signature lines for the
 * committee and for the person's receipt.
 *
 * @param issued the date printed as the export date
 */
public record IndividualSummary(Letterhead letterhead, SummaryData data, Language language, LocalDate issued)
        implements ReportDocument {
    public IndividualSummary {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issued, "issued");
    }

    @Override
    public String suggestedFileName() {
        return FileNames.safe("summary-" + data.employeeNo());
    }

    /** The label of a dimension in {@code m}'s language: 创新能力 / 质量 / 贡献. */
    static String dimension(Messages m, Dimension d) {
        return switch (d) {
            case INNOVATION -> m.get("report.dimension.innovation");
            case QUALITY -> m.get("report.dimension.quality");
            case CONTRIBUTION -> m.get("report.dimension.contribution");
        };
    }

    @Override
    public String toXhtml() {
        Messages m = Messages.of(language);
        String title = m.get("report.summary.title");
        Xhtml body = new Xhtml();
        Templates.Outline outline = new Templates.Outline();
        writeBody(body, outline, m, title);
        Templates.DocumentInfo info = new Templates.DocumentInfo(title + " — " + data.nameZh(),
                m.get("report.summary.subject"), data.nameZh() + ", " + data.employeeNo(), language,
                PageLayout.A4_PORTRAIT, issued);
        return Templates.document(info, letterhead, outline.bookmarks(), body);
    }

    /** Writes the summary's content (without the document frame) into {@code body}, its sections into {@code outline}. */
    void writeBody(Xhtml body, Templates.Outline outline, Messages m, String title) {
        Templates.title(body, title, Templates.joinNonBlank(data.nameZh(),
                m.get("report.employeeNo", data.employeeNo()), data.departmentName(), data.roundName()));

        outline.section(body, m.get("report.section.identity"));
        Templates.fields(body, List.of(
                new String[] {m.get("researcher.nameZh"), data.nameZh()},
                new String[] {m.get("researcher.nameLatin"), data.nameLatin()},
                new String[] {m.get("researcher.employeeNo"), data.employeeNo()},
                new String[] {m.get("researcher.department"), data.departmentName()},
                new String[] {m.get("researcher.title"), data.title()},
                new String[] {m.get("researcher.category"), ReportText.category(m, data.category())},
                new String[] {m.get("report.summary.round"), data.roundName()},
                new String[] {m.get("report.summary.window"), data.windowText()}), 2);

        outline.section(body, m.get("report.section.scores"));
        writeScores(body, m);

        outline.section(body, m.get("report.section.indicators"));
        writeIndicators(body, m);

        outline.section(body, m.get("report.section.representativeWorks"));
        writeWorks(body, m);

        outline.section(body, m.get("report.section.conclusion"));
        body.open("div", "class", "tb-confirm");
        body.open("p", "class", "tb-grade-line");
        body.element("span", m.get("report.summary.grade"), "class", "tb-grade-label");
        body.element("span", data.grade().isBlank() ? m.get("report.summary.gradePending") : data.grade(),
                "class", "tb-grade");
        body.close("p");
        body.element("h3", m.get("report.summary.remarks"));
        body.open("p");
        Templates.multiline(body, Templates.orDash(data.remarks()));
        body.close("p");
        Templates.signatures(body, List.of(m.get("report.signature.committee"), m.get("report.signature.receipt")),
                m.get("report.signature.date"));
        body.close("div");
    }

    private void writeScores(Xhtml body, Messages m) {
        List<RadarChart.Axis> axes = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            axes.add(new RadarChart.Axis(dimension(m, d), data.scores().of(d), data.cohortMedians().of(d)));
        }
        RadarChart chart = new RadarChart(axes, 100, m.get("report.chart.score"), m.get("report.chart.median"));

        body.open("table", "class", "tb-scores");
        body.open("tr");
        body.open("td", "style", "width: 48%");
        body.fragment(chart.toXhtml());
        body.close("td");
        body.open("td", "style", "width: 52%; padding-left: 5mm");
        List<List<String>> rows = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            double score = data.scores().of(d);
            double median = data.cohortMedians().of(d);
            rows.add(List.of(dimension(m, d), ReportText.number(score), ReportText.number(median),
                    signed(score - median)));
        }
        Templates.table(body, List.of(m.get("report.column.dimension"), m.get("report.column.score"),
                m.get("report.column.median"), m.get("report.column.difference")), new int[] {34, 20, 24, 22}, rows,
                Set.of(1, 2, 3));
        Templates.note(body, m.get("report.summary.scoresNote"));
        body.close("td");
        body.close("tr");
        body.close("table");
    }

    private void writeIndicators(Xhtml body, Messages m) {
        if (data.indicators().isEmpty()) {
            Templates.note(body, m.get("report.summary.noIndicators"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SummaryData.IndicatorRow r : data.indicators()) {
            rows.add(List.of(dimension(m, r.dimension()), r.name(), Templates.orDash(r.value()),
                    ReportText.number(r.score()), ReportText.percent(r.weightPercent())));
        }
        Templates.table(body, List.of(m.get("report.column.dimension"), m.get("report.column.indicator"),
                m.get("report.column.value"), m.get("report.column.score"), m.get("report.column.weight")),
                new int[] {18, 38, 18, 13, 13}, rows, Set.of(3, 4));
    }

    private void writeWorks(Xhtml body, Messages m) {
        if (data.works().isEmpty()) {
            Templates.note(body, m.get("report.works.none"));
            return;
        }
        int n = 1;
        for (SummaryData.WorkRow w : data.works()) {
            String meta = Templates.joinNonBlank(ReportText.date(w.date()), w.venue());
            VerificationSheet.Works.write(body, m, m.get("report.works.heading", n++, w.title()), meta,
                    w.contributionStatement(), w.relevanceStatement());
        }
    }

    private static String signed(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        String s = RadarChart.format(Math.abs(v));
        return v > 0.05 ? "+" + s : v < -0.05 ? "−" + s : s;
    }
}
