package org.talentbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.talentbench.core.FileNames;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.tech.Candidate;
import org.talentbench.core.tech.CandidateFilter;
import org.talentbench.core.tech.EvidenceOutput;
import org.talentbench.core.tech.FinderOptions;
import org.talentbench.core.tech.Shortlist;
import org.talentbench.core.tech.TagSuggestion;
import org.talentbench.core.tech.Technology;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.i18n.TechTexts;

/**
 * The shortlist of an open call (揭榜挂帅候选人短名单) for the decision meeting, on A4 landscape: the challenge as
 * described, the technologies and key phrases the ranking used, the filters and the standing source, how the score
 * is made, the ranked table with conflicts, the evidence behind each candidate (the outputs that brought the most
 * points, with the declared share), and lines for the meeting's signatures. The document proposes; the meeting
 * decides.
 *
 * @param technologies the list's technologies (for names), any order
 * @param departments  the departments (for names)
 * @param issued       the date printed as the export date
 */
public record ShortlistReport(Letterhead letterhead, Shortlist shortlist, List<Technology> technologies,
                              List<Department> departments, Language language, LocalDate issued)
        implements ReportDocument {
    /** Evidence outputs printed per candidate. */
    static final int EVIDENCE_PRINTED = 5;

    public ShortlistReport {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(shortlist, "shortlist");
        technologies = List.copyOf(technologies);
        departments = List.copyOf(departments);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issued, "issued");
    }

    @Override
    public String suggestedFileName() {
        String name = shortlist.challenge().title().isBlank() ? "shortlist" : "shortlist-" + shortlist.challenge()
                .title();
        return FileNames.safe(name);
    }

    @Override
    public String toXhtml() {
        Messages m = Messages.of(language);
        TechTexts t = new TechTexts(m);
        Map<String, String> techNames = new HashMap<>();
        technologies.forEach(x -> techNames.put(x.code(), t.name(x)));
        String title = m.get("keytech.shortlist.title");
        Xhtml body = new Xhtml();
        Templates.Outline outline = new Templates.Outline();
        Templates.title(body, title, Templates.joinNonBlank(shortlist.challenge().title(),
                m.get("keytech.shortlist.asOf", shortlist.asOf().toString())));

        outline.section(body, m.get("keytech.shortlist.section.challenge"));
        List<String> fromText = new ArrayList<>();
        for (TagSuggestion s : shortlist.fromText()) {
            fromText.add(techNames.getOrDefault(s.code(), s.code()) + "（" + String.join(t.separator(), s.terms())
                    + "）");
        }
        List<String> given = shortlist.challenge().technologies().stream()
                .map(c -> techNames.getOrDefault(c, c)).toList();
        Templates.fields(body, List.of(
                new String[] {m.get("keytech.challenge.title"), shortlist.challenge().title()},
                new String[] {m.get("keytech.challenge.issuer"), shortlist.challenge().issuer()},
                new String[] {m.get("keytech.challenge.technologies"), String.join(t.separator(), given)},
                new String[] {m.get("keytech.challenge.fromText"), String.join("\n", fromText)},
                new String[] {m.get("keytech.challenge.phrases"), String.join(t.separator(), shortlist.phrases())},
                new String[] {m.get("keytech.challenge.filter"), filter(m, t, shortlist.filter())},
                new String[] {m.get("keytech.challenge.reviewers"),
                        String.join(t.separator(), shortlist.challenge().reviewers())},
                new String[] {m.get("keytech.challenge.standing"), t.standingSource(shortlist.standings())}), 2);
        if (!shortlist.challenge().text().isBlank()) {
            body.element("h3", m.get("keytech.challenge.text"));
            body.open("p");
            Templates.multiline(body, shortlist.challenge().text());
            body.close("p");
        }

        outline.section(body, m.get("keytech.shortlist.section.method"));
        FinderOptions o = shortlist.options();
        Templates.note(body, m.get("keytech.shortlist.method", o.windowYears(), TechTexts.number(o.evidenceWeight()),
                TechTexts.number(o.tagWeight()), TechTexts.number(o.standingWeight()), o.conflictYears()));

        outline.section(body, m.get("keytech.shortlist.section.candidates"));
        Templates.note(body, m.get("keytech.shortlist.count", shortlist.candidates().size(), shortlist.considered()));
        List<String> headers = List.of(m.get("keytech.column.rank"), m.get("keytech.column.person"),
                m.get("keytech.column.department"), m.get("keytech.column.titleCategory"),
                m.get("keytech.column.young"), m.get("keytech.column.score"), m.get("keytech.column.parts"),
                m.get("keytech.column.profileTechnologies"), m.get("keytech.column.standing"),
                m.get("keytech.column.conflicts"));
        int[] widths = {5, 11, 11, 13, 5, 6, 11, 12, 8, 18};
        List<List<String>> rows = new ArrayList<>();
        for (Candidate c : shortlist.candidates()) {
            rows.add(List.of(String.valueOf(c.rank()), c.nameZh() + "\n" + c.employeeNo(),
                    departmentName(c.departmentCode()), c.title() + "\n" + t.category(c.category()),
                    c.young() ? m.get("keytech.yes") : "", TechTexts.number(round1(c.score())),
                    m.get("keytech.parts", TechTexts.number(round1(c.evidencePoints())),
                            TechTexts.number(round1(c.tagPoints())), TechTexts.number(round1(c.standingPoints()))),
                    c.matchedTechnologies().isEmpty() ? "—" : String.join(t.separator(),
                            c.matchedTechnologies().stream().map(x -> techNames.getOrDefault(x, x)).toList()),
                    t.standing(c.standing()), t.conflicts(c.conflicts())));
        }
        if (rows.isEmpty()) {
            Templates.note(body, m.get("keytech.shortlist.none"));
        } else {
            Templates.table(body, headers, widths, rows, Set.of(0, 5));
        }

        outline.section(body, m.get("keytech.shortlist.section.evidence"));
        List<String> evHeaders = List.of(m.get("report.column.title"), m.get("keytech.column.kind"),
                m.get("report.column.date"), m.get("report.column.share"), m.get("keytech.column.basis"),
                m.get("keytech.column.points"));
        int[] evWidths = {40, 10, 10, 9, 22, 9};
        for (Candidate c : shortlist.candidates()) {
            body.element("h3", m.get("keytech.shortlist.evidenceHeading", c.rank(), c.nameZh(), c.employeeNo(),
                    TechTexts.number(round1(c.score())), c.evidenceCount()));
            if (c.evidence().isEmpty()) {
                Templates.note(body, m.get("keytech.shortlist.noEvidence"));
                continue;
            }
            List<List<String>> ev = new ArrayList<>();
            for (EvidenceOutput e : c.evidence().subList(0, Math.min(EVIDENCE_PRINTED, c.evidence().size()))) {
                String titleCell = e.title() + (e.venue().isBlank() ? "" : "\n" + e.venue())
                        + (e.representative() ? "\n" + m.get("keytech.representative") : "");
                ev.add(List.of(titleCell, t.kind(e.kind()), e.date().toString(),
                        ReportText.percent(e.sharePercent()), t.basis(e, c2 -> techNames.getOrDefault(c2, c2)), String.format(java.util.Locale.ROOT, "%.2f", e.points())));
            }
            Templates.table(body, evHeaders, evWidths, ev, Set.of(3, 5));
        }

        outline.section(body, m.get("keytech.shortlist.section.meeting"));
        body.open("div", "class", "tb-confirm");
        Templates.note(body, m.get("keytech.shortlist.meetingNote"));
        Templates.signatures(body, List.of(m.get("keytech.signature.chair"), m.get("keytech.signature.secretary")),
                m.get("report.signature.date"));
        body.close("div");

        Templates.DocumentInfo info = new Templates.DocumentInfo(title + " — " + shortlist.challenge().title(),
                m.get("keytech.shortlist.subject"), String.join(", ", shortlist.technologies()), language,
                PageLayout.A4_LANDSCAPE, issued);
        return Templates.document(info, letterhead, outline.bookmarks(), body);
    }

    private static String filter(Messages m, TechTexts t, CandidateFilter f) {
        List<String> parts = new ArrayList<>();
        if (!f.categories().isEmpty()) {
            parts.add(String.join(t.separator(), f.categories().stream().sorted().map(t::category).toList()));
        }
        if (f.youngOnly()) {
            parts.add(m.get("keytech.filter.youngOnly"));
        }
        if (!f.departmentCode().isEmpty()) {
            parts.add(m.get("keytech.filter.department", f.departmentCode()));
        }
        if (f.excludeConflicted()) {
            parts.add(m.get("keytech.filter.excludeConflicted"));
        }
        return parts.isEmpty() ? m.get("keytech.filter.none") : String.join("\n", parts);
    }

    private String departmentName(String code) {
        for (Department d : departments) {
            if (d.code().equals(code)) {
                return language == Language.EN && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh();
            }
        }
        return code;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
