package org.talentbench.exchange.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Writes outputs in the {@link Templates#OUTPUTS} layout so that {@link OutputSheetReader} reads back the same
 * outputs. An attribute whose value its typed column could not hold unchanged (an unknown patent type, a
 * non-canonical amount) goes to the "other attributes" column instead. Stateless and thread-safe.
 */
public final class OutputSheetWriter {

    public void write(List<SheetOutput> outputs, OutputStream out, boolean chinese) throws IOException {
        Workbook wb = new Workbook(out, SheetWriting.APP, SheetWriting.APP_VERSION);
        ResearcherSheetWriter.rows(wb, Templates.OUTPUTS, outputs, chinese, OutputSheetWriter::values);
        SheetWriting.notes(wb, List.of(Templates.OUTPUTS), chinese);
        wb.finish();
    }

    /** Writes stored outputs, naming contributors by {@code employeeNo}. */
    public void write(List<Output> outputs, Function<ResearcherId, String> employeeNo, OutputStream out,
                      boolean chinese) throws IOException {
        write(rows(outputs, employeeNo), out, chinese);
    }

    /** Stored outputs as sheet rows, contributors named by employee number. */
    static List<SheetOutput> rows(List<Output> outputs, Function<ResearcherId, String> employeeNo) {
        List<SheetOutput> rows = new ArrayList<>();
        for (Output o : outputs) {
            List<ContributorRef> refs = new ArrayList<>();
            for (Contribution c : o.contributors()) {
                refs.add(new ContributorRef(employeeNo.apply(c.researcherId()), c.authorPosition(), c.corresponding(),
                        c.sharePercent()));
            }
            rows.add(new SheetOutput(o.withContributors(List.of()), refs));
        }
        return rows;
    }

    static Object[] values(SheetOutput so) {
        Output o = so.output();
        List<ContributorRef> cs = so.contributors();
        boolean positions = cs.stream().anyMatch(c -> c.authorPosition() > 0);
        Map<String, Object> typed = new LinkedHashMap<>();
        Map<String, String> others = new TreeMap<>();
        o.attributes().forEach((key, value) -> {
            Object cell = Templates.ATTRIBUTE_KEYS.contains(key) ? typedValue(key, value) : null;
            if (cell == null) {
                others.put(key, value);
            } else {
                typed.put(key, cell);
            }
        });
        List<Object> v = new ArrayList<>(List.of(o.kind().name(), o.title(), o.date(), o.venue(), o.doi(),
                o.externalId(), o.domesticJournal()));
        v.add(o.citations());
        v.add(o.citationSource());
        v.add(o.citationAsOf());
        v.add(o.fieldNormalisedImpact());
        v.add(cs.stream().map(ContributorRef::employeeNo).toList());
        v.add(cs.stream().map(c -> CellValues.plain(c.sharePercent())).toList());
        v.add(positions ? cs.stream().map(c -> Integer.toString(c.authorPosition())).toList() : List.of());
        v.add(cs.stream().filter(ContributorRef::corresponding).map(ContributorRef::employeeNo).toList());
        for (String key : Templates.ATTRIBUTE_KEYS) {
            v.add(typed.get(key));
        }
        v.add(others);
        return v.toArray();
    }

    /** The cell value that reads back as exactly {@code value}, or null when the typed column cannot hold it. */
    private static Object typedValue(String key, String value) {
        ColumnDef def = Templates.OUTPUTS.column(key).orElseThrow();
        switch (def.type()) {
            case CHOICE:
                return def.labels().codes().contains(value) ? value : null;
            case BOOLEAN:
                return value.equals("true") ? Boolean.TRUE : value.equals("false") ? Boolean.FALSE : null;
            case DECIMAL:
                return CellValues.parseNumber(value).filter(n -> n.signum() >= 0 && CellValues.plain(n).equals(value))
                        .map(n -> (Object) n).orElse(null);
            case INTEGER:
                return value.matches("0|[1-9]\\d{0,8}") ? (Object) new BigDecimal(value) : null;
            case DATE:
                try {
                    LocalDate d = LocalDate.parse(value);
                    return d.toString().equals(value) ? d : null;
                } catch (DateTimeParseException e) {
                    return null;
                }
            default:
                return value.equals(value.strip()) && !value.contains("\n") && value.length() <= 4000 ? value : null;
        }
    }
}
