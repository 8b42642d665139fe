package org.talentbench.exchange.keytech;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.tech.HeatMap;
import org.talentbench.core.tech.LandmarkOutput;
import org.talentbench.core.tech.PersonEntry;
import org.talentbench.core.tech.TalentMap;
import org.talentbench.core.tech.TechnologyEntry;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.i18n.TechTexts;

/**
 * Writes the talent map as an .xlsx workbook for further analysis: an overview row per technology, every person
 * per technology (with standing), the recent landmark outputs, the departments × technologies heat map (people,
 * with the cell shaded by count) and a notes sheet saying what the map rests on. Numbers are written as numbers.
 * Stateless and thread-safe.
 */
public final class TalentMapWorkbook {
    private static final String HEADER_FILL = "DCE6F1";
    private static final String GAP_FILL = "FCE4D6";

    public void write(TalentMap map, OutputStream out, Language language) throws IOException {
        Messages m = Messages.of(language);
        TechTexts t = new TechTexts(m);
        Workbook wb = new Workbook(out, "TalentBench", "1.0");
        overview(wb, map, m, t);
        people(wb, map, m, t);
        landmarks(wb, map, m, t);
        heat(wb, map, m, t, language);
        notes(wb, map, m, t);
        wb.finish();
    }

    private static void header(Worksheet ws, List<String> headers, double... widths) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().fillColor(HEADER_FILL).wrapText(true).set();
            ws.width(c, c < widths.length ? widths[c] : 14);
        }
        ws.freezePane(0, 1);
    }

    private static void overview(Workbook wb, TalentMap map, Messages m, TechTexts t) {
        Worksheet ws = wb.newWorksheet(m.get("keytech.sheet.overview"));
        header(ws, List.of(m.get("keytech.column.group"), m.get("keytech.column.code"),
                m.get("keytech.column.technology"), m.get("keytech.column.people"), m.get("keytech.column.leaders"),
                m.get("keytech.column.young"), m.get("keytech.column.recentOutputs", map.options().recentYears()),
                m.get("keytech.column.confirmed"), m.get("keytech.column.landmarks"),
                m.get("keytech.column.topContributor"), m.get("keytech.column.topShare"),
                m.get("keytech.column.gaps")), 16, 26, 22, 8, 8, 8, 12, 10, 10, 12, 10, 40);
        int r = 1;
        for (TechnologyEntry e : map.entries()) {
            ws.value(r, 0, map.groups().stream().filter(g -> g.code().equals(e.technology().groupCode()))
                    .findFirst().map(t::name).orElse(e.technology().groupCode()));
            ws.value(r, 1, e.code());
            ws.value(r, 2, t.name(e.technology()));
            ws.value(r, 3, e.people().size());
            ws.value(r, 4, e.leaders());
            ws.value(r, 5, e.young());
            ws.value(r, 6, e.recentOutputs());
            ws.value(r, 7, e.recentConfirmed());
            ws.value(r, 8, e.landmarkCount());
            ws.value(r, 9, e.topContributor());
            ws.value(r, 10, Math.round(e.topShare() * 1000) / 1000.0);
            ws.style(r, 10).format("0%").set();
            ws.value(r, 11, e.gaps().isEmpty() ? "" : t.gaps(e.gaps()));
            if (!e.gaps().isEmpty()) {
                ws.style(r, 11).fillColor(GAP_FILL).set();
            }
            r++;
        }
    }

    private static void people(Workbook wb, TalentMap map, Messages m, TechTexts t) {
        Worksheet ws = wb.newWorksheet(m.get("keytech.sheet.people"));
        header(ws, List.of(m.get("keytech.column.code"), m.get("keytech.column.technology"),
                m.get("researcher.employeeNo"), m.get("researcher.nameZh"), m.get("researcher.department"),
                m.get("researcher.title"), m.get("researcher.category"), m.get("keytech.column.young"),
                m.get("keytech.column.leader"), m.get("keytech.column.standing"), m.get("keytech.column.percentile"),
                m.get("keytech.column.recentOutputs", map.options().recentYears()), m.get("keytech.column.credit")),
                24, 22, 12, 10, 24, 12, 22, 8, 8, 12, 10, 12, 10);
        int r = 1;
        for (TechnologyEntry e : map.entries()) {
            for (PersonEntry p : e.people()) {
                ws.value(r, 0, e.code());
                ws.value(r, 1, t.name(e.technology()));
                ws.value(r, 2, p.employeeNo());
                ws.value(r, 3, p.nameZh());
                ws.value(r, 4, departmentName(map, p.departmentCode(), m.language()));
                ws.value(r, 5, p.title());
                ws.value(r, 6, t.category(p.category()));
                ws.value(r, 7, t.yesNo(p.young()));
                ws.value(r, 8, t.yesNo(p.leader()));
                ws.value(r, 9, t.standing(p.standing()));
                if (p.standing() != null && p.standing().ranked()) {
                    ws.value(r, 10, Math.round(p.standing().percentile() * 10) / 10.0);
                }
                ws.value(r, 11, p.recentOutputs());
                ws.value(r, 12, Math.round(p.recentCredit() * 100) / 100.0);
                r++;
            }
        }
    }

    private static void landmarks(Workbook wb, TalentMap map, Messages m, TechTexts t) {
        Worksheet ws = wb.newWorksheet(m.get("keytech.sheet.landmarks"));
        header(ws, List.of(m.get("keytech.column.code"), m.get("keytech.column.technology"),
                m.get("report.column.title"), m.get("keytech.column.kind"), m.get("report.column.date"),
                m.get("report.column.venue"), m.get("report.column.identifiers"), m.get("keytech.column.confirmed"),
                m.get("keytech.representative"), m.get("keytech.column.contributors")),
                24, 22, 50, 12, 12, 30, 22, 10, 10, 30);
        int r = 1;
        for (TechnologyEntry e : map.entries()) {
            for (LandmarkOutput l : e.landmarks()) {
                ws.value(r, 0, e.code());
                ws.value(r, 1, t.name(e.technology()));
                ws.value(r, 2, l.title());
                ws.value(r, 3, t.kind(l.kind()));
                ws.value(r, 4, l.date());
                ws.style(r, 4).format("yyyy-mm-dd").set();
                ws.value(r, 5, l.venue());
                ws.value(r, 6, l.externalId());
                ws.value(r, 7, t.yesNo(l.confirmed()));
                ws.value(r, 8, t.yesNo(l.representative()));
                ws.value(r, 9, String.join(t.separator(), l.contributors()));
                r++;
            }
        }
    }

    private static void heat(Workbook wb, TalentMap map, Messages m, TechTexts t, Language language) {
        Worksheet ws = wb.newWorksheet(m.get("keytech.sheet.heat"));
        HeatMap heat = map.heatMap();
        ws.value(0, 0, m.get("keytech.column.technology"));
        ws.style(0, 0).bold().fillColor(HEADER_FILL).set();
        ws.width(0, 26);
        for (int d = 0; d < heat.departmentCodes().size(); d++) {
            ws.value(0, d + 1, departmentName(map, heat.departmentCodes().get(d), language));
            ws.style(0, d + 1).bold().fillColor(HEADER_FILL).wrapText(true).set();
            ws.width(d + 1, 14);
        }
        int max = Math.max(1, heat.maxPeople());
        for (int i = 0; i < heat.technologyCodes().size(); i++) {
            ws.value(i + 1, 0, t.name(map.entries().get(i).technology()));
            for (int d = 0; d < heat.departmentCodes().size(); d++) {
                HeatMap.Cell c = heat.cell(i, d);
                ws.value(i + 1, d + 1, c.people());
                if (c.people() > 0) {
                    ws.style(i + 1, d + 1).fillColor(shade(c.people(), max)).set();
                }
            }
        }
        int note = heat.technologyCodes().size() + 2;
        ws.value(note, 0, m.get("keytech.heat.sheetNote"));
        ws.freezePane(1, 1);
    }

    private static void notes(Workbook wb, TalentMap map, Messages m, TechTexts t) {
        Worksheet ws = wb.newWorksheet(m.get("keytech.sheet.notes"));
        ws.width(0, 30);
        ws.width(1, 90);
        String[][] rows = {
            {m.get("keytech.notes.asOf"), map.asOf().toString()},
            {m.get("keytech.notes.version"), String.valueOf(map.listVersion())},
            {m.get("keytech.notes.standing"), t.standingSource(map.standings())},
            {m.get("keytech.notes.method"), m.get("keytech.map.method", map.options().recentYears(),
                    String.join(t.separator(), map.options().leaderTitles().stream().sorted().toList()),
                    TechTexts.percent(map.options().concentrationShare()))},
            {m.get("keytech.notes.suggested"), t.yesNo(map.options().includeSuggested())},
        };
        for (int r = 0; r < rows.length; r++) {
            ws.value(r, 0, rows[r][0]);
            ws.style(r, 0).bold().set();
            ws.value(r, 1, rows[r][1]);
            ws.style(r, 1).wrapText(true).set();
        }
    }

    static String departmentName(TalentMap map, String code, Language language) {
        for (Department d : map.departments()) {
            if (d.code().equals(code)) {
                return language == Language.EN && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh();
            }
        }
        return code;
    }

    /** Light to mid blue by count; the fullest cell stays readable with dark text. */
    static String shade(int people, int max) {
        double f = Math.min(1.0, people / (double) max);
        int r = (int) Math.round(0xea + (0x6f - 0xea) * f);
        int g = (int) Math.round(0xf1 + (0x9f - 0xf1) * f);
        int b = (int) Math.round(0xfb + (0xd8 - 0xfb) * f);
        return String.format(Locale.ROOT, "%02X%02X%02X", r, g, b);
    }
}
