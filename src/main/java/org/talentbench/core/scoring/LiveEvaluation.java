package org.talentbench.core.scoring;

import java.util.List;
import java.util.Objects;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * An evaluation kept in memory so that an edit of one researcher can be re-scored at once (the "what if" after a
 * profile edit): made by {@link EvaluationEngine#prepare}, it holds the working state of the full run — the sorted
 * researchers, the output index, each cohort's raw and transformed indicator values with the outputs counted, the
 * per-stage flags and the cards.
 *
 * <p>{@link #rescore} recomputes the per-researcher stages (cycle decision and cohort, representative works,
 * indicator values from the outputs, bibliometric context) only for the researchers the edit touches: the edited
 * person, the co-authors of every output added, changed or removed, and whoever cites one of those outputs as a
 * representative work. The cohort stages (gates and missing inputs, normalisation, weights, weighted sum and TOPSIS,
 * ranks, rank stability, flags) are then run again from the cached values for every cohort such a person left or
 * joined, and for every cohort normalised against a wider group that includes one of them (the small-cohort
 * fallback). Within those cohorts the stages mark the members whose numbers moved (a value, normalised value, total,
 * rank or percentile, compared with the cohort's last scoring); only they and the people touched get a new trace and
 * card, merged into the cohort's previous card order (decision 0094). The result equals, field for field and bit for
 * bit, a full {@link EvaluationEngine#evaluate} of the edited institute with the same other inputs; the stages are
 * the ones the full run uses, not copies.
 *
 * <p>The other inputs (peer-review scores, manual inputs, staff decisions, representative works, schemes, reference
 * date, options) are those given to {@code prepare}; the set of researchers is fixed (an edit cannot add or remove a
 * person). With rank stability switched on, a re-score pays the draws for the cohorts it runs again.
 *
 * <p>Not thread-safe: one thread edits at a time (the state is mutated in place); results already returned are
 * immutable and stay valid.
 */
public final class LiveEvaluation {
    private final EvaluationEngine.Run run;
    private EvaluationResult result;

    LiveEvaluation(EvaluationEngine.Run run, EvaluationResult first) {
        this.run = run;
        this.result = first;
    }

    /** The result after the latest edit (after {@code prepare}, the full evaluation). */
    public EvaluationResult result() {
        return result;
    }

    /** The researcher with this id as of the latest edit, or {@code null} when not in the evaluation. */
    public Researcher researcher(ResearcherId id) {
        return run.researcher(Objects.requireNonNull(id, "id"));
    }

    /** The outputs crediting a researcher as of the latest edit, by id; empty for an unknown researcher. */
    public List<Output> outputsOf(ResearcherId id) {
        return run.outputsOf(Objects.requireNonNull(id, "id"));
    }

    /**
     * Applies an edit and returns the new result.
     *
     * @param changed      the researcher's new profile (same id as a researcher of the evaluation)
     * @param theirOutputs every output crediting the researcher after the edit: an output that credited them and
     *                     is absent is removed from the institute; an output with a known id replaces the old
     *                     version for all its contributors; a new id is added
     * @throws org.talentbench.core.InvalidInputException {@code evaluation.unknownResearcher} (id);
     *         {@code evaluation.duplicateOutput} (output id); {@code evaluation.outputNotCredited} (output id,
     *         researcher id) for an output in the list that does not list the researcher as a contributor
     */
    public EvaluationResult rescore(Researcher changed, List<Output> theirOutputs) {
        Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(theirOutputs, "theirOutputs");
        result = run.rescore(changed, theirOutputs);
        return result;
    }
}
