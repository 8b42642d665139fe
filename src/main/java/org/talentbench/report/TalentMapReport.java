package org.talentbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.talentbench.core.FileNames;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.tech.HeatMap;
import org.talentbench.core.tech.PersonEntry;
import org.talentbench.core.tech.TalentMap;
import org.talentbench.core.tech.TechnologyEntry;
import org.talentbench.core.tech.TechnologyGroup;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.i18n.TechTexts;

/**
 * The talent map of the key core technologies (关键核心技术人才地图) on A4 landscape: what it rests on (date, list
 * version, standing source, thresholds), a table per technology group — people, leading researchers, young talent,
 * recent outputs (of which confirmed), landmarks, key people, concentration and gap flags — and the departments ×
 * technologies heat map with the number of people (young talent in brackets) in each cell.
 *
 * @param issued the date printed as the export date
 */
public record TalentMapReport(Letterhead letterhead, TalentMap map, Language language, LocalDate issued)
        implements ReportDocument {
    /** Key people named per technology. */
    static final int KEY_PEOPLE = 3;

    public TalentMapReport {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issued, "issued");
    }

    @Override
    public String suggestedFileName() {
        return FileNames.safe("talent-map-" + map.asOf());
    }

    @Override
    public String toXhtml() {
        Messages m = Messages.of(language);
        TechTexts t = new TechTexts(m);
        String title = m.get("keytech.map.title");
        Xhtml body = new Xhtml();
        Templates.Outline outline = new Templates.Outline();
        Templates.title(body, title, m.get("keytech.map.subtitle", map.asOf().toString(), map.listVersion(),
                t.standingSource(map.standings())));
        Templates.note(body, m.get("keytech.map.summary", map.entries().size(), map.flagged()));
        Templates.note(body, m.get("keytech.map.method", map.options().recentYears(),
                String.join(t.separator(), map.options().leaderTitles().stream().sorted().toList()),
                TechTexts.percent(map.options().concentrationShare())));
        if (map.options().includeSuggested()) {
            Templates.note(body, m.get("keytech.map.suggestedNote"));
        }

        outline.section(body, m.get("keytech.map.section.overview"));
        List<String> headers = List.of(m.get("keytech.column.technology"), m.get("keytech.column.people"),
                m.get("keytech.column.leaders"), m.get("keytech.column.young"),
                m.get("keytech.column.recentOutputs", map.options().recentYears()), m.get("keytech.column.landmarks"),
                m.get("keytech.column.keyPeople"), m.get("keytech.column.concentration"),
                m.get("keytech.column.gaps"));
        int[] widths = {16, 5, 5, 5, 11, 7, 23, 10, 18};
        for (TechnologyGroup g : map.groups()) {
            List<List<String>> rows = new ArrayList<>();
            for (TechnologyEntry e : map.entries()) {
                if (!e.technology().groupCode().equals(g.code())) {
                    continue;
                }
                rows.add(List.of(t.name(e.technology()) + "\n" + e.code(), String.valueOf(e.people().size()),
                        String.valueOf(e.leaders()), String.valueOf(e.young()),
                        m.get("keytech.outputs.confirmed", e.recentOutputs(), e.recentConfirmed()),
                        String.valueOf(e.landmarkCount()), keyPeople(e, m),
                        e.topContributor().isEmpty() ? "—"
                                : e.topContributor() + " " + TechTexts.percent(e.topShare()),
                        t.gaps(e.gaps())));
            }
            body.element("h3", t.name(g));
            Templates.table(body, headers, widths, rows, Set.of(1, 2, 3, 5));
        }

        outline.section(body, m.get("keytech.map.section.heat"));
        Templates.note(body, m.get("keytech.heat.legend"));
        heatTable(body, t);
        Templates.DocumentInfo info = new Templates.DocumentInfo(title + " " + map.asOf(),
                m.get("keytech.map.subject"), m.get("keytech.map.keywords"), language, PageLayout.A4_LANDSCAPE, issued);
        return Templates.document(info, letterhead, outline.bookmarks(), body);
    }

    /** Up to three names: leading researchers first, then by recent credit; young talent marked. */
    private static String keyPeople(TechnologyEntry e, Messages m) {
        if (e.people().isEmpty()) {
            return "—";
        }
        List<PersonEntry> sorted = new ArrayList<>(e.people());
        sorted.sort(Comparator.comparing((PersonEntry p) -> !p.leader())
                .thenComparing(Comparator.comparingDouble(PersonEntry::recentCredit).reversed())
                .thenComparing(PersonEntry::employeeNo));
        List<String> names = new ArrayList<>();
        for (PersonEntry p : sorted.subList(0, Math.min(KEY_PEOPLE, sorted.size()))) {
            names.add(p.nameZh() + (p.young() ? m.get("keytech.youngMark") : ""));
        }
        String more = sorted.size() > KEY_PEOPLE ? m.get("keytech.andMore", sorted.size() - KEY_PEOPLE) : "";
        return String.join(m.language() == Language.ZH ? "、" : ", ", names) + more;
    }

    private void heatTable(Xhtml body, TechTexts t) {
        HeatMap heat = map.heatMap();
        int max = Math.max(1, heat.maxPeople());
        int n = heat.departmentCodes().size();
        int first = 22;
        int rest = n == 0 ? 0 : (100 - first) / n;
        body.open("table", "class", "tb-table");
        body.open("thead");
        body.open("tr");
        body.element("th", t.messages().get("keytech.column.technology"), "style", "width: " + first + "%");
        for (String code : heat.departmentCodes()) {
            body.element("th", departmentName(code), "style", "width: " + rest + "%", "class", "tb-num");
        }
        body.close("tr");
        body.close("thead");
        body.open("tbody");
        for (int i = 0; i < heat.technologyCodes().size(); i++) {
            TechnologyEntry e = map.entries().get(i);
            body.open("tr");
            body.element("td", t.name(e.technology()));
            for (int d = 0; d < n; d++) {
                HeatMap.Cell c = heat.cell(i, d);
                String text = c.people() == 0 ? "" : c.young() > 0 ? c.people() + " (" + c.young() + ")"
                        : String.valueOf(c.people());
                body.element("td", text, "class", "tb-num", "style", cellStyle(c.people(), max));
            }
            body.close("tr");
        }
        body.close("tbody");
        body.close("table");
    }

    private String departmentName(String code) {
        for (Department d : map.departments()) {
            if (d.code().equals(code)) {
                return language == Language.EN && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh();
            }
        }
        return code;
    }

    /** Background from white (nobody) through light to dark blue (the fullest cell); white text on dark cells. */
    static String cellStyle(int people, int max) {
        if (people <= 0) {
            return "background-color: #ffffff";
        }
        double f = Math.min(1.0, people / (double) max);
        int[] light = {0xea, 0xf1, 0xfb};
        int[] dark = {0x1f, 0x4e, 0x79};
        int r = (int) Math.round(light[0] + (dark[0] - light[0]) * f);
        int g = (int) Math.round(light[1] + (dark[1] - light[1]) * f);
        int b = (int) Math.round(light[2] + (dark[2] - light[2]) * f);
        String colour = String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
        return "background-color: " + colour + (f > 0.55 ? "; color: #ffffff" : "");
    }
}
