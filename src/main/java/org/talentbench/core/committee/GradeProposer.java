package org.talentbench.core.committee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Proposes grades from a ranked cohort: the best-ranked people up to the 优秀 cap are proposed
 * {@link AppraisalGrade#EXCELLENT}; a tie that straddles the cap is not resolved by the list — everybody tied at the
 * line is proposed {@link AppraisalGrade#QUALIFIED} and marked as a boundary case for the committee; everyone else
 * ranked is proposed QUALIFIED. Lower grades are never proposed from scores (they need a committee decision with
 * reasons); unranked people get QUALIFIED with no rank. The last excellent and the first qualified are boundary
 * cases. Stateless.
 */
public final class GradeProposer {
    private GradeProposer() {
    }

    public static List<GradeProposal> propose(List<RankedScore> cohort, QuotaRule excellent) {
        List<RankedScore> ranked = new ArrayList<>(cohort.stream().filter(r -> r.rank() != null).toList());
        ranked.sort(Comparator.comparingInt(RankedScore::rank).thenComparingLong(r -> r.person().value()));
        int cap = GradeQuota.cap(cohort.size(), excellent).cap();
        int excellentCount = Math.min(cap, ranked.size());
        // a tie across the line: step back to the first rank of the tied group
        if (excellentCount > 0 && excellentCount < ranked.size()
                && ranked.get(excellentCount).rank().equals(ranked.get(excellentCount - 1).rank())) {
            int tiedRank = ranked.get(excellentCount).rank();
            while (excellentCount > 0 && ranked.get(excellentCount - 1).rank() == tiedRank) {
                excellentCount--;
            }
        }
        List<GradeProposal> out = new ArrayList<>();
        Integer lastIn = excellentCount > 0 ? ranked.get(excellentCount - 1).rank() : null;
        Integer firstOut = excellentCount < ranked.size() ? ranked.get(excellentCount).rank() : null;
        for (int i = 0; i < ranked.size(); i++) {
            RankedScore r = ranked.get(i);
            boolean boundary = cap > 0 && (r.rank().equals(lastIn) || r.rank().equals(firstOut));
            out.add(new GradeProposal(r.person(), r.rank(), r.score(),
                    i < excellentCount ? AppraisalGrade.EXCELLENT : AppraisalGrade.QUALIFIED, boundary));
        }
        cohort.stream().filter(r -> r.rank() == null)
                .sorted(Comparator.comparingLong(r -> r.person().value()))
                .forEach(r -> out.add(new GradeProposal(r.person(), null, r.score(), AppraisalGrade.QUALIFIED,
                        false)));
        return out;
    }
}
