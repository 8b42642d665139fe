package org.talentbench.core.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scoring.EvaluationResult;
import org.talentbench.core.scoring.Flag;
import org.talentbench.core.scoring.RankInterval;
import org.talentbench.core.scoring.ScoreCard;

/**
 * Turns an evaluation result into the rows of a stored ranked list: numbers, proposed grade and the list flags
 * derived from the engine's flags and the round's facts (participation, verification). A pure function.
 */
public final class SnapshotRows {
    private static final Set<String> MISSING = Set.of("flag.peerReviewMissing", "flag.manualInputMissing",
            "flag.noOutputsInWindow", "flag.gateInputMissing");
    private static final Set<String> NOT_ROBUST = Set.of("flag.rankNotRobust", "flag.rankCrossesGradeBoundary");

    private SnapshotRows() {
    }

    public static List<SnapshotRow> of(EvaluationResult result, Map<ResearcherId, Participation> participation,
                                       Set<ResearcherId> verified, Map<ResearcherId, String> disciplines,
                                       double excellentShare) {
        List<SnapshotRow> rows = new ArrayList<>(result.cards().size());
        int ordinal = 0;
        for (ScoreCard c : result.cards()) {
            Participation p = participation.get(c.researcherId());
            if (p == null) {
                p = switch (c.decision().status()) {
                    case DUE_FULL -> Participation.DUE_FULL;
                    case CHECK_IN_ONLY -> Participation.CHECK_IN_ONLY;
                    case NOT_DUE -> Participation.NOT_DUE;
                };
            }
            boolean isVerified = verified.contains(c.researcherId());
            List<ListFlag> flags = new ArrayList<>();
            List<String> codes = c.flags().stream().map(Flag::code).toList();
            if (codes.stream().anyMatch(NOT_ROBUST::contains)
                    || (c.stability() != null && !c.stability().robust())) {
                flags.add(ListFlag.RANK_NOT_ROBUST);
            }
            if (codes.contains("flag.methodRanksDiffer")) {
                flags.add(ListFlag.METHODS_DISAGREE);
            }
            if (codes.stream().anyMatch(MISSING::contains)) {
                flags.add(ListFlag.MISSING_DATA);
            }
            if (p.scored() && !isVerified) {
                flags.add(ListFlag.UNVERIFIED);
            }
            if (c.decision().status() == CycleStatus.CHECK_IN_ONLY && !p.scored()) {
                flags.add(ListFlag.CHECK_IN_ONLY);
            }
            if (p == Participation.INCLUDED || p == Participation.EXCLUDED) {
                flags.add(ListFlag.STAFF_DECISION);
            }
            if (codes.contains("flag.cohortFallback")) {
                flags.add(ListFlag.SMALL_COHORT);
            }
            RankInterval s = c.stability();
            rows.add(new SnapshotRow(ordinal++, c.researcherId(), c.employeeNo(), c.name(), c.category(),
                    disciplines.getOrDefault(c.researcherId(), ""), c.cohort() == null ? "" : c.cohort().toString(),
                    c.decision().status(), p, c.rank(), c.cohortSize(), c.total(), c.innovation(), c.quality(),
                    c.contribution(), c.percentile(), s == null ? null : s.p5(), s == null ? null : s.p95(),
                    Grade.propose(c.rank(), c.cohortSize(), excellentShare), isVerified, flags));
        }
        return rows;
    }
}
