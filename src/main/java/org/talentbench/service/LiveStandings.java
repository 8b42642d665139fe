package org.talentbench.service;

import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.scoring.EvaluationEngine;
import org.talentbench.core.scoring.EvaluationOptions;
import org.talentbench.core.scoring.LiveEvaluation;
import org.talentbench.core.tech.Standings;

/**
 * The preview standings of a workspace ({@link PreviewStandings}: the engine's dry run), kept live: the first request
 * for a reference date evaluates the institute with {@link EvaluationEngine#prepare} and keeps the
 * {@link LiveEvaluation}; a profile save then re-scores only the edited researcher
 * ({@link LiveEvaluation#rescore}, decision 0092) instead of evaluating everyone again on the next request.
 *
 * <p>The evaluation is kept for one (reference date, options) pair at a time — the options are those of the preview,
 * the date that of the last request — because a live evaluation of a large institute holds about as much heap as a
 * full evaluation with its result; it is held softly, so that the collector may drop it when the heap runs short
 * (the next request then evaluates again). It is dropped, and built again from the database on the next request, whenever
 * anything else may have written: the workspace's transactions are counted ({@link WriteCounter}), and the live
 * state is only used while the count is the one it was built at plus the profile saves it was told about. So an
 * import, the demo, a settings or scheme change, a merge or a deletion — anything that may change many people —
 * invalidates it without having to call {@link #invalidate}; a save it cannot apply incrementally (a new researcher,
 * changed representative works, an output taken off the person, a save racing another write) does too; a refused
 * save (its transaction rolled back) does not.
 * Writes by another program on a shared database are not seen until the workspace is opened again, as before for
 * any screen.
 *
 * <p>Thread-safe: every method holds the instance's lock (a request waits for a re-score and vice versa).
 */
public final class LiveStandings implements StandingsSource {
    private static final Logger LOG = LoggerFactory.getLogger(LiveStandings.class);
    /** The counter moves on twice per possibly writing call: when it starts and when it ends. */
    static final int STEPS_PER_WRITE = 2;

    private final LongSupplier generation;
    private final EvaluationEngine engine = new EvaluationEngine();
    private final EvaluationOptions options = PreviewStandings.OPTIONS;
    private LocalDate asOf;
    /** Soft, so that a large institute's live state gives way when the heap runs short (rebuilt on the next request). */
    private SoftReference<LiveEvaluation> live;
    private long synced;
    private Standings standings;
    private int rebuilds;
    private int rescores;

    /** @param generation the workspace's write count ({@link WriteCounter#generation}) */
    LiveStandings(LongSupplier generation) {
        this.generation = Objects.requireNonNull(generation, "generation");
    }

    /** The workspace's write count, read before a write whose outcome is then given to {@link #profileSaved}. */
    long generation() {
        return generation.getAsLong();
    }

    @Override
    public synchronized Standings standings(Transactions tx, LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (standings != null && date.equals(asOf) && generation.getAsLong() == synced) {
            return standings;
        }
        LiveEvaluation current = live == null ? null : live.get();
        if (current == null || !date.equals(asOf) || generation.getAsLong() != synced) {
            long at = generation.getAsLong();
            current = engine.prepare(PreviewStandings.input(tx, date), options, null, null);
            live = new SoftReference<>(current);
            asOf = date;
            synced = at;
            standings = null;
            rebuilds++;
        }
        if (standings == null) {
            standings = PreviewStandings.of(current.result(), asOf);
        }
        return standings;
    }

    /**
     * A profile save has been written: re-scores the researcher when the save was the only write since the live
     * evaluation was read, otherwise drops it.
     *
     * @param before      {@link #generation()} read just before the save's transaction
     * @param incremental whether {@link LiveEvaluation#rescore} can express the save (an existing researcher, the
     *                    representative works unchanged, no output taken off them)
     * @param saved       the researcher as stored after the save
     * @param outputs     every output crediting them as stored after the save
     */
    synchronized void profileSaved(long before, boolean incremental, Researcher saved, List<Output> outputs) {
        LiveEvaluation current = live == null ? null : live.get();
        if (current == null) {
            invalidate();
            return;
        }
        if (!incremental || before != synced || generation.getAsLong() != before + STEPS_PER_WRITE) {
            invalidate();
            return;
        }
        try {
            current.rescore(saved, outputs);
            synced = before + STEPS_PER_WRITE;
            standings = null;
            rescores++;
        } catch (InvalidInputException e) {
            LOG.debug("preview standings: save of {} not applied incrementally ({})", saved.id().value(), e.code());
            invalidate();
        } catch (RuntimeException e) {
            // the save itself is committed: never fail it for the preview; the next request evaluates everyone
            LOG.warn("preview standings: re-scoring researcher {} failed; evaluating again on the next request",
                    saved.id().value(), e);
            invalidate();
        }
    }

    /**
     * A write that threw, so that its transaction was rolled back and changed nothing: the live evaluation stays valid
     * when that write was the only one since it was read.
     *
     * @param before {@link #generation()} read just before the write
     */
    synchronized void writeRolledBack(long before) {
        if (live != null && live.get() != null && before == synced
                && generation.getAsLong() == before + STEPS_PER_WRITE) {
            synced = before + STEPS_PER_WRITE;
        }
    }

    /** Drops the live evaluation: the next request evaluates the institute again. */
    public synchronized void invalidate() {
        live = null;
        standings = null;
        asOf = null;
    }

    /** How many times the institute was evaluated in full, and how many saves were re-scored (for tests and logs). */
    synchronized int[] counts() {
        return new int[] {rebuilds, rescores};
    }
}
