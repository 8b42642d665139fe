package org.talentbench.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.tech.Conflict;
import org.talentbench.core.tech.EvidenceOutput;
import org.talentbench.core.tech.GapFlag;
import org.talentbench.core.tech.Standing;
import org.talentbench.core.tech.Standings;
import org.talentbench.core.tech.TechEventKind;
import org.talentbench.core.tech.TechStatus;
import org.talentbench.core.tech.Technology;
import org.talentbench.core.tech.TechnologyGroup;

/**
 * The sentences and labels of the key-technology features, from the codes the core returns, in one language: the
 * GUI, the CLI, the PDF documents and the workbook all say the same thing the same way. Immutable and thread-safe.
 */
public final class TechTexts {
    private final Messages m;

    public TechTexts(Messages messages) {
        this.m = messages;
    }

    public Messages messages() {
        return m;
    }

    public boolean chinese() {
        return m.language() == Language.ZH;
    }

    public String name(Technology t) {
        return t == null ? "" : t.name(chinese());
    }

    public String name(TechnologyGroup g) {
        return g == null ? "" : g.name(chinese());
    }

    public String gap(GapFlag flag) {
        return switch (flag) {
            case NO_PEOPLE -> m.get("keytech.gap.noPeople");
            case NO_LEADER -> m.get("keytech.gap.noLeader");
            case NO_YOUNG -> m.get("keytech.gap.noYoung");
            case NO_RECENT_OUTPUT -> m.get("keytech.gap.noRecentOutput");
            case SINGLE_PERSON -> m.get("keytech.gap.singlePerson");
        };
    }

    /** The flags joined, or a dash when there are none. */
    public String gaps(Set<GapFlag> flags) {
        if (flags.isEmpty()) {
            return "—";
        }
        return String.join(separator(), flags.stream().sorted().map(this::gap).toList());
    }

    public String separator() {
        return chinese() ? "、" : ", ";
    }

    public String status(TechStatus status) {
        return switch (status) {
            case ACTIVE -> m.get("keytech.status.active");
            case MERGED -> m.get("keytech.status.merged");
            case RETIRED -> m.get("keytech.status.retired");
            case NOT_YET_ADDED -> m.get("keytech.status.notYetAdded");
        };
    }

    public String event(TechEventKind kind) {
        return switch (kind) {
            case ADD -> m.get("keytech.event.add");
            case RENAME -> m.get("keytech.event.rename");
            case MOVE -> m.get("keytech.event.move");
            case MERGE -> m.get("keytech.event.merge");
            case RETIRE -> m.get("keytech.event.retire");
        };
    }

    public String category(ResearchCategory c) {
        return c == null ? "" : m.get("category." + c.name());
    }

    public String kind(OutputKind kind) {
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

    /** "3/12 · P75" for a ranked standing, "—" otherwise. */
    public String standing(Standing s) {
        if (s == null || !s.ranked()) {
            return "—";
        }
        return m.get("keytech.standing.ranked", s.rank(), s.cohortSize(), Math.round(s.percentile()));
    }

    /** Where the standings come from, for notes and headers. */
    public String standingSource(Standings s) {
        if (s == null || !s.available()) {
            return m.get("keytech.standing.none");
        }
        if (s.preview()) {
            return m.get("keytech.standing.preview", s.referenceDate().toString());
        }
        return m.get("keytech.standing.round", s.roundName(), s.referenceDate().toString());
    }

    public String conflict(Conflict c) {
        List<String> a = c.args();
        return switch (c.kind()) {
            case IS_REVIEWER -> m.get("keytech.conflict.isReviewer");
            case COAUTHOR -> m.get("keytech.conflict.coauthor", a.get(0), a.get(1), a.get(2));
            case SAME_DEPARTMENT -> m.get("keytech.conflict.sameDepartment", a.get(0), a.get(1));
            case ISSUER_RELATION -> m.get("keytech.conflict.issuerRelation", a.get(0), a.get(1), a.get(2));
        };
    }

    public String conflicts(List<Conflict> list) {
        return list.isEmpty() ? "—" : String.join("\n", list.stream().map(this::conflict).toList());
    }

    public String basis(EvidenceOutput e) {
        return basis(e, java.util.function.Function.identity());
    }

    /** Why an output is relevant, with technology codes turned into names by {@code names}. */
    public String basis(EvidenceOutput e, java.util.function.Function<String, String> names) {
        String what = String.join(separator(), e.basis() == EvidenceOutput.Basis.PHRASES ? e.matched()
                : e.matched().stream().map(names).toList());
        return switch (e.basis()) {
            case TAGGED -> m.get("keytech.basis.tagged", what);
            case SUGGESTED -> m.get("keytech.basis.suggested", what);
            case PHRASES -> m.get("keytech.basis.phrases", what);
        };
    }

    public String yesNo(boolean value) {
        return value ? m.get("keytech.yes") : m.get("keytech.no");
    }

    /** A number with one decimal, or none when whole. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A share 0–1 as a whole percentage. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
