package org.talentbench.core.scheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.scoring.mcda.Ahp;
import org.talentbench.core.scoring.mcda.AhpResult;

/**
 * AHP weights of a scheme, level by level: the dimension level (the matrix under {@code weighting}), then the
 * indicators of each dimension (the matrix on each {@link Dimension}). A matrix whose consistency ratio reaches the
 * threshold is refused for scoring with {@code scheme.ahpInconsistent}, naming the judgement to revisit first (the
 * entry whose a_ij·w_j/w_i lies furthest from 1). Stateless.
 */
public final class AhpWeights {
    /** The path of the dimension-level matrix in findings and errors. */
    public static final String DIMENSION_LEVEL = "weighting";

    private AhpWeights() {
    }

    /** The AHP outcome of one level: the codes of the children in matrix order and the result. */
    public record Level(String path, List<String> codes, AhpResult result) {
        public Level {
            codes = List.copyOf(codes);
        }

        /** The most inconsistent judgement as (row code, column code); empty strings for a 1×1 matrix. */
        public String[] worstJudgementCodes() {
            int[] ij = result.mostInconsistentJudgement();
            if (ij.length < 2) {
                return new String[] {"", ""};
            }
            return new String[] {codes.get(ij[0]), codes.get(ij[1])};
        }
    }

    /**
     * Computes every level of a scheme that carries pairwise matrices.
     *
     * @throws InvalidInputException {@code scheme.pairwiseMissing} (path) when a matrix is absent,
     *                               {@code scheme.pairwiseSize} (path, expected, actual) when its size does not match
     *                               the children, {@code scheme.pairwiseEntry} for an unreadable entry, and the
     *                               {@code mcda.ahp.*} codes of {@link Ahp#compute(double[][])} for malformed ones
     */
    public static List<Level> compute(Scheme s, Ahp ahp) {
        List<Level> levels = new ArrayList<>();
        levels.add(level(DIMENSION_LEVEL, s.weighting().dimensions(),
                s.dimensions().stream().map(Dimension::code).toList(), ahp));
        for (Dimension d : s.dimensions()) {
            levels.add(level(d.code(), d.pairwise(), d.indicators().stream().map(Indicator::code).toList(), ahp));
        }
        return levels;
    }

    /**
     * Refuses the first level whose matrix is not consistent.
     *
     * @throws InvalidInputException {@code scheme.ahpInconsistent} (path, CR to 4 decimals, threshold, row code,
     *                               column code, row, column — 1-based)
     */
    public static void requireConsistent(List<Level> levels, double threshold) {
        for (Level l : levels) {
            if (!(l.result().cr() < threshold)) {
                String[] codes = l.worstJudgementCodes();
                int[] ij = l.result().mostInconsistentJudgement();
                throw new InvalidInputException("scheme.ahpInconsistent", l.path(),
                        String.format(Locale.ROOT, "%.4f", l.result().cr()), String.format(Locale.ROOT, "%.2f",
                        threshold), codes[0], codes[1], ij.length < 2 ? 0 : ij[0] + 1, ij.length < 2 ? 0 : ij[1] + 1);
            }
        }
    }

    /** Effective (dimension × indicator) AHP weights by indicator path, from computed levels. */
    public static Map<String, Double> effective(Scheme s, List<Level> levels) {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] dims = levels.get(0).result().weights();
        for (int d = 0; d < s.dimensions().size(); d++) {
            Dimension dim = s.dimensions().get(d);
            double[] w = levels.get(d + 1).result().weights();
            for (int i = 0; i < dim.indicators().size(); i++) {
                m.put(Scheme.path(dim, dim.indicators().get(i)), dims[d] * w[i]);
            }
        }
        return m;
    }

    private static Level level(String path, PairwiseMatrix m, List<String> codes, Ahp ahp) {
        if (m == null) {
            throw new InvalidInputException("scheme.pairwiseMissing", path);
        }
        if (m.size() != codes.size()) {
            throw new InvalidInputException("scheme.pairwiseSize", path, codes.size(), m.size());
        }
        return new Level(path, codes, ahp.compute(m.toArray(path)));
    }
}
