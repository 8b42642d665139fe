package org.talentbench.core.round;

import java.time.LocalDateTime;
import org.talentbench.core.InvalidInputException;

/**
 * The stage rules of a round: forward one stage at a time (a reason is optional), back one stage only with a reason,
 * nothing at all once the round is {@link RoundStage#FINAL}. Stateless; refusals are {@link InvalidInputException}s
 * with stable codes ({@code round.final}, {@code round.noNextStage}, {@code round.noPreviousStage},
 * {@code round.reasonRequired}).
 */
public final class RoundStages {
    private RoundStages() {
    }

    /** The event of moving {@code round} one stage forward. */
    public static StageEvent advance(Round round, String reason, String actor, LocalDateTime at) {
        requireEditable(round);
        RoundStage next = round.stage().next();
        if (next == null) {
            throw new InvalidInputException("round.noNextStage", round.name());
        }
        return new StageEvent(round.stage(), next, reason == null ? "" : reason.trim(), actor, at);
    }

    /** The event of moving {@code round} one stage back; the reason is required. */
    public static StageEvent back(Round round, String reason, String actor, LocalDateTime at) {
        requireEditable(round);
        RoundStage previous = round.stage().previous();
        if (previous == null) {
            throw new InvalidInputException("round.noPreviousStage", round.name());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("round.reasonRequired", round.name());
        }
        return new StageEvent(round.stage(), previous, reason.trim(), actor, at);
    }

    /** Refuses any change to a Final round. */
    public static void requireEditable(Round round) {
        if (round.isFinal()) {
            throw new InvalidInputException("round.final", round.name());
        }
    }
}
