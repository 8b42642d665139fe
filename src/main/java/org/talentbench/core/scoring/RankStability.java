package org.talentbench.core.scoring;

import java.util.Arrays;
import java.util.Random;
import org.talentbench.core.scoring.mcda.CriterionType;
import org.talentbench.core.scoring.mcda.Topsis;
import org.talentbench.core.scoring.mcda.TopsisNormalisation;

/**
 * Rank stability of one cohort under weight perturbation (method in {@link SensitivityOptions}).
 *
 * <p>Each draw: a lognormal factor per dimension weight, then per indicator weight (in scheme order), each level
 * renormalised; totals recomputed from the fixed normalised values (weighted sum in scheme order, or TOPSIS); ranks
 * "1224" with ties within 1e-12 relative sharing the better rank, as {@code mcda.Ranks}. Deterministic for a given
 * seed and cohort key; stateless and thread-safe.
 */
public final class RankStability {
    private RankStability() {
    }

    /**
     * @param cohortKey        mixed into the seed so that cohorts draw independently but reproducibly
     * @param x                normalised values, researchers × indicators (scheme order)
     * @param dimOf            dimension index of each indicator
     * @param dimensionWeights base dimension weights (sum 1)
     * @param indicatorWeights base indicator weights within their dimension
     * @param baseRanks        the ranks the evaluation reported
     */
    public static RankInterval[] analyse(String cohortKey, double[][] x, int[] dimOf, double[] dimensionWeights,
                                         double[] indicatorWeights, int[] baseRanks, Aggregation aggregation,
                                         TopsisNormalisation topsisNormalisation, SensitivityOptions options) {
        int n = x.length;
        int k = dimOf.length;
        int dn = dimensionWeights.length;
        int draws = options.draws();
        RankInterval[] out = new RankInterval[n];
        if (n == 0 || draws == 0) {
            return out;
        }
        Random random = new Random(options.seed() ^ (cohortKey.hashCode() * 0x9E3779B97F4A7C15L));
        int[][] ranks = new int[n][draws];
        double[] dw = new double[dn];
        double[] iw = new double[k];
        double[] eff = new double[k];
        double[] dimSum = new double[dn];
        double[] totals = new double[n];
        double[] sorted = new double[n];
        CriterionType[] types = new CriterionType[k];
        Arrays.fill(types, CriterionType.BENEFIT);
        for (int t = 0; t < draws; t++) {
            double s = 0;
            for (int d = 0; d < dn; d++) {
                dw[d] = dimensionWeights[d] * Math.exp(options.sigma() * random.nextGaussian());
                s += dw[d];
            }
            for (int d = 0; d < dn; d++) {
                dw[d] = s > 0 ? dw[d] / s : 1.0 / dn;
                dimSum[d] = 0;
            }
            for (int j = 0; j < k; j++) {
                iw[j] = indicatorWeights[j] * Math.exp(options.sigma() * random.nextGaussian());
                dimSum[dimOf[j]] += iw[j];
            }
            double effSum = 0;
            for (int j = 0; j < k; j++) {
                double within = dimSum[dimOf[j]] > 0 ? iw[j] / dimSum[dimOf[j]] : 0;
                eff[j] = dw[dimOf[j]] * within;
                effSum += eff[j];
            }
            if (aggregation == Aggregation.TOPSIS) {
                double[] w = new double[k];
                for (int j = 0; j < k; j++) {
                    w[j] = eff[j] / effSum;
                }
                double[] c = Topsis.closeness(x, w, types, topsisNormalisation);
                System.arraycopy(c, 0, totals, 0, n);
            } else {
                for (int i = 0; i < n; i++) {
                    double[] row = x[i];
                    double sum = 0;
                    for (int j = 0; j < k; j++) {
                        sum += eff[j] * row[j];
                    }
                    totals[i] = sum;
                }
            }
            System.arraycopy(totals, 0, sorted, 0, n);
            Arrays.sort(sorted);
            for (int i = 0; i < n; i++) {
                double threshold = totals[i] + 1e-12 * Math.max(1, Math.abs(totals[i]));
                ranks[i][t] = 1 + n - upperBound(sorted, threshold);
            }
        }
        int lo = Math.max(1, (int) Math.ceil(0.05 * draws)) - 1;
        int hi = Math.max(1, (int) Math.ceil(0.95 * draws)) - 1;
        int boundary = (int) Math.floor(options.gradeTopShare() * n + 1e-9);
        for (int i = 0; i < n; i++) {
            int[] r = ranks[i];
            Arrays.sort(r);
            int p5 = r[lo];
            int p95 = r[hi];
            boolean tooWide = p95 - p5 > options.maxIntervalWidthShare() * n;
            boolean crosses = boundary >= 1 && p5 <= boundary && p95 > boundary;
            out[i] = new RankInterval(baseRanks[i], p5, p95, draws, boundary, tooWide, crosses);
        }
        return out;
    }

    /** Number of elements of {@code sorted} that are not greater than {@code key}. */
    private static int upperBound(double[] sorted, double key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
