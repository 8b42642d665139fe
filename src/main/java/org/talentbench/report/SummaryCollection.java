package org.talentbench.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.talentbench.core.FileNames;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

/**
 * The individual summaries of a whole round in one PDF/A document for the archive: each person starts on a new
 * page and has one bookmark ("employee no. name"). Rendered as one XHTML document rather than by merging separate
 * PDFs, so the result has one XMP packet, one output intent and one set of font subsets and stays PDF/A-2b.
 * Immutable.
 */
public record SummaryCollection(Letterhead letterhead, String roundName, List<IndividualSummary> summaries,
                                Language language, LocalDate issued) implements ReportDocument {
    public SummaryCollection {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(roundName, "roundName");
        summaries = List.copyOf(summaries);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issued, "issued");
    }

    @Override
    public String suggestedFileName() {
        return FileNames.safe("summaries-" + roundName);
    }

    @Override
    public String toXhtml() {
        Messages m = Messages.of(language);
        String title = m.get("report.summary.title");
        Xhtml body = new Xhtml();
        List<Templates.Bookmark> bookmarks = new java.util.ArrayList<>();
        int n = 0;
        for (IndividualSummary s : summaries) {
            String anchor = "p" + n;
            body.open("div", "id", anchor, "class", n == 0 ? null : "tb-new-page");
            s.writeBody(body, new Templates.Outline("p" + n + "s"), m, title);
            body.close("div");
            bookmarks.add(new Templates.Bookmark(s.data().employeeNo() + " " + s.data().nameZh(), anchor));
            n++;
        }
        Templates.DocumentInfo info = new Templates.DocumentInfo(
                m.get("reports.collection.title", roundName), m.get("report.summary.subject"), roundName, language,
                PageLayout.A4_PORTRAIT, issued);
        return Templates.document(info, letterhead, bookmarks, body, ReportCss.EXTRA);
    }
}
