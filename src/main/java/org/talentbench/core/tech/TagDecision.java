package org.talentbench.core.tech;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A person's decision on a suggested tag, kept so that a rejected suggestion does not come back and an accepted one
 * can be traced to the evidence it rested on. {@code subjectId} is the output or researcher id; {@code evidence}
 * lists the matched terms as shown when the decision was taken. Immutable.
 */
public record TagDecision(TagSubject subject, long subjectId, String code, TagVerdict verdict, double score,
                          String evidence, LocalDateTime decidedAt, String actor) {
    public TagDecision {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(verdict, "verdict");
        evidence = evidence == null ? "" : evidence;
        actor = actor == null ? "" : actor;
    }
}
