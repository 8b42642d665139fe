package org.talentbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Messages;

/** Labels and formats shared by the documents, in the document's language. Stateless. */
final class ReportText {
    private ReportText() {
    }

    static String kind(Messages m, OutputKind kind) {
        return switch (kind) {
            case JOURNAL_PAPER -> m.get("report.kind.journalPaper");
            case CONFERENCE_PAPER -> m.get("report.kind.conferencePaper");
            case MONOGRAPH -> m.get("report.kind.monograph");
            case PATENT -> m.get("report.kind.patent");
            case STANDARD -> m.get("report.kind.standard");
            case SOFTWARE_COPYRIGHT -> m.get("report.kind.softwareCopyright");
            case TECH_TRANSFER -> m.get("report.kind.techTransfer");
            case PROJECT -> m.get("report.kind.project");
            case AWARD -> m.get("report.kind.award");
            case POLICY_REPORT -> m.get("report.kind.policyReport");
            case DATASET -> m.get("report.kind.dataset");
            case TALENT_CULTIVATION -> m.get("report.kind.talentCultivation");
            case ACADEMIC_SERVICE -> m.get("report.kind.academicService");
        };
    }

    static String category(Messages m, ResearchCategory category) {
        return category == null ? "" : m.get("category." + category.name());
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String number(double value) {
        return RadarChart.format(value);
    }

    static String percent(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f%%", value)
                : String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** DOI and the kind's own number, one to a line. */
    static String identifiers(Output o) {
        List<String> ids = new ArrayList<>();
        if (!o.doi().isBlank()) {
            ids.add("DOI " + o.doi());
        }
        if (!o.externalId().isBlank()) {
            ids.add(o.externalId());
        }
        return String.join("\n", ids);
    }

    /** The researcher's declared share, byline position and corresponding-author mark; a dash if not credited. */
    static String contribution(Messages m, Output o, ResearcherId who) {
        for (Contribution c : o.contributors()) {
            if (c.researcherId().equals(who)) {
                StringBuilder sb = new StringBuilder(percent(c.sharePercent()));
                if (c.authorPosition() > 0) {
                    sb.append('\n').append(m.get("report.authorPosition", c.authorPosition()));
                }
                if (c.corresponding()) {
                    sb.append('\n').append(m.get("report.corresponding"));
                }
                return sb.toString();
            }
        }
        return "—";
    }
}
