package org.talentbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentbench.core.FileNames;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.round.ListFlag;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

/**
 * The committee's ranked list of a round (评审委员会排序名单), one cohort after the other, each starting on a new A4
 * landscape page: rank, name, employee number, the three dimension scores, total, flags, the proposed and the final
 * grade, with the header row repeated on every page and "page x of y" in the footer, then lines for the committee's
 * signatures under each cohort. An empty cohort is printed with a note rather than left out, so the committee sees
 * that it was considered.
 *
 * @param roundName    the round as printed
 * @param snapshotText which scoring run the list comes from, as printed (e.g. "snapshot 12 of 2026-03-01 09:00")
 * @param cohorts      the cohorts in print order
 * @param issued       the date printed as the export date
 */
public record RankedListReport(Letterhead letterhead, String roundName, String snapshotText, List<Cohort> cohorts,
                               Language language, LocalDate issued) implements ReportDocument {
    /** Signature lines printed for committee members under each cohort. */
    static final int MEMBER_LINES = 3;

    public RankedListReport {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(roundName, "roundName");
        snapshotText = snapshotText == null ? "" : snapshotText;
        cohorts = List.copyOf(cohorts);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issued, "issued");
    }

    /** One cohort (评价组) of the list; {@code category} may be null when the cohort mixes categories. */
    public record Cohort(String name, ResearchCategory category, List<Row> rows) {
        public Cohort {
            Objects.requireNonNull(name, "name");
            rows = List.copyOf(rows);
        }
    }

    /**
     * One person on the list. Scores are null when the person has no rank; {@code proposed} is null when no grade is
     * proposed, {@code decided} null while the committee has not decided.
     */
    public record Row(Integer rank, String name, String employeeNo, Double innovation, Double quality,
                      Double contribution, Double total, List<ListFlag> flags, AppraisalGrade proposed,
                      AppraisalGrade decided) {
        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(employeeNo, "employeeNo");
            flags = List.copyOf(flags);
        }
    }

    @Override
    public String suggestedFileName() {
        return FileNames.safe("ranked-list-" + roundName);
    }

    @Override
    public String toXhtml() {
        Messages m = Messages.of(language);
        String title = m.get("reports.ranked.title");
        Xhtml body = new Xhtml();
        Templates.Outline outline = new Templates.Outline();
        Templates.title(body, title, Templates.joinNonBlank(roundName, snapshotText));
        if (cohorts.isEmpty()) {
            Templates.note(body, m.get("reports.ranked.noCohorts"));
        }
        List<String> headers = List.of(m.get("reports.column.rank"), m.get("reports.column.name"),
                m.get("reports.column.employeeNo"), m.get("report.dimension.innovation"),
                m.get("report.dimension.quality"), m.get("report.dimension.contribution"),
                m.get("reports.column.total"), m.get("reports.column.flags"), m.get("reports.column.proposed"),
                m.get("reports.column.decided"));
        int[] widths = {5, 15, 9, 9, 8, 10, 7, 15, 11, 11};
        boolean first = true;
        for (Cohort c : cohorts) {
            String heading = c.category() == null || c.name().equals(ReportText.category(m, c.category()))
                    ? m.get("reports.ranked.cohort", c.name())
                    : m.get("reports.ranked.cohortWithCategory", c.name(), ReportText.category(m, c.category()));
            outline.section(body, heading, first ? null : "tb-new-page");
            first = false;
            long ranked = c.rows().stream().filter(r -> r.rank() != null).count();
            if (c.rows().isEmpty()) {
                Templates.note(body, m.get("reports.ranked.emptyCohort"));
            } else {
                Templates.note(body, m.get("reports.ranked.count", c.rows().size(), ranked));
                List<List<String>> rows = new ArrayList<>();
                for (Row r : c.rows()) {
                    rows.add(List.of(r.rank() == null ? "—" : String.valueOf(r.rank()), r.name(), r.employeeNo(),
                            score(r.innovation()), score(r.quality()), score(r.contribution()), score(r.total()),
                            flags(m, r.flags()), grade(m, r.proposed()),
                            r.decided() == null ? m.get("reports.grade.undecided") : grade(m, r.decided())));
                }
                Templates.table(body, headers, widths, rows, Set.of(0, 3, 4, 5, 6));
            }
            body.open("div", "class", "tb-confirm");
            Templates.note(body, m.get("reports.ranked.confirm"));
            List<String> signers = new ArrayList<>();
            signers.add(m.get("reports.signature.chair"));
            for (int i = 0; i < MEMBER_LINES; i++) {
                signers.add(m.get("reports.signature.member"));
            }
            Templates.signatures(body, signers, m.get("report.signature.date"));
            body.close("div");
        }
        Templates.DocumentInfo info = new Templates.DocumentInfo(title + " — " + roundName,
                m.get("reports.ranked.subject"), roundName, language, PageLayout.A4_LANDSCAPE, issued);
        return Templates.document(info, letterhead, outline.bookmarks(), body, ReportCss.EXTRA);
    }

    static String score(Double v) {
        return v == null || v.isNaN() ? "—" : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    static String grade(Messages m, AppraisalGrade g) {
        return g == null ? "—" : m.get("appraisal.grade." + g.name());
    }

    static String flags(Messages m, List<ListFlag> flags) {
        if (flags.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        flags.forEach(f -> names.add(m.get("listFlag." + f.name())));
        return String.join("\n", names);
    }
}
