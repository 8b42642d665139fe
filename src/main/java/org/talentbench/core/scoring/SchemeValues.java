package org.talentbench.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.talentbench.core.cycle.DateWindow;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.Dimension;
import org.talentbench.core.scheme.Indicator;
import org.talentbench.core.scheme.IndicatorKind;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scoring.bibliometrics.CitationIndicators;

/**
 * The raw and transformed indicator values of one scheme, for every researcher the scheme was computed for
 * (indexed like the engine's sorted researcher array). Each researcher's outputs are walked once: the window test
 * first, then every output indicator in turn. Not thread-safe; owned by one evaluation.
 */
final class SchemeValues {
    final Scheme scheme;
    final CompiledIndicator[] indicators;
    final int[] dimOf;
    final double[][] raw;
    final double[][] value;
    final InputStatus[][] status;
    final List<List<List<CountedOutput>>> counted;

    /** For each output kind (by ordinal), the indices of the output indicators that can match it. */
    private final int[][] byKind;
    private final CountedOutput[][] buffers;
    private final int[] fill;
    private final int[][] citationBuffers;

    SchemeValues(Scheme scheme, int researchers) {
        this.scheme = scheme;
        List<CompiledIndicator> list = new ArrayList<>();
        List<Integer> dims = new ArrayList<>();
        for (int d = 0; d < scheme.dimensions().size(); d++) {
            Dimension dim = scheme.dimensions().get(d);
            for (Indicator i : dim.indicators()) {
                list.add(new CompiledIndicator(i, Scheme.path(dim, i), d));
                dims.add(d);
            }
        }
        indicators = list.toArray(new CompiledIndicator[0]);
        dimOf = dims.stream().mapToInt(Integer::intValue).toArray();
        byKind = new int[org.talentbench.core.researcher.OutputKind.values().length][];
        for (int kind = 0; kind < byKind.length; kind++) {
            List<Integer> js = new ArrayList<>();
            for (int j = 0; j < indicators.length; j++) {
                if (indicators[j].kind().usesOutputs() && indicators[j].kindMatches(kind)) {
                    js.add(j);
                }
            }
            byKind[kind] = js.stream().mapToInt(Integer::intValue).toArray();
        }
        raw = new double[researchers][];
        value = new double[researchers][];
        status = new InputStatus[researchers][];
        counted = new ArrayList<>(java.util.Collections.nCopies(researchers, null));
        buffers = new CountedOutput[indicators.length][16];
        fill = new int[indicators.length];
        citationBuffers = new int[indicators.length][16];
    }

    boolean computed(int r) {
        return value[r] != null;
    }

    /** Computes every indicator of researcher {@code r} over {@code window}. */
    void compute(int r, Researcher researcher, DateWindow window, OutputIndex idx, Map<ResearcherId, Double> peer,
                 Map<ResearcherId, Map<String, Double>> manual) {
        int k = indicators.length;
        double[] rawR = new double[k];
        InputStatus[] st = new InputStatus[k];
        Arrays.fill(fill, 0);
        long from = window.start().toEpochDay();
        long to = window.end().toEpochDay();
        boolean anyOutputIndicator = false;
        for (CompiledIndicator ci : indicators) {
            anyOutputIndicator |= ci.kind().usesOutputs();
        }
        if (anyOutputIndicator) {
            for (int e = idx.start[r]; e < idx.end[r]; e++) {
                int o = idx.output[e];
                long day = idx.epochDays[o];
                if (day < from || day > to) {
                    continue;
                }
                int[] candidates = byKind[idx.kind[o]];
                if (candidates.length == 0) {
                    continue;
                }
                Output out = null;
                for (int j : candidates) {
                    CompiledIndicator ci = indicators[j];
                    if (ci.hasAttributeFilter() || ci.kind() == IndicatorKind.SUM || ci.kind() == IndicatorKind.MAX) {
                        if (out == null) {
                            out = idx.outputs[o];
                        }
                        if (ci.hasAttributeFilter() && !ci.matchesAttributes(out)) {
                            continue;
                        }
                    }
                    double share = ci.indicator.shareWeighted() ? idx.share[e] : 1.0;
                    double amount;
                    double contribution;
                    switch (ci.kind()) {
                        case COUNT -> {
                            amount = 1.0;
                            contribution = share;
                            rawR[j] += contribution;
                        }
                        case SUM -> {
                            amount = ci.amount(out);
                            if (Double.isNaN(amount)) {
                                continue;
                            }
                            contribution = share * amount;
                            rawR[j] += contribution;
                        }
                        case MAX -> {
                            amount = ci.amount(out);
                            if (Double.isNaN(amount)) {
                                continue;
                            }
                            contribution = share * amount;
                            rawR[j] = fill[j] == 0 ? contribution : Math.max(rawR[j], contribution);
                        }
                        default -> { // H_INDEX: citations of the papers, never share-weighted
                            if (!idx.paper[o] || idx.citations[o] < 0) {
                                continue;
                            }
                            amount = idx.citations[o];
                            contribution = amount;
                            if (fill[j] == citationBuffers[j].length) {
                                citationBuffers[j] = Arrays.copyOf(citationBuffers[j], fill[j] * 2);
                            }
                            citationBuffers[j][fill[j]] = idx.citations[o];
                        }
                    }
                    if (fill[j] == buffers[j].length) {
                        buffers[j] = Arrays.copyOf(buffers[j], fill[j] * 2);
                    }
                    buffers[j][fill[j]++] = new CountedOutput(new org.talentbench.core.researcher.OutputId(
                            idx.outputIds[o]), share, amount, contribution);
                }
            }
        }
        ResearcherId id = researcher.id();
        List<List<CountedOutput>> lists = new ArrayList<>(k);
        double[] val = new double[k];
        double years = window.years();
        for (int j = 0; j < k; j++) {
            CompiledIndicator ci = indicators[j];
            IndicatorKind kind = ci.kind();
            st[j] = InputStatus.COMPUTED;
            switch (kind) {
                case H_INDEX -> rawR[j] = CitationIndicators.of(Arrays.copyOf(citationBuffers[j], fill[j])).h();
                case PEER_REVIEW -> given(peer.get(id), rawR, st, j);
                case MANUAL -> {
                    Map<String, Double> m = manual.get(id);
                    given(m == null ? null : m.get(ci.indicator.code()), rawR, st, j);
                }
                case PROFILE -> rawR[j] = profile(ci.indicator, researcher);
                default -> {
                }
            }
            val[j] = st[j] == InputStatus.MISSING ? 0.0 : ci.transform(rawR[j], years);
            lists.add(fill[j] == 0 ? List.of() : List.of(Arrays.copyOf(buffers[j], fill[j])));
        }
        raw[r] = rawR;
        value[r] = val;
        status[r] = st;
        counted.set(r, lists);
    }

    /** Forgets researcher {@code r}'s values (after an edit), so that {@link #computed} is false. */
    void clear(int r) {
        raw[r] = null;
        value[r] = null;
        status[r] = null;
        counted.set(r, null);
    }

    /** Puts imputed values back to missing (value 0), as {@link #compute} left them. */
    void undoImputations(int r) {
        InputStatus[] st = status[r];
        for (int j = 0; j < st.length; j++) {
            if (st[j] == InputStatus.IMPUTED_ZERO || st[j] == InputStatus.IMPUTED_MEDIAN) {
                st[j] = InputStatus.MISSING;
                value[r][j] = 0.0;
            }
        }
    }

    /** Imputes a missing value (the imputed number is the post-transform value). */
    void impute(int r, int j, double v, InputStatus how) {
        value[r][j] = v;
        status[r][j] = how;
    }

    private static void given(Double v, double[] raw, InputStatus[] st, int j) {
        if (v == null) {
            st[j] = InputStatus.MISSING;
            raw[j] = 0.0;
        } else {
            st[j] = InputStatus.GIVEN;
            raw[j] = v;
        }
    }

    private static double profile(Indicator ind, Researcher r) {
        Map<String, Double> map = ind.valueMap();
        return switch (ind.profileField()) {
            case TITLE -> map.getOrDefault(r.title(), 0.0);
            case DEGREE -> map.getOrDefault(r.degree().name(), 0.0);
            case TALENT_TAG -> {
                double best = 0;
                for (String tag : new java.util.TreeSet<>(r.talentTags())) {
                    best = Math.max(best, map.getOrDefault(tag, 0.0));
                }
                yield best;
            }
        };
    }
}
