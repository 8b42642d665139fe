package org.talentbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.talentbench.core.FileNames;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

/**
 * A researcher's data-verification sheet (数据核对表): before an evaluation, the person evaluated checks the data it
 * will rest on and signs for it (Leiden Manifesto, principle 5: allow those evaluated to verify data and analysis).
 * It shows the institute, the researcher's identity, the outputs that will be scored grouped by kind with their
 * identifiers and the researcher's declared share, the representative works with their statements, a box for
 * corrections and lines for signature and date.
 *
 * @param departmentName the researcher's department as it should be printed
 * @param outputs        the outputs that will be scored, in any order (grouped and sorted here)
 * @param representativeWorks the researcher's representative works, in any order (sorted by ordinal here); their
 *                       outputs are looked up in {@code outputs}
 * @param issued         the date printed as the export date
 */
public record VerificationSheet(Letterhead letterhead, Researcher researcher, String departmentName,
                                List<Output> outputs, List<RepresentativeWork> representativeWorks,
                                Language language, LocalDate issued) implements ReportDocument {
    public VerificationSheet {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(researcher, "researcher");
        departmentName = departmentName == null ? "" : departmentName;
        outputs = List.copyOf(outputs);
        representativeWorks = List.copyOf(representativeWorks);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issued, "issued");
    }

    @Override
    public String suggestedFileName() {
        return FileNames.safe("verification-" + researcher.employeeNo());
    }

    @Override
    public String toXhtml() {
        Messages m = Messages.of(language);
        String title = m.get("report.verification.title");
        Xhtml body = new Xhtml();
        Templates.Outline outline = new Templates.Outline();

        Templates.title(body, title, Templates.joinNonBlank(researcher.nameZh(),
                m.get("report.employeeNo", researcher.employeeNo()), departmentName));
        Templates.note(body, m.get("report.verification.intro"));

        outline.section(body, m.get("report.section.identity"));
        Templates.fields(body, List.of(
                new String[] {m.get("researcher.employeeNo"), researcher.employeeNo()},
                new String[] {m.get("researcher.nameZh"), researcher.nameZh()},
                new String[] {m.get("researcher.nameLatin"), researcher.nameLatin()},
                new String[] {m.get("researcher.department"), departmentName},
                new String[] {m.get("researcher.title"), researcher.title()},
                new String[] {m.get("researcher.category"), ReportText.category(m, researcher.category())},
                new String[] {m.get("researcher.discipline"), researcher.discipline()},
                new String[] {m.get("researcher.orcid"), researcher.orcid()}), 2);

        outline.section(body, m.get("report.section.outputs"));
        writeOutputs(body, m);

        outline.section(body, m.get("report.section.representativeWorks"));
        writeWorks(body, m);

        outline.section(body, m.get("report.section.confirmation"));
        body.open("div", "class", "tb-confirm");
        Templates.note(body, m.get("report.verification.corrections"));
        body.element("div", "", "class", "tb-correction-box");
        Templates.note(body, m.get("report.verification.confirm"));
        Templates.signatures(body, List.of(m.get("report.signature.researcher")), m.get("report.signature.date"));
        body.close("div");

        Templates.DocumentInfo info = new Templates.DocumentInfo(title + " — " + researcher.nameZh(),
                m.get("report.verification.subject"), researcher.nameZh() + ", " + researcher.employeeNo(),
                language, PageLayout.A4_PORTRAIT, issued);
        return Templates.document(info, letterhead, outline.bookmarks(), body);
    }

    private void writeOutputs(Xhtml body, Messages m) {
        if (outputs.isEmpty()) {
            Templates.note(body, m.get("report.verification.noOutputs"));
            return;
        }
        Templates.note(body, m.get("report.verification.outputCount", outputs.size()));
        Map<OutputKind, List<Output>> byKind = new EnumMap<>(OutputKind.class);
        for (Output o : outputs) {
            byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
        }
        List<String> headers = List.of(m.get("report.column.number"), m.get("report.column.title"),
                m.get("report.column.date"), m.get("report.column.venue"), m.get("report.column.identifiers"),
                m.get("report.column.share"));
        int[] widths = {6, 35, 11, 18, 15, 15};
        for (Map.Entry<OutputKind, List<Output>> e : byKind.entrySet()) {
            body.element("h3", m.get("report.verification.kindHeading", ReportText.kind(m, e.getKey()),
                    e.getValue().size()));
            List<Output> sorted = e.getValue().stream()
                    .sorted(Comparator.comparing(Output::date).reversed().thenComparing(Output::title))
                    .toList();
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Output o : sorted) {
                String titleCell = o.title();
                String authors = o.attribute(OutputAttribute.AUTHORS);
                if (!authors.isBlank()) {
                    titleCell += "\n" + authors;
                }
                rows.add(List.of(String.valueOf(n++), titleCell, ReportText.date(o.date()), o.venue(),
                        ReportText.identifiers(o), ReportText.contribution(m, o, researcher.id())));
            }
            Templates.table(body, headers, widths, rows);
        }
    }

    private void writeWorks(Xhtml body, Messages m) {
        if (representativeWorks.isEmpty()) {
            Templates.note(body, m.get("report.works.none"));
            return;
        }
        List<RepresentativeWork> sorted = representativeWorks.stream()
                .sorted(Comparator.comparingInt(RepresentativeWork::ordinal))
                .toList();
        int n = 1;
        for (RepresentativeWork w : sorted) {
            Optional<Output> output = find(w.outputId());
            String heading = m.get("report.works.heading", n++,
                    output.map(Output::title).orElse(m.get("report.works.unknownOutput", w.outputId().value())));
            String meta = output.map(o -> Templates.joinNonBlank(ReportText.kind(m, o.kind()),
                    ReportText.date(o.date()), o.venue(), o.doi().isBlank() ? "" : "DOI " + o.doi())).orElse("");
            Works.write(body, m, heading, meta, w.contributionStatement(), w.relevanceStatement());
        }
    }

    private Optional<Output> find(OutputId id) {
        return outputs.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The block of one representative work, shared with the individual summary. */
    static final class Works {
        private Works() {
        }

        static void write(Xhtml body, Messages m, String heading, String meta, String contribution,
                          String relevance) {
            body.open("div", "class", "tb-work");
            body.element("div", heading, "class", "tb-work-title");
            if (!meta.isBlank()) {
                body.element("div", meta, "class", "tb-work-meta");
            }
            body.element("div", m.get("report.works.contribution"), "class", "tb-work-label");
            body.open("div");
            Templates.multiline(body, Templates.orDash(contribution));
            body.close("div");
            body.element("div", m.get("report.works.relevance"), "class", "tb-work-label");
            body.open("div");
            Templates.multiline(body, Templates.orDash(relevance));
            body.close("div");
            body.close("div");
        }
    }
}
