package org.talentbench.core.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.ResearcherId;

/**
 * An objection raised during publicity: about whom, received when, its text, how it was handled and its outcome,
 * and who recorded and last updated it. A resolved objection must say how it was handled
 * ({@code committee.objection.handlingRequired}).
 */
public record Objection(long id, long roundId, ResearcherId person, LocalDate received, String text,
                        String handling, ObjectionOutcome outcome, AccountId recordedBy, Instant recordedAt,
                        AccountId resolvedBy, Instant resolvedAt) {
    public Objection {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(received, "received");
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("committee.objection.textRequired");
        }
        handling = handling == null ? "" : handling;
        outcome = outcome == null ? ObjectionOutcome.PENDING : outcome;
        if (outcome != ObjectionOutcome.PENDING && handling.isBlank()) {
            throw new InvalidInputException("committee.objection.handlingRequired");
        }
    }

    public Objection withId(long newId) {
        return new Objection(newId, roundId, person, received, text, handling, outcome, recordedBy, recordedAt,
                resolvedBy, resolvedAt);
    }

    public Objection resolved(String how, ObjectionOutcome result, AccountId by, Instant at) {
        return new Objection(id, roundId, person, received, text, how, result, recordedBy, recordedAt, by, at);
    }
}
