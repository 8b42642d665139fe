package org.talentbench.core.round;

import java.time.LocalDateTime;

/** One recorded stage move of a round; {@code reason} is empty for a forward move made without one. */
public record StageEvent(RoundStage from, RoundStage to, String reason, String actor, LocalDateTime at) {
    public StageEvent {
        reason = reason == null ? "" : reason;
        actor = actor == null ? "" : actor;
    }

    public boolean backward() {
        return to.ordinal() < from.ordinal();
    }
}
