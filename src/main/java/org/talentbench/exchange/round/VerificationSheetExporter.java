package org.talentbench.exchange.round;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.talentbench.core.cycle.DateWindow;
import org.talentbench.core.cycle.Reason;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.round.VerificationData;
import org.talentbench.i18n.Messages;

/**
 * Writes one participant's data-verification sheet (Leiden Manifesto principle 5): the profile facts the cycle rules
 * read, the cycle decision in words, and every output in the evaluation window with the researcher's share — exactly
 * the data the scoring will read — plus the committee and expert inputs recorded so far, and a place to sign.
 * Stateless.
 */
public final class VerificationSheetExporter {
    private VerificationSheetExporter() {
    }

    public static void write(Path file, Messages m, VerificationData data) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "TalentBench", "1.0");
            Worksheet ws = wb.newWorksheet(RankingExporter.safeSheetName(m.get("verify.sheet.title")));
            Researcher r = data.researcher();
            int row = 0;
            ws.value(row, 0, m.get("verify.sheet.heading", data.round().name()));
            ws.style(row, 0).bold().fontSize(14).set();
            row += 2;
            row = pair(ws, row, m.get("researcher.employeeNo"), r.employeeNo());
            row = pair(ws, row, m.get("researcher.nameZh"), r.nameZh());
            row = pair(ws, row, m.get("researcher.department"), r.departmentCode());
            row = pair(ws, row, m.get("researcher.category"), m.get("category." + r.category().name()));
            row = pair(ws, row, m.get("researcher.birthDate"), r.birthDate() == null ? "" : r.birthDate().toString());
            row = pair(ws, row, m.get("verify.sheet.hireDate"), r.hireDate() == null ? "" : r.hireDate().toString());
            row = pair(ws, row, m.get("ranking.col.participation"),
                    m.get("participation." + data.participant().participation().name()));
            DateWindow w = data.participant().decision().window();
            row = pair(ws, row, m.get("verify.sheet.window"), w == null ? "" : w.start() + " – " + w.end());
            for (Reason reason : data.participant().decision().reasons()) {
                ws.value(row++, 1, m.get(reason.code(), new ArrayList<Object>(reason.args())));
            }
            row++;
            List<String> header = List.of(m.get("verify.sheet.outputDate"), m.get("verify.sheet.outputKind"),
                    m.get("verify.sheet.outputTitle"), m.get("verify.sheet.outputVenue"),
                    m.get("verify.sheet.share"), m.get("verify.sheet.outputId"));
            for (int c = 0; c < header.size(); c++) {
                ws.value(row, c, header.get(c));
                ws.style(row, c).bold().fillColor("DCE6F1").set();
            }
            row++;
            for (Output o : data.outputs()) {
                ws.value(row, 0, o.date().toString());
                ws.value(row, 1, o.kind().name());
                ws.value(row, 2, o.title());
                ws.value(row, 3, o.venue());
                for (Contribution c : o.contributors()) {
                    if (c.researcherId().equals(r.id())) {
                        ws.value(row, 4, c.sharePercent());
                    }
                }
                ws.value(row, 5, o.id().value());
                row++;
            }
            if (data.outputs().isEmpty()) {
                ws.value(row++, 0, m.get("verify.sheet.noOutputs"));
            }
            row++;
            if (!data.inputs().isEmpty()) {
                ws.value(row++, 0, m.get("verify.sheet.inputs"));
                for (Map.Entry<String, Double> e : data.inputs().entrySet()) {
                    ws.value(row, 0, e.getKey());
                    ws.value(row++, 1, e.getValue());
                }
                row++;
            }
            ws.value(row++, 0, m.get("verify.sheet.confirm"));
            ws.value(row + 1, 0, m.get("verify.sheet.signature"));
            ws.width(0, 14);
            ws.width(1, 22);
            ws.width(2, 60);
            ws.width(3, 30);
            wb.finish();
        }
    }

    private static int pair(Worksheet ws, int row, String label, String value) {
        ws.value(row, 0, label);
        ws.style(row, 0).bold().set();
        ws.value(row, 1, value);
        return row + 1;
    }
}
