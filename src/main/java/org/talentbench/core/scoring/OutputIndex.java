package org.talentbench.core.scoring;

import java.util.Arrays;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;

/**
 * Outputs indexed by researcher, built once per evaluation: for researcher index r (researchers sorted by id), the
 * entries {@code start[r] .. end[r]-1} of {@code output}/{@code share} list the outputs crediting r, in output-id
 * order, with r's contribution share (two contributions of the same person to one output are added). Plain arrays,
 * no boxing: the hot loops of the engine walk these slices. Not thread-safe to build; read-only afterwards.
 */
final class OutputIndex {
    final Output[] outputs;
    final long[] outputIds;
    final long[] epochDays;
    /** Per output: the shares of all its contributors add up to more than 100% (a data problem to flag). */
    final boolean[] overAllocated;
    final int[] start;
    final int[] end;
    final int[] output;
    final double[] share;

    private OutputIndex(Output[] outputs, long[] outputIds, long[] epochDays, boolean[] overAllocated, int[] start,
                        int[] end, int[] output, double[] share) {
        this.outputs = outputs;
        this.outputIds = outputIds;
        this.epochDays = epochDays;
        this.overAllocated = overAllocated;
        this.start = start;
        this.end = end;
        this.output = output;
        this.share = share;
    }

    /**
     * @param outputs      sorted by id, ids unique
     * @param researcherIds sorted ascending, unique
     */
    static OutputIndex build(Output[] outputs, long[] researcherIds) {
        int n = researcherIds.length;
        int m = outputs.length;
        long[] ids = new long[m];
        long[] days = new long[m];
        boolean[] over = new boolean[m];
        int[] count = new int[n + 1];
        for (int k = 0; k < m; k++) {
            Output o = outputs[k];
            ids[k] = o.id().value();
            days[k] = o.date().toEpochDay();
            double total = 0;
            for (Contribution c : o.contributors()) {
                total += c.sharePercent();
                int r = Arrays.binarySearch(researcherIds, c.researcherId().value());
                if (r >= 0) {
                    count[r]++;
                }
            }
            over[k] = total > 100.0 + 1e-9;
        }
        int[] start = new int[n];
        int[] end = new int[n];
        int pos = 0;
        for (int r = 0; r < n; r++) {
            start[r] = pos;
            end[r] = pos;
            pos += count[r];
        }
        int[] outIdx = new int[pos];
        double[] shares = new double[pos];
        for (int k = 0; k < m; k++) {
            for (Contribution c : outputs[k].contributors()) {
                int r = Arrays.binarySearch(researcherIds, c.researcherId().value());
                if (r < 0) {
                    continue;
                }
                int e = end[r];
                if (e > start[r] && outIdx[e - 1] == k) {
                    shares[e - 1] += c.shareFraction();
                } else {
                    outIdx[e] = k;
                    shares[e] = c.shareFraction();
                    end[r] = e + 1;
                }
            }
        }
        return new OutputIndex(outputs, ids, days, over, start, end, outIdx, shares);
    }

    /** Index of the output with this id, or a negative number. */
    int indexOf(long outputId) {
        return Arrays.binarySearch(outputIds, outputId);
    }
}
