package org.talentbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.talentbench.core.FileNames;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.round.Participation;
import org.talentbench.core.round.RoundStage;
import org.talentbench.core.scheme.LintFinding;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

/**
 * The report of an evaluation round for the archive (评价工作总结报告), on A4 portrait, one bookmarked part each: who
 * took part and the cycle decisions (counts in words and as a table), the distribution of totals per category and
 * per department as bar charts (drawn as vector boxes, with their figures as text), quota usage per panel, the
 * conflicts of interest and every override with its reason, and the 破四唯 policy lint of the schemes used.
 * Immutable.
 */
public record RoundReport(Letterhead letterhead, Data data, Language language, LocalDate issued)
        implements ReportDocument {
    /** Bins of a category's histogram. */
    static final int BINS = 10;

    public RoundReport {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issued, "issued");
    }

    /**
     * What the report prints.
     *
     * @param participation  researchers in the round by participation (zero counts may be left out)
     * @param cycle          researchers by cycle decision
     * @param byCategory     the totals of ranked researchers per category (label as printed)
     * @param byDepartment   the totals of ranked researchers per department (label as printed)
     * @param conflictsDeclared conflicts of interest declared for the round
     * @param overrides      staff decisions, conflict and quota overrides, in print order
     * @param lint           lint findings per scheme used
     */
    public record Data(String roundName, LocalDate referenceDate, RoundStage stage, String snapshotText,
                       Map<Participation, Integer> participation, Map<CycleStatus, Integer> cycle,
                       List<Distribution> byCategory, List<Distribution> byDepartment, List<Quota> quotas,
                       int conflictsDeclared, List<OverrideLine> overrides, List<SchemeLint> lint) {
        public Data {
            Objects.requireNonNull(roundName, "roundName");
            Objects.requireNonNull(referenceDate, "referenceDate");
            Objects.requireNonNull(stage, "stage");
            snapshotText = snapshotText == null ? "" : snapshotText;
            participation = participation.isEmpty() ? Map.of() : new EnumMap<>(participation);
            cycle = cycle.isEmpty() ? Map.of() : new EnumMap<>(cycle);
            byCategory = List.copyOf(byCategory);
            byDepartment = List.copyOf(byDepartment);
            quotas = List.copyOf(quotas);
            overrides = List.copyOf(overrides);
            lint = List.copyOf(lint);
        }
    }

    /** The totals of one group, in any order. */
    public record Distribution(String label, List<Double> totals) {
        public Distribution {
            Objects.requireNonNull(label, "label");
            totals = totals.stream().filter(v -> v != null && !v.isNaN()).toList();
        }

        double median() {
            if (totals.isEmpty()) {
                return Double.NaN;
            }
            double[] v = totals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = v.length;
            return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        }

        double min() {
            return totals.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double max() {
            return totals.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    /** The quota of one grade in one panel: people, cap, holding, and whether the chair overrode it. */
    public record Quota(String panel, AppraisalGrade grade, int n, int cap, int holding, boolean overridden) {
        public Quota {
            Objects.requireNonNull(panel, "panel");
            Objects.requireNonNull(grade, "grade");
        }
    }

    /** The kinds of decision that set a rule aside. */
    public enum OverrideKind { PARTICIPATION, CONFLICT, QUOTA }

    /** One decision that set a rule aside: whom it concerns, what was decided and why. */
    public record OverrideLine(OverrideKind kind, String concerns, String decision, String reason) {
        public OverrideLine {
            Objects.requireNonNull(kind, "kind");
            concerns = concerns == null ? "" : concerns;
            decision = decision == null ? "" : decision;
            reason = reason == null ? "" : reason;
        }
    }

    /** The lint of one scheme used by the round. */
    public record SchemeLint(String scheme, List<LintFinding> findings) {
        public SchemeLint {
            Objects.requireNonNull(scheme, "scheme");
            findings = List.copyOf(findings);
        }
    }

    @Override
    public String suggestedFileName() {
        return FileNames.safe("round-report-" + data.roundName());
    }

    @Override
    public String toXhtml() {
        Messages m = Messages.of(language);
        String title = m.get("reports.round.title");
        Xhtml body = new Xhtml();
        Templates.Outline outline = new Templates.Outline();
        Templates.title(body, title, Templates.joinNonBlank(data.roundName(),
                m.get("reports.round.referenceDate", data.referenceDate().toString()),
                m.get("round.stage." + data.stage().name()), data.snapshotText()));

        outline.section(body, m.get("reports.round.section.participation"));
        participation(body, m);

        outline.section(body, m.get("reports.round.section.distribution"));
        Templates.note(body, m.get("reports.round.distributionNote"));
        if (data.byCategory().isEmpty()) {
            Templates.note(body, m.get("reports.round.noScores"));
        }
        for (Distribution d : data.byCategory()) {
            histogram(body, m, d);
        }
        body.element("h3", m.get("reports.round.byDepartment"));
        departments(body, m);

        outline.section(body, m.get("reports.round.section.quotas"));
        quotas(body, m);

        outline.section(body, m.get("reports.round.section.overrides"));
        overrides(body, m);

        outline.section(body, m.get("reports.round.section.lint"));
        lint(body, m);

        Templates.DocumentInfo info = new Templates.DocumentInfo(title + " — " + data.roundName(),
                m.get("reports.round.subject"), data.roundName(), language, PageLayout.A4_PORTRAIT, issued);
        return Templates.document(info, letterhead, outline.bookmarks(), body, ReportCss.EXTRA);
    }

    private void participation(Xhtml body, Messages m) {
        int total = data.participation().values().stream().mapToInt(Integer::intValue).sum();
        int scored = data.participation().entrySet().stream().filter(e -> e.getKey().scored())
                .mapToInt(Map.Entry::getValue).sum();
        body.open("div", "class", "tb-sentences");
        body.element("p", m.get("reports.round.participationSummary", total, scored));
        for (Participation p : Participation.values()) {
            int n = data.participation().getOrDefault(p, 0);
            if (n > 0) {
                body.element("p", m.get("reports.round.countLine", n, m.get("participation." + p.name())));
            }
        }
        body.close("div");
        List<List<String>> rows = new ArrayList<>();
        for (CycleStatus s : CycleStatus.values()) {
            rows.add(List.of(m.get("cycleStatus." + s.name()), String.valueOf(data.cycle().getOrDefault(s, 0))));
        }
        body.element("h3", m.get("reports.round.cycleDecisions"));
        Templates.table(body, List.of(m.get("reports.column.cycleDecision"), m.get("reports.column.people")),
                new int[] {70, 30}, rows, Set.of(1));
    }

    private static void histogram(Xhtml body, Messages m, Distribution d) {
        body.element("h3", m.get("reports.round.histogramHeading", d.label(), d.totals().size(),
                RankedListReport.score(d.median())));
        if (d.totals().isEmpty()) {
            Templates.note(body, m.get("reports.round.noScores"));
            return;
        }
        double lo = d.min() >= 0 && d.max() <= 100 ? 0 : Math.floor(d.min());
        double hi = d.min() >= 0 && d.max() <= 100 ? 100 : Math.ceil(d.max());
        if (hi <= lo) {
            hi = lo + 1;
        }
        double width = (hi - lo) / BINS;
        int[] counts = new int[BINS];
        for (double v : d.totals()) {
            int bin = (int) Math.floor((v - lo) / width);
            counts[Math.max(0, Math.min(BINS - 1, bin))]++;
        }
        int most = Arrays.stream(counts).max().orElse(1);
        body.open("table", "class", "tb-bars");
        for (int i = BINS - 1; i >= 0; i--) {
            String label = fmt(lo + i * width) + " – " + fmt(lo + (i + 1) * width);
            bar(body, label, counts[i] / (double) Math.max(1, most), "tb-bar",
                    m.get("reports.round.people", counts[i]));
        }
        body.close("table");
    }

    private void departments(Xhtml body, Messages m) {
        if (data.byDepartment().isEmpty()) {
            Templates.note(body, m.get("reports.round.noScores"));
            return;
        }
        double top = data.byDepartment().stream().mapToDouble(Distribution::max).filter(v -> !Double.isNaN(v))
                .max().orElse(100);
        double scale = Math.max(100, top);
        Templates.note(body, m.get("reports.round.departmentNote"));
        body.open("table", "class", "tb-bars");
        for (Distribution d : data.byDepartment()) {
            double med = d.median();
            String value = d.totals().isEmpty() ? "—" : m.get("reports.round.departmentValue",
                    RankedListReport.score(med), d.totals().size(), RankedListReport.score(d.min()),
                    RankedListReport.score(d.max()));
            bar(body, d.label(), Double.isNaN(med) ? 0 : Math.max(0, med) / scale, "tb-bar-median", value);
        }
        body.close("table");
    }

    private static void bar(Xhtml body, String label, double share, String barClass, String value) {
        body.open("tr");
        body.element("td", label, "class", "tb-bar-label");
        body.open("td", "class", "tb-bar-cell");
        double pct = Math.max(0, Math.min(1, share)) * 100;
        if (pct > 0) {
            body.element("div", "", "class", barClass, "style",
                    "width: " + String.format(Locale.ROOT, "%.1f", Math.max(pct, 0.8)) + "%");
        }
        body.close("td");
        body.element("td", value, "class", "tb-bar-value");
        body.close("tr");
    }

    private void quotas(Xhtml body, Messages m) {
        if (data.quotas().isEmpty()) {
            Templates.note(body, m.get("reports.round.noPanels"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Quota q : data.quotas()) {
            String state = q.holding() <= q.cap() ? m.get("reports.round.quotaHolds")
                    : q.overridden() ? m.get("reports.round.quotaOverridden") : m.get("reports.round.quotaBroken");
            rows.add(List.of(q.panel(), m.get("appraisal.grade." + q.grade().name()), String.valueOf(q.n()),
                    String.valueOf(q.cap()), String.valueOf(q.holding()), state));
        }
        Templates.table(body, List.of(m.get("reports.column.panel"), m.get("reports.column.grade"),
                m.get("reports.column.people"), m.get("reports.column.cap"), m.get("reports.column.holding"),
                m.get("reports.column.state")), new int[] {28, 14, 9, 9, 10, 30}, rows, Set.of(2, 3, 4));
    }

    private void overrides(Xhtml body, Messages m) {
        Templates.note(body, m.get("reports.round.conflictsDeclared", data.conflictsDeclared()));
        if (data.overrides().isEmpty()) {
            Templates.note(body, m.get("reports.round.noOverrides"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (OverrideLine o : data.overrides()) {
            String kind = switch (o.kind()) {
                case PARTICIPATION -> m.get("reports.override.participation");
                case CONFLICT -> m.get("reports.override.conflict");
                case QUOTA -> m.get("reports.override.quota");
            };
            rows.add(List.of(kind, o.concerns(), o.decision(), Templates.orDash(o.reason())));
        }
        Templates.table(body, List.of(m.get("reports.column.kind"), m.get("reports.column.concerns"),
                m.get("reports.column.decision"), m.get("reports.column.reason")), new int[] {16, 24, 24, 36}, rows);
    }

    private void lint(Xhtml body, Messages m) {
        if (data.lint().isEmpty()) {
            Templates.note(body, m.get("reports.round.noSchemes"));
            return;
        }
        for (SchemeLint s : data.lint()) {
            body.element("h3", s.scheme());
            if (s.findings().isEmpty()) {
                Templates.note(body, m.get("reports.round.lintClean"));
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (LintFinding f : s.findings()) {
                String severity = switch (f.severity()) {
                    case ERROR -> m.get("reports.lint.error");
                    case WARNING -> m.get("reports.lint.warning");
                    case INFO -> m.get("reports.lint.info");
                };
                rows.add(List.of(severity, f.path(), m.get(f.code(), new ArrayList<Object>(f.args()))));
            }
            Templates.table(body, List.of(m.get("reports.column.severity"), m.get("reports.column.path"),
                    m.get("reports.column.finding")), new int[] {12, 24, 64}, rows);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
