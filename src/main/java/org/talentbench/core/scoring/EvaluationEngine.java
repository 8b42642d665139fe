package org.talentbench.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.ProgressListener;
import org.talentbench.core.cycle.CycleDecision;
import org.talentbench.core.cycle.CycleEngine;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.cycle.DateWindow;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.AhpWeights;
import org.talentbench.core.scheme.CheckSeverity;
import org.talentbench.core.scheme.Dimension;
import org.talentbench.core.scheme.Gate;
import org.talentbench.core.scheme.GateKind;
import org.talentbench.core.scheme.IndicatorKind;
import org.talentbench.core.scheme.RepresentativeWorkFinding;
import org.talentbench.core.scheme.RepresentativeWorkPolicy;
import org.talentbench.core.scheme.RepresentativeWorkRules;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scheme.SchemeRef;
import org.talentbench.core.scheme.SchemeValidator;
import org.talentbench.core.scoring.bibliometrics.CitationIndicators;
import org.talentbench.core.scoring.mcda.Ahp;
import org.talentbench.core.scoring.mcda.CriterionType;
import org.talentbench.core.scoring.mcda.KendallTau;
import org.talentbench.core.scoring.mcda.Normalisation;
import org.talentbench.core.scoring.mcda.Ranks;
import org.talentbench.core.scoring.mcda.Topsis;

/**
 * Scores a whole institute for one round: cycle decisions, indicator values from outputs and expert inputs, gates,
 * within-cohort normalisation (with fallback to a wider reference group for small cohorts), weights, aggregation,
 * ranks, rank stability, bibliometric context and representative-work checks — with a trace for every number.
 *
 * <h2>Pipeline</h2>
 * <ol>
 *   <li>Schemes are validated; AHP matrices are weighed once per scheme and refused when CR ≥ the threshold
 *       ({@code scheme.ahpInconsistent}, naming the judgement to revisit).</li>
 *   <li>Researchers are sorted by id and outputs by id; every later loop runs in that order and every sum in scheme
 *       order, so the same content in any order gives the same result bit for bit.</li>
 *   <li>{@link CycleEngine#decide} for every researcher; only DUE_FULL researchers are scored. Their cohort is the
 *       category of the cycle evaluated (plus the discipline group when the options split by group).</li>
 *   <li>Indicator values over each researcher's window, share-weighted (see {@link SchemeValues}).</li>
 *   <li>Gates; missing peer-review or manual inputs by the {@link MissingInputRule}; whoever fails a gate or is
 *       excluded keeps a card without rank.</li>
 *   <li>Normalisation of each indicator over the reference group: the cohort, or — when the cohort has fewer ranked
 *       members than the minimum — the next wider group (category, then all categories), stated on every card with
 *       {@code flag.cohortFallback}. In a wider group, researchers of other categories contribute the values the
 *       cohort's scheme gives them where those exist; the cohort's members are still ranked only among themselves.</li>
 *   <li>Weights ({@link WeightResolver}), points = 100 × effective weight × normalised value, dimension scores and
 *       totals; TOPSIS closeness is computed alongside, and Kendall's τ-b is reported when the two rankings
 *       differ.</li>
 *   <li>Rank stability ({@link RankStability}) when enabled.</li>
 * </ol>
 *
 * <p>Performance: outputs are indexed by researcher once into primitive arrays; each researcher's outputs are walked
 * once per scheme. Stateless: one instance may serve several threads, each call working on its own data. The call is
 * synchronous; it reports to {@code progress} and polls {@code cancelled} between stages and every 256 researchers,
 * throwing {@link CancellationException} when asked to stop.
 */
public final class EvaluationEngine {
    /** Version of the scoring rules; stored with every result. */
    public static final String VERSION = "1.0.0";

    public EvaluationResult evaluate(EvaluationInput input, EvaluationOptions options, ProgressListener progress,
                                     BooleanSupplier cancelled) {
        return newRun(input, options, progress, cancelled).run();
    }

    /**
     * Evaluates the institute like {@link #evaluate} and keeps the working state, so that an edit of one
     * researcher can be re-scored without evaluating everybody again ({@link LiveEvaluation#rescore}).
     */
    public LiveEvaluation prepare(EvaluationInput input, EvaluationOptions options, ProgressListener progress,
                                  BooleanSupplier cancelled) {
        Run run = newRun(input, options, progress, cancelled);
        run.live = true;
        EvaluationResult first = run.run();
        return new LiveEvaluation(run, first);
    }

    private static Run newRun(EvaluationInput input, EvaluationOptions options, ProgressListener progress,
                              BooleanSupplier cancelled) {
        return new Run(input, options == null ? EvaluationOptions.defaults() : options,
                progress == null ? ProgressListener.NONE : progress,
                cancelled == null ? () -> false : cancelled);
    }

    /**
     * One evaluation's working state, in stages: per researcher (cycle decision and cohort, representative works,
     * indicator values, bibliometric context), per cohort (gates and missing inputs, then normalisation, weights,
     * aggregation, ranks and flags) and the cards. A full run runs every stage for everyone; {@link #rescore} runs
     * the per-researcher stages for the researchers an edit touches and the cohort stages for the cohorts whose
     * members or reference group changed. The flags of a card are kept per stage and joined in stage order, so the
     * cards are the same whichever way they were reached. Not thread-safe.
     */
    static final class Run {
        private final EvaluationInput in;
        private final EvaluationOptions opt;
        private final ProgressListener progress;
        private final BooleanSupplier cancelled;

        private final Map<ResearchCategory, Scheme> schemes = new EnumMap<>(ResearchCategory.class);
        private final Map<ResearchCategory, List<AhpWeights.Level>> ahp = new EnumMap<>(ResearchCategory.class);
        private final Map<ResearchCategory, SchemeValues> values = new EnumMap<>(ResearchCategory.class);
        private Researcher[] rs;
        private long[] rids;
        private CycleDecision[] decisions;
        private CohortKey[] cohortOf;
        private OutputIndex idx;

        // per researcher outcome
        private CycleRules rules;
        private Integer[] rank;
        private Integer[] cohortSize;
        private Double[] total;
        private Double[][] dimScore;
        private Double[] percentile;
        private Trace[] trace;
        /** Flags by stage: cycle, representative works and values; gates; missing inputs; cohort; context. */
        private List<List<Flag>> personFlags;
        private List<List<Flag>> gateFlags;
        private List<List<Flag>> missingFlags;
        private List<List<Flag>> cohortFlags;
        private List<List<Flag>> contextFlags;
        private BibliometricContext[] context;
        private ScoreCard[] card;
        private List<List<GateOutcome>> gates;
        private List<List<RepresentativeWorkFinding>> repFindings;
        private RankInterval[] stability;
        private boolean[] eligible;
        private boolean[] gatesPassed;
        /**
         * Kept only for a {@link LiveEvaluation}: per researcher the last trace and the numbers it was built from,
         * per cohort the weights and reference group of its last scoring, and who the edit being applied touched —
         * so that a re-score reuses the trace of everyone whose numbers did not move.
         */
        private boolean live;
        private Trace[] lastTrace;
        private double[][] traceInputs;
        private boolean[] touchedByEdit;
        private final Map<CohortKey, List<Object>> cohortTraceInputs = new HashMap<>();
        /** Live only: per cohort and indicator, the last reference column and its normalised values. */
        private final Map<CohortKey, double[][][]> normalised = new HashMap<>();
        /** Live only: per cohort and expert indicator, the values the last median was taken of, then the median. */
        private final Map<CohortKey, double[][]> medianInputs = new HashMap<>();
        /** Live only: per cohort the ranks, percentiles and τ of its last scoring. */
        private final Map<CohortKey, Ordering> orderings = new HashMap<>();
        private boolean[] submittedWorks;
        private int[] citeBuffer = new int[64];
        private final Map<CohortKey, CohortSummary> summaries = new TreeMap<>();
        private TreeMap<CohortKey, List<Integer>> cohorts;
        /** Representative works by researcher index (input order), and researcher indices by output id referenced. */
        private final Map<Integer, List<RepresentativeWork>> worksOf = new TreeMap<>();
        private final Map<Long, List<Integer>> worksReferencing = new HashMap<>();
        /** Cards of each cohort and of the researchers without one, each in {@link #CARD_ORDER}. */
        private final TreeMap<CohortKey, List<ScoreCard>> cohortCards = new TreeMap<>();
        private List<ScoreCard> unassignedCards = new ArrayList<>();
        /** Live only: each cohort's researchers in the order of its card list, and marks for listing them. */
        private final Map<CohortKey, int[]> cardOrder = new HashMap<>();
        private int[] mark;
        /** Live only: per researcher the last methodRanksDiffer flag made and the two ranks it names. */
        private long[] differRanks;
        private Flag[] differFlag;
        private int stamp;
        /** A stage's flags when it has none (replaced by a new list on the first flag). */
        private static final List<Flag> NO_FLAGS = List.of();
        /** Live: whether the last {@link #median} call found the values of its previous call. */
        private boolean medianReused;
        /** During a re-score: the researchers the edit touched (then cohort stages may skip everyone else). */
        private java.util.Collection<Integer> affectedNow;
        /**
         * Live only: the researchers whose card may have changed during the re-score being applied (touched by the
         * edit, a moved row, rank or percentile, changed missing-input flags, unranked members of a re-run cohort),
         * each once ({@link #checkMark}); every other member of a re-run cohort keeps its card and its place.
         */
        private int[] toCheck = new int[64];
        private int toCheckCount;
        private int[] checkMark;
        private int checkStamp = 1;
        /** Live only: per cohort the ranked members of its last scoring, in member order. */
        private final Map<CohortKey, int[]> rankedMembers = new HashMap<>();

        Run(EvaluationInput in, EvaluationOptions opt, ProgressListener progress, BooleanSupplier cancelled) {
            this.in = in;
            this.opt = opt;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        EvaluationResult run() {
            progress.progress(0.0, "progress.evaluation.start");
            prepareSchemes();
            prepareResearchers();
            decideCycles();
            checkCancelled();
            progress.progress(0.15, "progress.evaluation.index");
            indexOutputs();
            representativeWorks();
            checkCancelled();
            progress.progress(0.25, "progress.evaluation.indicators");
            computeValues();
            progress.progress(0.6, "progress.evaluation.scoring");
            cohorts = cohorts();
            for (Map.Entry<CohortKey, List<Integer>> e : cohorts.entrySet()) {
                gatesAndMissing(e.getKey(), e.getValue());
            }
            int done = 0;
            for (Map.Entry<CohortKey, List<Integer>> e : cohorts.entrySet()) {
                checkCancelled();
                scoreCohort(e.getKey(), e.getValue(), cohorts);
                progress.progress(0.6 + 0.35 * (++done) / cohorts.size(), "progress.evaluation.scoring");
            }
            assemble();
            endOfPass();
            EvaluationResult result = result();
            progress.progress(1.0, "progress.evaluation.done");
            return result;
        }

        /** The researcher with this id as the run knows it, or {@code null}. */
        Researcher researcher(ResearcherId id) {
            int r = Arrays.binarySearch(rids, id.value());
            return r < 0 ? null : rs[r];
        }

        /** The outputs crediting a researcher, by id; empty for an unknown researcher. */
        List<Output> outputsOf(ResearcherId id) {
            int r = Arrays.binarySearch(rids, id.value());
            if (r < 0) {
                return List.of();
            }
            List<Output> list = new ArrayList<>(idx.end[r] - idx.start[r]);
            for (int e = idx.start[r]; e < idx.end[r]; e++) {
                list.add(idx.outputs[idx.output[e]]);
            }
            return list;
        }

        /**
         * Applies an edit of one researcher — the new profile and the full new list of the outputs crediting them
         * (outputs that credited them and are absent are removed from the institute; outputs with a known id replace
         * the old version, for every co-author) — and re-scores what it touches.
         */
        EvaluationResult rescore(Researcher changed, List<Output> theirOutputs) {
            int r = Arrays.binarySearch(rids, changed.id().value());
            if (r < 0) {
                throw new InvalidInputException("evaluation.unknownResearcher", changed.id().value());
            }
            Output[] news = theirOutputs.toArray(new Output[0]);
            Arrays.sort(news, Comparator.comparingLong(o -> o.id().value()));
            for (int k = 0; k < news.length; k++) {
                if (k > 0 && news[k].id().value() == news[k - 1].id().value()) {
                    throw new InvalidInputException("evaluation.duplicateOutput", news[k].id().value());
                }
                if (news[k].contributors().stream().noneMatch(c -> c.researcherId().equals(changed.id()))) {
                    throw new InvalidInputException("evaluation.outputNotCredited", news[k].id().value(),
                            changed.id().value());
                }
            }
            long[] before = idx.outputIdsOf(r);
            long[] removedIds = Arrays.stream(before).filter(id -> indexIn(news, id) < 0).toArray();
            // outputs equal to the version known are no change (and touch none of their co-authors)
            Output[] edited = Arrays.stream(news).filter(o -> {
                int k = idx.indexOf(o.id().value());
                return k < 0 || !idx.outputs[k].equals(o);
            }).toArray(Output[]::new);
            java.util.TreeSet<Integer> affected = new java.util.TreeSet<>();
            for (int a : idx.patch(removedIds, edited)) {
                affected.add(a);
            }
            affected.add(r);
            for (long id : removedIds) {
                affected.addAll(worksReferencing.getOrDefault(id, List.of()));
            }
            for (Output o : edited) {
                affected.addAll(worksReferencing.getOrDefault(o.id().value(), List.of()));
            }
            rs[r] = changed;

            java.util.TreeSet<CohortKey> touched = new java.util.TreeSet<>();
            boolean unassignedChanged = false;
            for (int a : affected) {
                if (cohortOf[a] != null) {
                    touched.add(cohortOf[a]);
                    cohorts.get(cohortOf[a]).remove(Integer.valueOf(a));
                } else {
                    unassignedChanged = true;
                    removeCard(unassignedCards, card[a]);
                }
                resetPerson(a);
                recheck(a);
                decide(a);
                if (cohortOf[a] != null) {
                    touched.add(cohortOf[a]);
                    List<Integer> members = cohorts.computeIfAbsent(cohortOf[a], k -> new ArrayList<>());
                    int at = java.util.Collections.binarySearch(members, a);
                    members.add(-at - 1, a);
                }
            }
            for (int a : affected) {
                repWorks(a);
            }
            for (int a : affected) {
                for (SchemeValues sv : values.values()) {
                    sv.clear(a);
                }
                values(a);
            }
            java.util.TreeSet<CohortKey> rescored = new java.util.TreeSet<>(touched);
            for (CohortSummary cs : summaries.values()) {
                if (cs.fallback() && (cs.reference().coversAllCategories()
                        || touched.stream().anyMatch(k -> k.category() == cs.reference().category()))) {
                    rescored.add(cs.key());
                }
            }
            affectedNow = affected;
            for (CohortKey key : touched) {
                List<Integer> members = cohorts.get(key);
                if (members.isEmpty()) {
                    cohorts.remove(key);
                    summaries.remove(key);
                    cohortTraceInputs.remove(key);
                    normalised.remove(key);
                    medianInputs.remove(key);
                    orderings.remove(key);
                    rankedMembers.remove(key);
                    cohortCards.remove(key);
                    cardOrder.remove(key);
                    rescored.remove(key);
                } else {
                    gatesAndMissing(key, members);
                }
            }
            affectedNow = null;
            for (CohortKey key : rescored) {
                scoreCohort(key, cohorts.get(key), cohorts);
            }
            for (int a : affected) {
                context(a);
                if (cohortOf[a] == null) {
                    card[a] = card(a);
                    insertCard(unassignedCards, card[a]);
                }
            }
            for (CohortKey key : rescored) {
                cohortCards.put(key, cohortCards(key, cohorts.get(key)));
            }
            for (int a : affected) {
                touchedByEdit[a] = false;
            }
            endOfPass();
            return result();
        }

        /** Live only: researcher r's card must be looked at again when its cohort's card list is rebuilt. */
        private void recheck(int r) {
            if (!live || checkMark[r] == checkStamp) {
                return;
            }
            checkMark[r] = checkStamp;
            if (toCheckCount == toCheck.length) {
                toCheck = Arrays.copyOf(toCheck, 2 * toCheckCount);
            }
            toCheck[toCheckCount++] = r;
        }

        private void endOfPass() {
            toCheckCount = 0;
            checkStamp++;
        }

        private static int indexIn(Output[] sorted, long id) {
            int lo = 0;
            int hi = sorted.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                long v = sorted[mid].id().value();
                if (v < id) {
                    lo = mid + 1;
                } else if (v > id) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** Everything a researcher's per-person and cohort stages write, back to its state before them. */
        private void resetPerson(int r) {
            personFlags.set(r, new ArrayList<>());
            gateFlags.set(r, new ArrayList<>());
            missingFlags.set(r, new ArrayList<>());
            cohortFlags.set(r, new ArrayList<>());
            differRanks[r] = 0;
            contextFlags.set(r, new ArrayList<>());
            gates.set(r, List.of());
            repFindings.set(r, List.of());
            submittedWorks[r] = false;
            eligible[r] = false;
            gatesPassed[r] = false;
            touchedByEdit[r] = true;
            resetScores(r);
            cohortOf[r] = null;
            decisions[r] = null;
        }

        private void resetScores(int r) {
            rank[r] = null;
            cohortSize[r] = null;
            total[r] = null;
            dimScore[r] = new Double[3];
            percentile[r] = null;
            trace[r] = null;
            stability[r] = null;
        }

        private void checkCancelled() {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("evaluation cancelled");
            }
        }

        private void prepareSchemes() {
            for (Map.Entry<ResearchCategory, Scheme> e : new TreeMap<>(in.schemes()).entrySet()) {
                Scheme s = SchemeValidator.validate(e.getValue());
                if (s.category() != e.getKey()) {
                    throw new InvalidInputException("evaluation.schemeCategoryMismatch", e.getKey(), s.category(),
                            s.ref());
                }
                schemes.put(e.getKey(), s);
                if (s.weighting().needsMatrices()) {
                    List<AhpWeights.Level> levels = AhpWeights.compute(s,
                            new Ahp(opt.ahpMethod(), opt.randomIndex(), opt.ahpMaxConsistencyRatio()));
                    AhpWeights.requireConsistent(levels, opt.ahpMaxConsistencyRatio());
                    ahp.put(e.getKey(), levels);
                }
            }
        }

        private void prepareResearchers() {
            rs = in.researchers().toArray(new Researcher[0]);
            Arrays.sort(rs, Comparator.comparingLong(r -> r.id().value()));
            rids = new long[rs.length];
            for (int i = 0; i < rs.length; i++) {
                rids[i] = rs[i].id().value();
                if (i > 0 && rids[i] == rids[i - 1]) {
                    throw new InvalidInputException("evaluation.duplicateResearcher", rids[i]);
                }
            }
            in.peerReview().forEach((id, v) -> requireFinite(v, id, "PEER_REVIEW"));
            in.manualInputs().forEach((id, m) -> m.forEach((code, v) -> requireFinite(v, id, code)));
            int n = rs.length;
            rank = new Integer[n];
            cohortSize = new Integer[n];
            total = new Double[n];
            dimScore = new Double[n][3];
            percentile = new Double[n];
            trace = new Trace[n];
            stability = new RankInterval[n];
            eligible = new boolean[n];
            gatesPassed = new boolean[n];
            lastTrace = new Trace[n];
            traceInputs = new double[n][];
            touchedByEdit = new boolean[n];
            submittedWorks = new boolean[n];
            context = new BibliometricContext[n];
            card = new ScoreCard[n];
            mark = new int[n];
            checkMark = new int[n];
            differRanks = new long[n];
            differFlag = new Flag[n];
            personFlags = new ArrayList<>(n);
            gateFlags = new ArrayList<>(n);
            missingFlags = new ArrayList<>(n);
            cohortFlags = new ArrayList<>(n);
            contextFlags = new ArrayList<>(n);
            gates = new ArrayList<>(n);
            repFindings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                personFlags.add(new ArrayList<>());
                gateFlags.add(new ArrayList<>());
                missingFlags.add(new ArrayList<>());
                cohortFlags.add(new ArrayList<>());
                contextFlags.add(new ArrayList<>());
                gates.add(List.of());
                repFindings.add(List.of());
            }
        }

        private static void requireFinite(Double v, ResearcherId id, String code) {
            if (v == null || !Double.isFinite(v)) {
                throw new InvalidInputException("evaluation.inputNotFinite", id.value(), code, String.valueOf(v));
            }
        }

        /** A researcher staff included although not due: the cycle in progress, up to the reference date. */
        private CycleDecision includedByStaff(CycleDecision d) {
            DateWindow w = d.window();
            LocalDate end = w.end().isAfter(in.referenceDate()) ? in.referenceDate() : w.end();
            DateWindow clipped = end.isBefore(w.start()) ? new DateWindow(w.start(), w.start()) : new DateWindow(
                    w.start(), end);
            List<org.talentbench.core.cycle.Reason> reasons = new ArrayList<>(d.reasons());
            reasons.add(org.talentbench.core.cycle.Reason.of("cycle.reason.includedByStaff", clipped.start(),
                    clipped.end()));
            return new CycleDecision(CycleStatus.DUE_FULL, d.category(), clipped, d.nextDueDate(), d.youngTalent(),
                    reasons);
        }

        private void decideCycles() {
            CycleRules base = in.cycleRules();
            for (Scheme s : schemes.values()) {
                if (s.cycle() != null) {
                    base = base.withCategory(s.category(), s.cycle());
                }
            }
            rules = base;
            decisions = new CycleDecision[rs.length];
            cohortOf = new CohortKey[rs.length];
            for (int i = 0; i < rs.length; i++) {
                if ((i & 255) == 0) {
                    checkCancelled();
                }
                decide(i);
            }
        }

        /** Researcher i's cycle decision, cohort and cycle flags. */
        private void decide(int i) {
            CycleDecision d = CycleEngine.decide(rs[i], in.referenceDate(), rules);
            List<Flag> f = personFlags.get(i);
            Boolean staff = in.staffDecisions().get(rs[i].id());
            if (Boolean.TRUE.equals(staff) && !d.due() && d.window() != null) {
                d = includedByStaff(d);
                f.add(Flag.of("flag.includedByStaff"));
            }
            decisions[i] = d;
            if (Boolean.FALSE.equals(staff)) {
                f.add(Flag.of("flag.excludedByStaff"));
                return;
            }
            switch (d.status()) {
                case NOT_DUE -> f.add(Flag.of("flag.notDue", d.nextDueDate() == null ? "" : d.nextDueDate()));
                case CHECK_IN_ONLY -> f.add(Flag.of("flag.checkInOnly", d.nextDueDate()));
                case DUE_FULL -> {
                    if (!schemes.containsKey(d.category())) {
                        f.add(Flag.of("flag.noScheme", d.category()));
                    } else {
                        cohortOf[i] = new CohortKey(d.category(), opt.groupOf(rs[i].discipline()));
                    }
                    if (d.window().end().isAfter(in.referenceDate())) {
                        f.add(Flag.of("flag.windowEndsAfterReference", d.window().end(), in.referenceDate()));
                    }
                }
            }
        }

        private void indexOutputs() {
            Output[] outs = in.outputs().toArray(new Output[0]);
            boolean sorted = true;
            for (int k = 1; k < outs.length && sorted; k++) {
                sorted = outs[k].id().value() > outs[k - 1].id().value();
            }
            if (!sorted) {
                Arrays.sort(outs, Comparator.comparingLong(o -> o.id().value()));
                for (int k = 1; k < outs.length; k++) {
                    if (outs[k].id().value() == outs[k - 1].id().value()) {
                        throw new InvalidInputException("evaluation.duplicateOutput", outs[k].id().value());
                    }
                }
            }
            idx = OutputIndex.build(outs, rids);
        }

        private void representativeWorks() {
            for (RepresentativeWork w : in.representativeWorks()) {
                int r = Arrays.binarySearch(rids, w.researcherId().value());
                if (r < 0) {
                    continue;
                }
                worksOf.computeIfAbsent(r, k -> new ArrayList<>()).add(w);
                List<Integer> referencing = worksReferencing.computeIfAbsent(w.outputId().value(),
                        k -> new ArrayList<>());
                if (!referencing.contains(r)) {
                    referencing.add(r);
                }
            }
            for (int r : worksOf.keySet()) {
                repWorks(r);
            }
        }

        /** Researcher r's representative-work findings and flags (nothing when r submitted none). */
        private void repWorks(int r) {
            List<RepresentativeWork> works = worksOf.get(r);
            {
                if (works == null) {
                    return;
                }
                submittedWorks[r] = true;
                Map<OutputId, Output> referenced = new HashMap<>();
                for (RepresentativeWork w : works) {
                    int k = idx.indexOf(w.outputId().value());
                    if (k >= 0) {
                        referenced.put(w.outputId(), idx.outputs[k]);
                    }
                }
                ResearchCategory category = decisions[r].category() == null ? rs[r].category()
                        : decisions[r].category();
                Scheme s = schemes.get(category);
                RepresentativeWorkPolicy policy = s == null ? RepresentativeWorkPolicy.defaults()
                        : s.representativeWorks();
                List<RepresentativeWorkFinding> found = RepresentativeWorkRules.check(works, referenced,
                        category, policy);
                repFindings.set(r, found);
                long blocking = found.stream().filter(f -> f.severity() == CheckSeverity.BLOCKING).count();
                long warnings = found.stream().filter(f -> f.severity() == CheckSeverity.WARNING).count();
                if (blocking > 0) {
                    personFlags.get(r).add(Flag.of("flag.representativeWorksBlocking", blocking));
                }
                if (warnings > 0) {
                    personFlags.get(r).add(Flag.of("flag.representativeWorksWarning", warnings));
                }
            }
        }

        private TreeMap<CohortKey, List<Integer>> cohorts() {
            TreeMap<CohortKey, List<Integer>> m = new TreeMap<>();
            for (int i = 0; i < rs.length; i++) {
                if (cohortOf[i] != null) {
                    m.computeIfAbsent(cohortOf[i], k -> new ArrayList<>()).add(i);
                }
            }
            return m;
        }

        private SchemeValues valuesFor(ResearchCategory c) {
            return values.computeIfAbsent(c, k -> new SchemeValues(schemes.get(k), rs.length));
        }

        private void computeValues() {
            for (int i = 0; i < rs.length; i++) {
                if ((i & 255) == 0) {
                    checkCancelled();
                    progress.progress(0.25 + 0.35 * i / Math.max(1, rs.length), "progress.evaluation.indicators");
                }
                values(i);
            }
        }

        /** Researcher i's indicator values under the cohort's scheme, and the flags about the outputs counted. */
        private void values(int i) {
            if (cohortOf[i] == null) {
                return;
            }
            valuesFor(cohortOf[i].category()).compute(i, rs[i], decisions[i].window(), idx, in.peerReview(),
                    in.manualInputs());
            gatesPassed[i] = gates(i, schemes.get(cohortOf[i].category()));
            if (idx.start[i] == idx.end[i] || noOutputsInWindow(i)) {
                personFlags.get(i).add(Flag.of("flag.noOutputsInWindow"));
            }
            long from = decisions[i].window().start().toEpochDay();
            long to = decisions[i].window().end().toEpochDay();
            for (int e = idx.start[i]; e < idx.end[i]; e++) {
                int o = idx.output[e];
                if (idx.overAllocated[o] && idx.epochDays[o] >= from && idx.epochDays[o] <= to) {
                    personFlags.get(i).add(Flag.of("flag.sharesOver100", idx.outputIds[o]));
                }
            }
        }

        private boolean noOutputsInWindow(int i) {
            DateWindow w = decisions[i].window();
            long from = w.start().toEpochDay();
            long to = w.end().toEpochDay();
            for (int e = idx.start[i]; e < idx.end[i]; e++) {
                long day = idx.epochDays[idx.output[e]];
                if (day >= from && day <= to) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Gates and missing inputs for one cohort; sets {@link #eligible}. Imputations of an earlier pass are undone
         * first, so that the stage can run again after an edit.
         */
        private void gatesAndMissing(CohortKey key, List<Integer> members) {
            Scheme s = schemes.get(key.category());
            SchemeValues sv = values.get(key.category());
            {
                // medians first, over the gate-passing members' values present (an earlier pass's imputations count
                // as missing), so that neither exclusions nor imputations can shift them
                double[] medians = new double[sv.indicators.length];
                boolean sameMedians = live;
                for (int j = 0; j < sv.indicators.length; j++) {
                    if (sv.indicators[j].kind().isExpertJudgement()) {
                        medians[j] = median(key, members, sv, j);
                        sameMedians &= medianReused;
                    }
                }
                // live, with every median as before: an untouched member's eligibility, imputations and flags come
                // out as they were, so only the members the edit touched are run again
                List<Integer> who = members;
                if (sameMedians && affectedNow != null) {
                    who = new ArrayList<>();
                    for (int a : affectedNow) {
                        if (key.equals(cohortOf[a])) {
                            who.add(a);
                        }
                    }
                }
                // live: the missing-input flags before, so that a member whose flags did not change keeps the list
                List<List<Flag>> before = live ? new ArrayList<>(who.size()) : null;
                for (int r : who) {
                    if (live) {
                        before.add(missingFlags.get(r));
                    }
                    missingFlags.set(r, NO_FLAGS);
                    sv.undoImputations(r);
                    eligible[r] = gatesPassed[r];
                }
                for (int j = 0; j < sv.indicators.length; j++) {
                    IndicatorKind kind = sv.indicators[j].kind();
                    if (!kind.isExpertJudgement()) {
                        continue;
                    }
                    MissingInputRule rule = kind == IndicatorKind.PEER_REVIEW ? opt.missingPeerReview()
                            : opt.missingManualInput();
                    String flag = kind == IndicatorKind.PEER_REVIEW ? "flag.peerReviewMissing"
                            : "flag.manualInputMissing";
                    for (int r : who) {
                        if (sv.status[r][j] != InputStatus.MISSING) {
                            continue;
                        }
                        String code = sv.indicators[j].indicator.code();
                        switch (rule) {
                            case EXCLUDE_FROM_RANKING -> eligible[r] = false;
                            case ZERO -> sv.impute(r, j, sv.indicators[j].transform(0.0,
                                    decisions[r].window().years()), InputStatus.IMPUTED_ZERO);
                            case COHORT_MEDIAN -> sv.impute(r, j, medians[j], InputStatus.IMPUTED_MEDIAN);
                        }
                        if (missingFlags.get(r) == NO_FLAGS) {
                            missingFlags.set(r, new ArrayList<>());
                        }
                        missingFlags.get(r).add(Flag.of(flag, code, rule));
                    }
                }
                if (live) {
                    int i = 0;
                    for (int r : who) {
                        List<Flag> old = before.get(i++);
                        if (old.equals(missingFlags.get(r))) {
                            missingFlags.set(r, old);
                        } else {
                            recheck(r);
                        }
                    }
                }
            }
        }

        /**
         * Lower median of the values present (computed or given, not imputed) among gate-passing members; 0 when
         * none. Live: {@link #medianReused} tells whether they were the very values of the last call.
         */
        private double median(CohortKey key, List<Integer> members, SchemeValues sv, int j) {
            double[] present = new double[members.size()];
            int n = 0;
            for (int r : members) {
                InputStatus st = sv.status[r][j];
                if (gatesPassed[r] && (st == InputStatus.COMPUTED || st == InputStatus.GIVEN)) {
                    present[n++] = sv.value[r][j];
                }
            }
            medianReused = false;
            if (live) {
                // the same values present as last time (in member order): the same median, without sorting
                double[][] last = medianInputs.computeIfAbsent(key, c -> new double[sv.indicators.length][]);
                if (last[j] != null && Arrays.equals(last[j], 0, last[j].length - 1, present, 0, n)) {
                    medianReused = true;
                    return last[j][last[j].length - 1];
                }
                double m = sortedMedian(present.clone(), n);
                double[] kept = Arrays.copyOf(present, n + 1);
                kept[n] = m;
                last[j] = kept;
                return m;
            }
            return sortedMedian(present, n);
        }

        private static double sortedMedian(double[] present, int n) {
            Arrays.sort(present, 0, n);
            return n == 0 ? 0.0 : present[(n - 1) / 2];
        }

        private boolean gates(int r, Scheme s) {
            boolean pass = true;
            List<GateOutcome> outcomes = new ArrayList<>();
            Map<String, Double> manual = in.manualInputs().get(rs[r].id());
            for (Gate g : s.gates()) {
                boolean passed;
                boolean missing;
                if (g.kind() == GateKind.MANUAL) {
                    Double v = manual == null ? null : manual.get(g.code());
                    missing = v == null;
                    passed = missing ? g.passWhenMissing() : v >= 0.5;
                } else {
                    List<RepresentativeWorkFinding> found = repFindings.get(r);
                    missing = !submittedWorks[r];
                    passed = missing ? g.passWhenMissing()
                            : found.stream().noneMatch(f -> f.severity() == CheckSeverity.BLOCKING);
                }
                outcomes.add(new GateOutcome(g.code(), passed, missing));
                if (!passed) {
                    pass = false;
                    gateFlags.get(r).add(Flag.of("flag.gateFailed", g.code()));
                } else if (missing) {
                    gateFlags.get(r).add(Flag.of("flag.gateInputMissing", g.code()));
                }
            }
            gates.set(r, outcomes);
            return pass;
        }

        private void scoreCohort(CohortKey key, List<Integer> members, TreeMap<CohortKey, List<Integer>> cohorts) {
            Scheme s = schemes.get(key.category());
            SchemeValues sv = values.get(key.category());
            // the scores are overwritten member by member below (keeping a boxed number that did not move, so that
            // an unchanged card is recognised by identity); nothing reads them in between
            int[] m = new int[members.size()];
            int mn = 0;
            for (int r : members) {
                if (eligible[r]) {
                    m[mn++] = r;
                }
            }
            m = mn == m.length ? m : Arrays.copyOf(m, mn);
            // live: which ranked members' numbers may have moved since the cohort's last scoring; the others keep
            // their trace, numbers, flags and card untouched (valid only when the ranked members are the same)
            int[] lastM = live ? rankedMembers.put(key, m) : null;
            boolean allMoved = !live || lastM == null || !Arrays.equals(lastM, m);
            boolean[] moved = allMoved ? null : new boolean[m.length];
            int k = sv.indicators.length;
            List<Flag> notes = new ArrayList<>();

            // reference group
            CohortKey reference = key;
            List<Integer> extra = new ArrayList<>();
            int referenceSize = m.length;
            while (referenceSize < opt.minCohortSize() && !reference.coversAllCategories()) {
                reference = reference.wider();
                extra = widerPool(key, reference, cohorts);
                referenceSize = m.length + extra.size();
            }
            boolean fallback = !reference.equals(key);
            if (fallback) {
                notes.add(Flag.of("flag.cohortFallback", key, m.length, reference, referenceSize,
                        opt.minCohortSize()));
            }
            if (referenceSize < opt.minCohortSize()) {
                notes.add(Flag.of("flag.referenceBelowMinimum", reference, referenceSize, opt.minCohortSize()));
            }

            // normalised matrix of the ranked members
            double[][] x = new double[m.length][k];
            double[][][] cache = live ? normalised.computeIfAbsent(key, c -> new double[2][k][]) : null;
            for (int j = 0; j < k; j++) {
                double[] ref = referenceValues(sv, m, extra, j);
                double[] norm;
                if (cache != null && Arrays.equals(cache[0][j], ref)) {
                    norm = cache[1][j]; // the same reference column as last time: the same normalised values
                } else {
                    norm = opt.normalisation().apply(ref);
                    if (cache != null) {
                        if (!allMoved) {
                            allMoved = markMoved(moved, cache[0][j], cache[1][j], ref, norm);
                        }
                        cache[0][j] = ref;
                        cache[1][j] = norm;
                    }
                }
                for (int i = 0; i < m.length; i++) {
                    x[i][j] = norm[i];
                }
            }

            WeightResolver.Resolved w = WeightResolver.resolve(s, ahp.get(key.category()), x, sv.dimOf, notes);
            int dn = s.dimensions().size();
            double[] ws = new double[m.length];
            double[][] points = new double[m.length][k];
            double[][] dims = new double[m.length][dn];
            for (int i = 0; i < m.length; i++) {
                for (int j = 0; j < k; j++) {
                    points[i][j] = 100.0 * w.effective()[j] * x[i][j];
                    dims[i][sv.dimOf[j]] += points[i][j];
                }
                double t = 0;
                for (int d = 0; d < dn; d++) {
                    t += dims[i][d];
                }
                ws[i] = t;
            }
            double[] closeness = m.length == 0 ? new double[0] : Topsis.closeness(x,
                    WeightResolver.normalised(w.effective()), benefit(k), opt.topsisNormalisation());
            double[] tp = new double[m.length];
            for (int i = 0; i < m.length; i++) {
                tp[i] = 100.0 * closeness[i];
            }
            double[] totals = opt.aggregation() == Aggregation.TOPSIS ? tp : ws;
            // ranks, percentiles and τ are functions of the two score columns alone: in a live evaluation they are
            // taken from the cohort's last scoring when both columns are the same bit for bit
            Ordering kept = live ? orderings.get(key) : null;
            Ordering o = kept != null && Arrays.equals(kept.ws, ws) && Arrays.equals(kept.tp, tp) ? kept
                    : ordering(ws, tp, totals, m.length);
            if (live) {
                orderings.put(key, o);
                if (!allMoved && o != kept) {
                    allMoved = markMoved(moved, kept, o, opt.aggregation() == Aggregation.TOPSIS);
                }
            }
            int[] wsRanks = o.wsRanks;
            int[] tpRanks = o.tpRanks;
            int[] ranks = opt.aggregation() == Aggregation.TOPSIS ? tpRanks : wsRanks;
            double[] pct = o.pct;
            boolean agree = o.agree;
            Double tau = o.tau;
            if (!agree) {
                notes.add(Flag.of("flag.rankingsDisagree", tau == null ? "" : String.format(java.util.Locale.ROOT,
                        "%.4f", tau)));
            }
            RankInterval[] intervals = opt.sensitivity().enabled() && m.length >= 2
                    ? RankStability.analyse(key.toString(), x, sv.dimOf, w.dimensionWeights(), w.indicatorWeights(),
                    ranks, opt.aggregation(), opt.topsisNormalisation(), opt.sensitivity())
                    : new RankInterval[m.length];

            CohortSummary last = summaries.get(key);
            if (live && fallback && last != null && last.fallback() && last.notes().get(0).equals(notes.get(0))) {
                notes.set(0, last.notes().get(0)); // the same note object on every card, so cards compare by identity
            }
            if (!allMoved && (last == null || last.fallback() != fallback
                    || fallback && last.notes().get(0) != notes.get(0) || opt.sensitivity().enabled())) {
                allMoved = true; // the note on every card, or the rank intervals, may differ
            }
            summaries.put(key, new CohortSummary(key, m.length, reference, referenceSize, fallback, s.ref(),
                    w.used(), opt.aggregation(), opt.topsisNormalisation(), agree, tau, notes));
            boolean sameInputs = false;
            if (live) {
                List<Object> cohortInputs = List.of(reference, referenceSize, fallback, w.used(),
                        Arrays.toString(w.dimensionWeights()), Arrays.toString(w.indicatorWeights()),
                        Arrays.toString(w.effective()));
                sameInputs = cohortInputs.equals(cohortTraceInputs.put(key, cohortInputs));
                allMoved |= !sameInputs;
            }

            int[] dimAt = {-1, -1, -1}; // canonical position -> the scheme's dimension
            for (int d = 0; d < dn; d++) {
                dimAt[canonical(s, d)] = d;
            }
            int pos = 0;
            for (int r : members) {
                boolean ranked = pos < m.length && m[pos] == r;
                if (!allMoved && ranked && !moved[pos] && !touchedByEdit[r]) {
                    pos++; // same row, weights, totals, ranks and percentile: card, trace and flags as they were
                    continue;
                }
                recheck(r);
                cohortFlags.set(r, new ArrayList<>());
                if (fallback) {
                    cohortFlags.get(r).add(notes.get(0));
                }
                if (ranked) {
                    int i = pos++;
                    rank[r] = kept(rank[r], ranks[i]);
                    cohortSize[r] = kept(cohortSize[r], m.length);
                    total[r] = kept(total[r], totals[i]);
                    percentile[r] = kept(percentile[r], 100.0 * pct[i]);
                    Double[] ds = dimScore[r];
                    for (int c = 0; c < 3; c++) {
                        ds[c] = dimAt[c] < 0 ? null : kept(ds[c], dims[i][dimAt[c]]);
                    }
                    stability[r] = intervals[i];
                    if (wsRanks[i] != tpRanks[i]) {
                        // the person's own disagreement, so that a list flags the people it concerns, not everyone
                        cohortFlags.get(r).add(methodRanksDiffer(r, wsRanks[i], tpRanks[i]));
                    } else {
                        differRanks[r] = 0;
                    }
                    if (intervals[i] != null && intervals[i].tooWide()) {
                        cohortFlags.get(r).add(Flag.of("flag.rankNotRobust", intervals[i].p5(), intervals[i].p95()));
                    }
                    if (intervals[i] != null && intervals[i].crossesGradeBoundary()) {
                        cohortFlags.get(r).add(Flag.of("flag.rankCrossesGradeBoundary",
                                intervals[i].gradeBoundaryRank(), intervals[i].p5(), intervals[i].p95()));
                    }
                    trace[r] = traceFor(sameInputs, s, sv, r, key, reference, referenceSize, fallback, w, x[i], points[i],
                            dims[i]);
                } else {
                    differRanks[r] = 0;
                    resetScores(r);
                    cohortFlags.get(r).add(Flag.of("flag.notRanked"));
                    trace[r] = traceFor(sameInputs, s, sv, r, key, reference, referenceSize, fallback, w, null, null,
                            null);
                }
            }
        }

        /**
         * Marks the ranked members whose value or normalised value in a column differs from the cohort's last
         * scoring (the first {@code moved.length} entries of a reference column are the ranked members); returns
         * true when the columns cannot be compared position by position (then every member counts as moved).
         */
        private static boolean markMoved(boolean[] moved, double[] oldRef, double[] oldNorm, double[] ref,
                                         double[] norm) {
            if (oldRef == null || oldNorm == null || oldRef.length != ref.length) {
                return true;
            }
            for (int i = 0; i < moved.length; i++) {
                if (Double.doubleToLongBits(oldRef[i]) != Double.doubleToLongBits(ref[i])
                        || Double.doubleToLongBits(oldNorm[i]) != Double.doubleToLongBits(norm[i])) {
                    moved[i] = true;
                }
            }
            return false;
        }

        /** Marks the ranked members whose total, rank by either method or percentile differs from before. */
        private static boolean markMoved(boolean[] moved, Ordering before, Ordering now, boolean topsis) {
            if (before == null || before.ws.length != now.ws.length) {
                return true;
            }
            double[] t0 = topsis ? before.tp : before.ws;
            double[] t1 = topsis ? now.tp : now.ws;
            for (int i = 0; i < moved.length; i++) {
                if (Double.doubleToLongBits(t0[i]) != Double.doubleToLongBits(t1[i])
                        || before.wsRanks[i] != now.wsRanks[i] || before.tpRanks[i] != now.tpRanks[i]
                        || Double.doubleToLongBits(before.pct[i]) != Double.doubleToLongBits(now.pct[i])) {
                    moved[i] = true;
                }
            }
            return false;
        }

        /**
         * The trace of a cohort member; in a live evaluation the previous one when neither the person, nor the
         * cohort's weights and reference group, nor any number the trace shows has changed.
         */
        private Trace traceFor(boolean sameCohortInputs, Scheme s, SchemeValues sv, int r, CohortKey key,
                               CohortKey reference, int referenceSize, boolean fallback, WeightResolver.Resolved w,
                               double[] x, double[] points, double[] dims) {
            if (!live) {
                return trace(s, sv, r, key, reference, referenceSize, fallback, w, x, points, dims);
            }
            int k = sv.indicators.length;
            int dn = s.dimensions().size();
            double[] last = traceInputs[r];
            boolean same = sameCohortInputs && !touchedByEdit[r] && lastTrace[r] != null && last != null
                    && last.length == 1 + 4 * k + dn;
            double[] snap = same ? last : new double[1 + 4 * k + dn];
            int n = 0;
            same = put(snap, n++, x == null ? 0 : 1, same);
            for (int j = 0; j < k && (same || snap != last); j++) {
                same = put(snap, n++, sv.value[r][j], same);
                same = put(snap, n++, sv.status[r][j].ordinal(), same);
                same = put(snap, n++, x == null ? 0 : x[j], same);
                same = put(snap, n++, x == null ? 0 : points[j], same);
            }
            for (int d = 0; d < dn && (same || snap != last); d++) {
                same = put(snap, n++, x == null ? 0 : dims[d], same);
            }
            if (same) {
                return lastTrace[r];
            }
            if (snap == last) {
                // a difference found while comparing in place: take the snapshot again into a new array
                traceInputs[r] = null;
                return traceFor(false, s, sv, r, key, reference, referenceSize, fallback, w, x, points, dims);
            }
            Trace t = trace(s, sv, r, key, reference, referenceSize, fallback, w, x, points, dims);
            lastTrace[r] = t;
            traceInputs[r] = snap;
            return t;
        }

        /**
         * Comparing: whether {@code a[i]} already holds {@code v} (bit for bit); filling (when {@code same} is
         * false and the array is a new one): stores it.
         */
        private static boolean put(double[] a, int i, double v, boolean same) {
            if (same) {
                return Double.doubleToLongBits(a[i]) == Double.doubleToLongBits(v);
            }
            a[i] = v;
            return false;
        }

        /**
         * The flag that researcher r's two methods rank them differently; in a live evaluation the very flag of the
         * previous scoring when it names the same two ranks (kept in {@link #differFlag}, its ranks in
         * {@link #differRanks}), so that an unchanged card is recognised without comparing flag texts.
         */
        private Flag methodRanksDiffer(int r, int ws, int tp) {
            long both = ((long) ws << 32) | tp;
            if (live && differRanks[r] == both && differFlag[r] != null) {
                return differFlag[r];
            }
            differRanks[r] = both;
            differFlag[r] = Flag.of("flag.methodRanksDiffer", ws, tp);
            return differFlag[r];
        }

        /** A cohort's ranks by both methods, percentiles of the totals, agreement and τ, with the columns used. */
        private record Ordering(double[] ws, double[] tp, int[] wsRanks, int[] tpRanks, double[] pct, boolean agree,
                                Double tau) {
        }

        private static Ordering ordering(double[] ws, double[] tp, double[] totals, int n) {
            int[] wsRanks = Ranks.descending(ws);
            int[] tpRanks = Ranks.descending(tp);
            boolean agree = Arrays.equals(wsRanks, tpRanks);
            Double tau = null;
            if (n >= 2) {
                double t = agree ? 1.0 : KendallTau.tauB(ws, tp);
                tau = Double.isNaN(t) ? null : t;
            }
            return new Ordering(ws, tp, wsRanks, tpRanks, Normalisation.PERCENTILE_RANK.apply(totals), agree, tau);
        }

        /** {@code v}, as the boxed number already held when that is the same value bit for bit. */
        private static Double kept(Double held, double v) {
            return held != null && Double.doubleToLongBits(held) == Double.doubleToLongBits(v) ? held : Double.valueOf(v);
        }

        private static Integer kept(Integer held, int v) {
            return held != null && held == v ? held : Integer.valueOf(v);
        }

        private static CriterionType[] benefit(int k) {
            CriterionType[] t = new CriterionType[k];
            Arrays.fill(t, CriterionType.BENEFIT);
            return t;
        }

        /**
         * The wider pool beyond the cohort's own ranked members: gate-passing members of the other cohorts of the
         * same category, and (for ALL) every due researcher of other categories, in researcher order.
         */
        private List<Integer> widerPool(CohortKey key, CohortKey reference, TreeMap<CohortKey, List<Integer>> cohorts) {
            List<Integer> pool = new ArrayList<>();
            SchemeValues sv = values.get(key.category());
            for (int r = 0; r < rs.length; r++) {
                if (decisions[r].status() != CycleStatus.DUE_FULL || (cohortOf[r] != null && cohortOf[r].equals(key))) {
                    continue;
                }
                ResearchCategory c = decisions[r].category();
                if (c == key.category()) {
                    if (cohortOf[r] != null && eligible[r]) {
                        pool.add(r);
                    }
                } else if (reference.coversAllCategories()) {
                    if (!sv.computed(r)) {
                        sv.compute(r, rs[r], decisions[r].window(), idx, in.peerReview(), in.manualInputs());
                    }
                    pool.add(r);
                }
            }
            return pool;
        }

        /** The cohort's values first (in member order), then the wider pool's present values. */
        private double[] referenceValues(SchemeValues sv, int[] m, List<Integer> extra, int j) {
            double[] ref = new double[m.length + extra.size()];
            int n = 0;
            for (int r : m) {
                ref[n++] = sv.value[r][j];
            }
            for (int r : extra) {
                if (sv.status[r][j] != InputStatus.MISSING) {
                    ref[n++] = sv.value[r][j];
                }
            }
            return n == ref.length ? ref : Arrays.copyOf(ref, n);
        }

        private Trace trace(Scheme s, SchemeValues sv, int r, CohortKey key, CohortKey reference, int referenceSize,
                            boolean fallback, WeightResolver.Resolved w, double[] x, double[] points, double[] dims) {
            List<DimensionTrace> dts = new ArrayList<>();
            int j = 0;
            for (int d = 0; d < s.dimensions().size(); d++) {
                Dimension dim = s.dimensions().get(d);
                List<IndicatorTrace> its = new ArrayList<>();
                for (int q = 0; q < dim.indicators().size(); q++, j++) {
                    CompiledIndicator ci = sv.indicators[j];
                    its.add(new IndicatorTrace(ci.indicator.code(), ci.path, ci.kind(), sv.status[r][j],
                            sv.raw[r][j], sv.value[r][j], sv.counted.get(r).get(j), x == null ? null : x[j],
                            w.indicatorWeights()[j], w.effective()[j], points == null ? null : points[j]));
                }
                dts.add(new DimensionTrace(dim.code(), w.dimensionWeights()[d], dims == null ? null : dims[d], its));
            }
            return new Trace(s.ref(), key, reference, referenceSize, fallback, opt.normalisation(), w.used(),
                    opt.aggregation(), opt.topsisNormalisation(), decisions[r].window(), dts);
        }

        /** Researcher r's bibliometric context and its flag. */
        private void context(int r) {
            contextFlags.set(r, new ArrayList<>());
            context[r] = bibliometrics(r);
        }

        private BibliometricContext bibliometrics(int r) {
            DateWindow w = decisions[r].window();
            if (w == null) {
                return null;
            }
            long from = w.start().toEpochDay();
            long to = w.end().toEpochDay();
            long settled = in.referenceDate().minusYears(2).toEpochDay();
            int papers = 0;
            if (citeBuffer.length < idx.end[r] - idx.start[r]) {
                citeBuffer = new int[idx.end[r] - idx.start[r]];
            }
            int[] cites = citeBuffer;
            int nc = 0;
            double fnciSum = 0;
            int nf = 0;
            int unsettled = 0;
            long asOf = Long.MIN_VALUE;
            for (int e = idx.start[r]; e < idx.end[r]; e++) {
                int o = idx.output[e];
                long day = idx.epochDays[o];
                if (!idx.paper[o] || day < from || day > to || idx.share[e] <= 0) {
                    continue;
                }
                papers++;
                if (idx.citations[o] >= 0) {
                    cites[nc++] = idx.citations[o];
                }
                asOf = Math.max(asOf, idx.citationsAsOf[o]);
                double f = idx.fieldNormalisedImpact[o];
                if (!Double.isNaN(f)) {
                    fnciSum += f;
                    nf++;
                    if (day > settled) {
                        unsettled++;
                    }
                }
            }
            CitationIndicators ci = CitationIndicators.of(Arrays.copyOf(cites, nc));
            if (unsettled > 0) {
                contextFlags.get(r).add(Flag.of("flag.citationsUnsettled", unsettled));
            }
            return new BibliometricContext(papers, nc, ci.total(), ci.h(), ci.gPadded(), ci.gCapped(), ci.i10(),
                    nf == 0 ? null : fnciSum / nf, nf, unsettled,
                    asOf == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(asOf));
        }

        /** Every researcher's context and card, sorted into the per-cohort and unassigned lists. */
        private void assemble() {
            unassignedCards = new ArrayList<>();
            for (int r = 0; r < rs.length; r++) {
                context(r);
                card[r] = card(r);
                if (cohortOf[r] == null) {
                    unassignedCards.add(card[r]);
                }
            }
            unassignedCards.sort(CARD_ORDER);
            for (Map.Entry<CohortKey, List<Integer>> e : cohorts.entrySet()) {
                cohortCards.put(e.getKey(), cohortCards(e.getKey(), e.getValue()));
            }
        }

        private ScoreCard card(int r) {
            Researcher p = rs[r];
            List<Flag> f = new ArrayList<>(personFlags.get(r).size() + gateFlags.get(r).size() + missingFlags.get(r).size()
                    + cohortFlags.get(r).size() + contextFlags.get(r).size());
            f.addAll(personFlags.get(r));
            f.addAll(gateFlags.get(r));
            f.addAll(missingFlags.get(r));
            f.addAll(cohortFlags.get(r));
            f.addAll(contextFlags.get(r));
            return new ScoreCard(p.id(), p.employeeNo(), p.nameZh(),
                    decisions[r].category() == null ? p.category() : decisions[r].category(), decisions[r],
                    cohortOf[r], rank[r], cohortSize[r], total[r], dimScore[r][0], dimScore[r][1],
                    dimScore[r][2], percentile[r], trace[r], f, gates.get(r), repFindings.get(r), context[r],
                    stability[r]);
        }

        /**
         * New cards for a cohort's members, in {@link #CARD_ORDER}. In a live evaluation the cards are listed in
         * their previous order first, so that the sort only has to move the few whose rank changed; the order sorted
         * to is total, so the result does not depend on it.
         */
        private List<ScoreCard> cohortCards(CohortKey key, List<Integer> members) {
            int[] previous = live ? cardOrder.get(key) : null;
            if (previous != null) {
                return mergedCohortCards(key, previous);
            }
            List<ScoreCard> list = new ArrayList<>(members.size());
            for (int r : members) {
                if (!live || touchedByEdit[r] || card[r] == null || !sameCard(card[r], r)) {
                    card[r] = card(r);
                }
            }
            for (int r : members) {
                list.add(card[r]);
            }
            list.sort(CARD_ORDER);
            if (live) {
                int[] order = new int[list.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = Arrays.binarySearch(rids, list.get(i).researcherId().value());
                }
                cardOrder.put(key, order);
            }
            return list;
        }

        /**
         * Live: the cohort's card list after a re-score, from its previous order. Only the researchers marked for a
         * new look ({@link #toCheck}) can have a new card; everybody else keeps their card and, since the order is
         * total and depends on the card alone, their place relative to each other. The new cards are sorted among
         * themselves and merged in by binary search; those who left the cohort (touched by the edit) are dropped.
         */
        private List<ScoreCard> mergedCohortCards(CohortKey key, int[] previous) {
            int drop = ++stamp;
            int[] moved = new int[toCheckCount];
            int mc = 0;
            for (int q = 0; q < toCheckCount; q++) {
                int r = toCheck[q];
                if (key.equals(cohortOf[r])) {
                    if (touchedByEdit[r] || card[r] == null || !sameCard(card[r], r)) {
                        card[r] = card(r);
                        mark[r] = drop;
                        moved[mc++] = r;
                    }
                } else if (touchedByEdit[r]) {
                    mark[r] = drop; // may have left this cohort
                }
            }
            List<ScoreCard> list;
            if (mc == 0) {
                list = new ArrayList<>(previous.length);
                for (int r : previous) {
                    list.add(card[r]);
                }
                return list;
            }
            ScoreCard[] news = new ScoreCard[mc];
            for (int q = 0; q < mc; q++) {
                news[q] = card[moved[q]];
            }
            Arrays.sort(news, CARD_ORDER);
            int[] stay = new int[previous.length];
            int sn = 0;
            for (int r : previous) {
                if (mark[r] != drop) {
                    stay[sn++] = r;
                }
            }
            int[] order = new int[sn + mc];
            list = new ArrayList<>(sn + mc);
            int from = 0;
            int n = 0;
            for (ScoreCard c : news) {
                int lo = from;
                int hi = sn;
                while (lo < hi) { // first kept card after c
                    int mid = (lo + hi) >>> 1;
                    if (CARD_ORDER.compare(card[stay[mid]], c) < 0) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                for (int i = from; i < lo; i++) {
                    order[n++] = stay[i];
                    list.add(card[stay[i]]);
                }
                from = lo;
                order[n++] = Arrays.binarySearch(rids, c.researcherId().value());
                list.add(c);
            }
            for (int i = from; i < sn; i++) {
                order[n++] = stay[i];
                list.add(card[stay[i]]);
            }
            cardOrder.put(key, order);
            return list;
        }

        /** Whether a card still shows researcher r's numbers and flags (the person untouched by the edit). */
        private boolean sameCard(ScoreCard c, int r) {
            if (c.trace() != trace[r] || !java.util.Objects.equals(c.rank(), rank[r])
                    || !java.util.Objects.equals(c.cohortSize(), cohortSize[r])
                    || !java.util.Objects.equals(c.total(), total[r])
                    || !java.util.Objects.equals(c.innovation(), dimScore[r][0])
                    || !java.util.Objects.equals(c.quality(), dimScore[r][1])
                    || !java.util.Objects.equals(c.contribution(), dimScore[r][2])
                    || !java.util.Objects.equals(c.percentile(), percentile[r])
                    || !java.util.Objects.equals(c.stability(), stability[r])) {
                return false;
            }
            List<Flag> flags = c.flags();
            int n = sameFlags(flags, 0, personFlags.get(r));
            n = sameFlags(flags, n, gateFlags.get(r));
            n = sameFlags(flags, n, missingFlags.get(r));
            n = sameFlags(flags, n, cohortFlags.get(r));
            n = sameFlags(flags, n, contextFlags.get(r));
            return n == flags.size();
        }

        /**
         * Whether {@code flags} holds a stage's flags from position {@code from} on: the position after them, or
         * {@code Integer.MAX_VALUE} when not (a stage not run again still holds the very same flag objects).
         */
        private static int sameFlags(List<Flag> flags, int from, List<Flag> stage) {
            if (from == Integer.MAX_VALUE || from + stage.size() > flags.size()) {
                return Integer.MAX_VALUE;
            }
            for (int i = 0; i < stage.size(); i++) {
                Flag f = stage.get(i);
                Flag g = flags.get(from + i);
                if (g != f && !g.equals(f)) {
                    return Integer.MAX_VALUE;
                }
            }
            return from + stage.size();
        }

        private static void removeCard(List<ScoreCard> sorted, ScoreCard c) {
            int at = java.util.Collections.binarySearch(sorted, c, CARD_ORDER);
            if (at >= 0) {
                sorted.remove(at);
            }
        }

        private static void insertCard(List<ScoreCard> sorted, ScoreCard c) {
            int at = java.util.Collections.binarySearch(sorted, c, CARD_ORDER);
            sorted.add(at < 0 ? -at - 1 : at, c);
        }

        /** The cards in {@link #CARD_ORDER}: cohort by cohort, then the researchers without a cohort. */
        EvaluationResult result() {
            List<ScoreCard> cards = new ArrayList<>(rs.length);
            for (List<ScoreCard> list : cohortCards.values()) {
                cards.addAll(list);
            }
            cards.addAll(unassignedCards);
            Map<ResearchCategory, SchemeRef> refs = new LinkedHashMap<>();
            schemes.forEach((c, s) -> refs.put(c, s.ref()));
            return new EvaluationResult(VERSION, in.referenceDate(), opt, refs, cards, summaries);
        }

        /** Dimension scores are stored in the canonical order INNOVATION, QUALITY, CONTRIBUTION. */
        private static int canonical(Scheme s, int d) {
            return Dimension.CODES.indexOf(s.dimensions().get(d).code());
        }
    }

    /**
     * Cohort (none last), category, rank (unranked last), employee number, researcher id — written out rather than
     * chained, because a re-score sorts a few thousand cards with it.
     */
    private static final Comparator<ScoreCard> CARD_ORDER = (a, b) -> {
        CohortKey ka = a.cohort();
        CohortKey kb = b.cohort();
        if (ka != kb) {
            if (ka == null || kb == null) {
                return ka == null ? 1 : -1;
            }
            int c = ka.compareTo(kb);
            if (c != 0) {
                return c;
            }
        }
        int c = a.category().compareTo(b.category());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.rank() == null ? Integer.MAX_VALUE : a.rank(),
                b.rank() == null ? Integer.MAX_VALUE : b.rank());
        if (c != 0) {
            return c;
        }
        c = a.employeeNo().compareTo(b.employeeNo());
        return c != 0 ? c : Long.compare(a.researcherId().value(), b.researcherId().value());
    };
}
