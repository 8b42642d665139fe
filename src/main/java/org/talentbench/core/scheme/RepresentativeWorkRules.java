package org.talentbench.core.scheme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Checks representative works (代表作) against a {@link RepresentativeWorkPolicy}. Findings, per researcher in id
 * order and within a researcher in ordinal order:
 * <ul>
 *   <li>{@code flag.repWork.unknownOutput} — BLOCKING — the work names an output that does not exist;</li>
 *   <li>{@code flag.repWork.duplicate} — WARNING — the same output twice;</li>
 *   <li>{@code flag.repWork.notCredited} — BLOCKING — the output does not list the researcher as a contributor
 *       (no honorary names, 杜绝挂虚名);</li>
 *   <li>{@code flag.repWork.missingContributionStatement}, {@code flag.repWork.missingRelevanceStatement} — the
 *       policy's statement severity — a required statement is blank;</li>
 *   <li>{@code flag.repWork.tooMany} — BLOCKING — more works than {@code maxCount} (args: count, max);</li>
 *   <li>{@code flag.repWork.domesticShareLow} — the policy's domestic severity — in a category the rule applies to,
 *       fewer than {@code minDomesticShare} of the representative papers (journal and conference) are journal papers
 *       in domestic journals (args: domestic, papers, required). No papers, no finding.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class RepresentativeWorkRules {
    private RepresentativeWorkRules() {
    }

    public static List<RepresentativeWorkFinding> check(List<RepresentativeWork> works, Map<OutputId, Output> outputs,
                                                        ResearchCategory category, RepresentativeWorkPolicy rules) {
        Map<ResearcherId, List<RepresentativeWork>> byResearcher = new LinkedHashMap<>();
        works.stream()
                .sorted(Comparator.comparingLong((RepresentativeWork w) -> w.researcherId().value())
                        .thenComparingInt(RepresentativeWork::ordinal)
                        .thenComparingLong(w -> w.outputId().value()))
                .forEach(w -> byResearcher.computeIfAbsent(w.researcherId(), k -> new ArrayList<>()).add(w));
        List<RepresentativeWorkFinding> out = new ArrayList<>();
        byResearcher.forEach((rid, list) -> checkOne(rid, list, outputs, category, rules, out));
        return out;
    }

    private static void checkOne(ResearcherId rid, List<RepresentativeWork> works, Map<OutputId, Output> outputs,
                                 ResearchCategory category, RepresentativeWorkPolicy rules,
                                 List<RepresentativeWorkFinding> out) {
        Set<OutputId> seen = new HashSet<>();
        int papers = 0;
        int domestic = 0;
        for (RepresentativeWork w : works) {
            Output o = outputs.get(w.outputId());
            if (o == null) {
                out.add(f(rid, w.outputId(), "flag.repWork.unknownOutput", CheckSeverity.BLOCKING,
                        w.outputId().value()));
                continue;
            }
            if (!seen.add(w.outputId())) {
                out.add(f(rid, w.outputId(), "flag.repWork.duplicate", CheckSeverity.WARNING, w.outputId().value()));
                continue;
            }
            boolean credited = false;
            for (Contribution c : o.contributors()) {
                credited |= c.researcherId().equals(rid) && c.sharePercent() > 0;
            }
            if (!credited) {
                out.add(f(rid, w.outputId(), "flag.repWork.notCredited", CheckSeverity.BLOCKING,
                        w.outputId().value()));
            }
            if (rules.requireStatements()) {
                if (w.contributionStatement().isBlank()) {
                    out.add(f(rid, w.outputId(), "flag.repWork.missingContributionStatement",
                            rules.statementSeverity(), w.outputId().value()));
                }
                if (w.relevanceStatement().isBlank()) {
                    out.add(f(rid, w.outputId(), "flag.repWork.missingRelevanceStatement",
                            rules.statementSeverity(), w.outputId().value()));
                }
            }
            if (o.kind().isPaper()) {
                papers++;
                if (o.kind() == org.talentbench.core.researcher.OutputKind.JOURNAL_PAPER && o.domesticJournal()) {
                    domestic++;
                }
            }
        }
        if (seen.size() > rules.maxCount()) {
            out.add(f(rid, null, "flag.repWork.tooMany", CheckSeverity.BLOCKING, seen.size(), rules.maxCount()));
        }
        if (papers > 0 && rules.minDomesticShare() > 0 && rules.domesticShareCategories().contains(category)) {
            int required = (int) Math.ceil(rules.minDomesticShare() * papers - 1e-9);
            if (domestic < required) {
                out.add(f(rid, null, "flag.repWork.domesticShareLow", rules.domesticSeverity(), domestic, papers,
                        required));
            }
        }
    }

    private static RepresentativeWorkFinding f(ResearcherId rid, OutputId oid, String code, CheckSeverity sev,
                                               Object... args) {
        return new RepresentativeWorkFinding(rid, oid, code, sev, Arrays.stream(args).map(String::valueOf).toList());
    }
}
