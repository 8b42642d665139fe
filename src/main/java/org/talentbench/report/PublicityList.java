package org.talentbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentbench.core.FileNames;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

/**
 * The publicity list of a round's results (评价结果公示名单), A4 portrait, to be posted: the period of publicity (first
 * and last day, working days) or, while none is set, a visible blank to fill in; the result list by cohort (name,
 * employee number, department, grade — no scores, which stay with the committee); and how to object, with the contact
 * text the institute configured. Immutable.
 *
 * @param start       first day of publicity, null while not published
 * @param end         last day of publicity, null while not published
 * @param workingDays the period's working days (0 when unknown)
 * @param contact     how and to whom to object, as printed; blank for the bundle's default text
 */
public record PublicityList(Letterhead letterhead, String roundName, LocalDate start, LocalDate end, int workingDays,
                            List<Line> lines, String contact, Language language, LocalDate issued)
        implements ReportDocument {
    public PublicityList {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(roundName, "roundName");
        lines = List.copyOf(lines);
        contact = contact == null ? "" : contact;
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issued, "issued");
    }

    /** One person on the list; {@code grade} null while not decided. */
    public record Line(String cohort, String name, String employeeNo, String department, AppraisalGrade grade) {
        public Line {
            cohort = cohort == null ? "" : cohort;
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(employeeNo, "employeeNo");
            department = department == null ? "" : department;
        }
    }

    @Override
    public String suggestedFileName() {
        return FileNames.safe("publicity-" + roundName);
    }

    @Override
    public String toXhtml() {
        Messages m = Messages.of(language);
        String title = m.get("reports.publicity.title");
        Xhtml body = new Xhtml();
        Templates.Outline outline = new Templates.Outline();
        Templates.title(body, title, roundName);

        body.open("div", "class", "tb-period");
        if (start != null && end != null) {
            body.element("p", m.get("reports.publicity.period", start.toString(), end.toString(), workingDays));
        } else {
            body.element("p", m.get("reports.publicity.periodBlank"));
        }
        body.element("p", m.get("reports.publicity.intro"));
        body.close("div");

        outline.section(body, m.get("reports.publicity.section.list"));
        if (lines.isEmpty()) {
            Templates.note(body, m.get("reports.publicity.empty"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Line l : lines) {
                rows.add(List.of(String.valueOf(n++), l.cohort(), l.name(), l.employeeNo(), l.department(),
                        l.grade() == null ? m.get("reports.grade.undecided")
                                : m.get("appraisal.grade." + l.grade().name())));
            }
            Templates.table(body, List.of(m.get("report.column.number"), m.get("reports.column.cohort"),
                    m.get("reports.column.name"), m.get("reports.column.employeeNo"),
                    m.get("reports.column.department"), m.get("reports.column.grade")),
                    new int[] {7, 20, 16, 13, 26, 18}, rows, Set.of(0));
        }

        outline.section(body, m.get("reports.publicity.section.objection"));
        body.open("div", "class", "tb-confirm");
        body.open("p");
        Templates.multiline(body, contact.isBlank() ? m.get("reports.publicity.contactDefault") : contact);
        body.close("p");
        Templates.note(body, m.get("reports.publicity.issuedBy", letterhead.name(language), issued.toString()));
        body.close("div");

        Templates.DocumentInfo info = new Templates.DocumentInfo(title + " — " + roundName,
                m.get("reports.publicity.subject"), roundName, language, PageLayout.A4_PORTRAIT, issued);
        return Templates.document(info, letterhead, outline.bookmarks(), body, ReportCss.EXTRA);
    }
}
