package org.talentbench.core.committee;

import java.time.Instant;
import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The grade of one person in a panel: the proposal from the scores and, once the committee has decided, the decided
 * grade with who recorded it, when and the ballot it rests on (null when decided without a ballot).
 */
public record GradeDecision(long panelId, ResearcherId person, AppraisalGrade proposed, AppraisalGrade decided,
                            AccountId decidedBy, Instant decidedAt, Long ballotId) {
    public GradeDecision {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(proposed, "proposed");
    }

    /** The decided grade, or the proposal while undecided. */
    public AppraisalGrade effective() {
        return decided == null ? proposed : decided;
    }
}
