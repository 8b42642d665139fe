package org.talentbench.exchange.bib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputKind;

/**
 * Writes outputs as RIS, the tagged format EndNote, Zotero and NoteExpress read: one {@code TAG  - value} line per
 * field, CRLF line ends, {@code ER  - } closing each record. RIS has no escaping, so values are made single-line
 * (a line break would start a bogus continuation). Patent and report numbers go to {@code SN}, as Zotero reads them.
 * Stateless and thread-safe.
 */
public final class RisExporter {
    private static final String EOL = "\r\n";

    public String export(List<Output> outputs) {
        StringBuilder sb = new StringBuilder();
        for (Output o : outputs) {
            record(sb, o);
        }
        return sb.toString();
    }

    public void export(List<Output> outputs, Writer out) {
        try {
            out.write(export(outputs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String type(OutputKind kind) {
        return switch (kind) {
            case JOURNAL_PAPER -> "JOUR";
            case CONFERENCE_PAPER -> "CONF";
            case MONOGRAPH -> "BOOK";
            case PATENT -> "PAT";
            case STANDARD -> "STAND";
            case DATASET -> "DATA";
            case SOFTWARE_COPYRIGHT -> "COMP";
            case POLICY_REPORT -> "RPRT";
            default -> "GEN";
        };
    }

    private static void record(StringBuilder sb, Output o) {
        line(sb, "TY", type(o.kind()));
        for (String a : Authors.of(o)) {
            line(sb, "AU", a);
        }
        line(sb, "TI", o.title());
        if (!o.venue().isEmpty()) {
            line(sb, switch (o.kind()) {
                case JOURNAL_PAPER, CONFERENCE_PAPER -> "T2";
                default -> "PB";
            }, o.venue());
        }
        line(sb, "PY", Integer.toString(o.date().getYear()));
        line(sb, "DA", String.format(Locale.ROOT, "%04d/%02d/%02d/", o.date().getYear(), o.date().getMonthValue(),
                o.date().getDayOfMonth()));
        if (!o.externalId().isEmpty()) {
            line(sb, "SN", o.externalId());
        }
        if (!o.doi().isEmpty()) {
            line(sb, "DO", o.doi());
        }
        for (String k : o.attribute(OutputAttribute.KEYWORDS).split("\\s*[;；]\\s*")) {
            if (!k.isBlank()) {
                line(sb, "KW", k);
            }
        }
        sb.append("ER  - ").append(EOL).append(EOL);
    }

    private static void line(StringBuilder sb, String tag, String value) {
        String v = Authors.oneLine(value);
        if (!v.isEmpty()) {
            sb.append(tag).append("  - ").append(v).append(EOL);
        }
    }
}
