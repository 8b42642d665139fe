package org.talentbench.core.repo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.CheckIn;
import org.talentbench.core.round.ParticipantOverride;
import org.talentbench.core.round.Round;
import org.talentbench.core.round.StageEvent;
import org.talentbench.core.round.Verification;

/** Stores evaluation rounds and what staff record in them: stage moves, participant decisions, inputs, checks. */
public interface RoundRepository {
    /** All rounds, newest reference date first. */
    List<Round> findAll();

    Optional<Round> findById(long id);

    Optional<Round> findByName(String name);

    /** Inserts a new round; returns it with its id and version 1. */
    Round insert(Round round);

    /**
     * Stores the round's new stage and records the event.
     *
     * @throws StaleRecordException when the stored version differs from {@code round.version()}
     */
    Round moveStage(Round round, StageEvent event);

    List<StageEvent> stageEvents(long roundId);

    Map<ResearcherId, ParticipantOverride> overrides(long roundId);

    void putOverride(long roundId, ParticipantOverride override);

    void removeOverride(long roundId, ResearcherId researcherId);

    /** Committee and expert inputs by researcher, then by code ({@code PEER_REVIEW} or an indicator/gate code). */
    Map<ResearcherId, Map<String, Double>> inputs(long roundId);

    /** Sets (inserts or replaces) the given inputs; others stay. */
    void putInputs(long roundId, Map<ResearcherId, Map<String, Double>> inputs);

    Map<ResearcherId, Verification> verifications(long roundId);

    void putVerification(long roundId, Verification verification);

    void putVerifications(long roundId, List<Verification> verifications);

    Map<ResearcherId, CheckIn> checkIns(long roundId);

    void putCheckIn(long roundId, CheckIn checkIn);

    void putCheckIns(long roundId, List<CheckIn> checkIns);
}
