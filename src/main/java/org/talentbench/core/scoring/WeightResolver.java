package org.talentbench.core.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.scheme.AhpWeights;
import org.talentbench.core.scheme.Dimension;
import org.talentbench.core.scheme.Indicator;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scheme.WeightingMethod;
import org.talentbench.core.scoring.mcda.AhpResult;
import org.talentbench.core.scoring.mcda.EntropyWeights;
import org.talentbench.core.scoring.mcda.Normalisation;

/**
 * Resolves the weights of one cohort, level by level.
 * <ul>
 *   <li>DIRECT: the scheme's weights, renormalised per level so that they sum to 1 exactly.</li>
 *   <li>AHP: the principal eigenvector (or the approximate method) of each level's matrix, already checked for
 *       consistency.</li>
 *   <li>ENTROPY: per dimension, entropy weights (mcda {@link EntropyWeights}) of the cohort's normalised indicator
 *       values, each column first rescaled min-max within the ranked cohort (entropy needs non-negative data, and
 *       z-scores are not); then at the dimension level, entropy of the dimension scores computed with those
 *       indicator weights. Entropy always comes from the ranked cohort itself, even when normalisation fell back to
 *       a wider reference group. When a level has fewer than two researchers or no variation, its weights fall back
 *       to equal weights and the cohort is flagged {@code flag.entropyFallbackEqual}.</li>
 *   <li>COMBINED: w = α·AHP + (1 − α)·entropy per level, renormalised.</li>
 * </ul>
 * Stateless.
 */
final class WeightResolver {
    private WeightResolver() {
    }

    record Resolved(WeightsUsed used, double[] dimensionWeights, double[] indicatorWeights, double[] effective) {
    }

    static Resolved resolve(Scheme s, List<AhpWeights.Level> ahp, double[][] x, int[] dimOf, List<Flag> notes) {
        WeightingMethod method = s.weighting().method();
        List<Dimension> dims = s.dimensions();
        int kTotal = dimOf.length;
        double[] indW = new double[kTotal];
        List<LevelWeights> indLevels = new ArrayList<>();
        int k0 = 0;
        for (int d = 0; d < dims.size(); d++) {
            Dimension dim = dims.get(d);
            int kn = dim.indicators().size();
            List<String> codes = dim.indicators().stream().map(Indicator::code).toList();
            double[] direct = dim.indicators().stream().mapToDouble(Indicator::weight).toArray();
            AhpResult ahpResult = ahp == null ? null : ahp.get(d + 1).result();
            double[] entropy = null;
            if (method == WeightingMethod.ENTROPY || method == WeightingMethod.COMBINED) {
                double[][] cols = new double[x.length][kn];
                for (int i = 0; i < x.length; i++) {
                    System.arraycopy(x[i], k0, cols[i], 0, kn);
                }
                entropy = entropy(cols, kn, dim.code(), notes);
            }
            double[] w = combine(method, s.weighting().alpha(), direct, ahpResult, entropy);
            System.arraycopy(w, 0, indW, k0, kn);
            indLevels.add(level(dim.code(), codes, w, ahpResult, entropy));
            k0 += kn;
        }
        List<String> dimCodes = dims.stream().map(Dimension::code).toList();
        double[] directDims = dims.stream().mapToDouble(Dimension::weight).toArray();
        AhpResult dimAhp = ahp == null ? null : ahp.get(0).result();
        double[] dimEntropy = null;
        if (method == WeightingMethod.ENTROPY || method == WeightingMethod.COMBINED) {
            double[][] scores = new double[x.length][dims.size()];
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < kTotal; k++) {
                    scores[i][dimOf[k]] += indW[k] * x[i][k];
                }
            }
            dimEntropy = entropy(scores, dims.size(), AhpWeights.DIMENSION_LEVEL, notes);
        }
        double[] dimW = combine(method, s.weighting().alpha(), directDims, dimAhp, dimEntropy);
        LevelWeights dimLevel = level(AhpWeights.DIMENSION_LEVEL, dimCodes, dimW, dimAhp, dimEntropy);
        double[] eff = new double[kTotal];
        Map<String, Double> effective = new LinkedHashMap<>();
        int k = 0;
        for (int d = 0; d < dims.size(); d++) {
            for (Indicator ind : dims.get(d).indicators()) {
                eff[k] = dimW[d] * indW[k];
                effective.put(Scheme.path(dims.get(d), ind), eff[k]);
                k++;
            }
        }
        WeightsUsed used = new WeightsUsed(method, method == WeightingMethod.COMBINED ? s.weighting().alpha() : null,
                dimLevel, indLevels, effective);
        return new Resolved(used, dimW, indW, eff);
    }

    private static double[] combine(WeightingMethod method, double alpha, double[] direct, AhpResult ahp,
                                    double[] entropy) {
        double[] w;
        switch (method) {
            case AHP -> w = ahp.weights();
            case ENTROPY -> w = entropy.clone();
            case COMBINED -> {
                double[] a = ahp.weights();
                w = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    w[i] = alpha * a[i] + (1 - alpha) * entropy[i];
                }
            }
            default -> w = direct.clone();
        }
        return normalised(w);
    }

    private static double[] entropy(double[][] cols, int n, String path, List<Flag> notes) {
        if (cols.length >= 2) {
            double[][] scaled = new double[cols.length][n];
            double[] column = new double[cols.length];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < cols.length; i++) {
                    column[i] = cols[i][j];
                }
                double[] mm = Normalisation.MIN_MAX.apply(column);
                for (int i = 0; i < cols.length; i++) {
                    scaled[i][j] = mm[i];
                }
            }
            try {
                return EntropyWeights.compute(scaled);
            } catch (InvalidInputException e) {
                notes.add(Flag.of("flag.entropyFallbackEqual", path, e.code()));
            }
        } else {
            notes.add(Flag.of("flag.entropyFallbackEqual", path, "mcda.entropy.tooFewAlternatives"));
        }
        double[] equal = new double[n];
        java.util.Arrays.fill(equal, 1.0 / n);
        return equal;
    }

    private static LevelWeights level(String path, List<String> codes, double[] w, AhpResult ahp, double[] entropy) {
        return new LevelWeights(path, codes, list(w), ahp == null ? null : list(ahp.weights()),
                ahp == null ? null : new AhpConsistency(ahp.method().code(), ahp.table().code(), ahp.lambdaMax(),
                        ahp.ci(), ahp.cr(), ahp.ri()),
                entropy == null ? null : list(entropy));
    }

    static double[] normalised(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = sum > 0 ? w[i] / sum : 1.0 / w.length;
        }
        return out;
    }

    private static List<Double> list(double[] a) {
        List<Double> l = new ArrayList<>(a.length);
        for (double v : a) {
            l.add(v);
        }
        return l;
    }
}
