package org.talentbench.core.committee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The meeting's agenda: first the flagged cases (reviewers' span or variance over the thresholds), then the grade
 * boundary cases, then everyone else by rank; within each group by rank (unranked last), then by id. Stateless.
 */
public final class DiscussionOrder {
    private DiscussionOrder() {
    }

    public static List<DiscussionCase> order(List<GradeProposal> proposals, Set<ResearcherId> flagged) {
        List<GradeProposal> sorted = new ArrayList<>(proposals);
        sorted.sort(Comparator.comparingInt((GradeProposal p) -> group(p, flagged))
                .thenComparing(GradeProposal::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(p -> p.person().value()));
        List<DiscussionCase> out = new ArrayList<>();
        for (GradeProposal p : sorted) {
            DiscussionReason reason = switch (group(p, flagged)) {
                case 0 -> DiscussionReason.FLAGGED;
                case 1 -> DiscussionReason.BOUNDARY;
                default -> DiscussionReason.RANK;
            };
            out.add(new DiscussionCase(out.size() + 1, p.person(), p.rank(), reason));
        }
        return out;
    }

    private static int group(GradeProposal p, Set<ResearcherId> flagged) {
        if (flagged.contains(p.person())) {
            return 0;
        }
        return p.boundary() ? 1 : 2;
    }
}
