package org.talentbench.core.scoring;

import java.util.Arrays;
import java.util.List;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;

/**
 * Outputs indexed by researcher, built once per evaluation in one pass over the outputs: for researcher index r
 * (researchers sorted by id), the entries {@code start[r] .. end[r]-1} of {@code output}/{@code share} list the
 * outputs crediting r, in output-id order, with r's contribution share (two contributions of the same person to one
 * output are added). Per output, the fields the hot loops test first (kind, day, citations, field-normalised
 * impact) are copied into primitive arrays so that the loops touch an {@link Output} object only when an indicator
 * needs its attributes. Not thread-safe to build; read-only afterwards.
 */
final class OutputIndex {
    final Output[] outputs;
    final long[] outputIds;
    final long[] epochDays;
    final byte[] kind;
    final boolean[] paper;
    /** Citation count, or −1 when unknown. */
    final int[] citations;
    /** Field-normalised impact, or NaN when unknown. */
    final double[] fieldNormalisedImpact;
    /** Epoch day of the citation snapshot, or {@link Long#MIN_VALUE} when unknown. */
    final long[] citationsAsOf;
    /** Per output: the shares of all its contributors add up to more than 100% (a data problem to flag). */
    final boolean[] overAllocated;
    final int[] start;
    final int[] end;
    final int[] output;
    final double[] share;

    private OutputIndex(Output[] outputs, int n) {
        int m = outputs.length;
        this.outputs = outputs;
        outputIds = new long[m];
        epochDays = new long[m];
        kind = new byte[m];
        paper = new boolean[m];
        citations = new int[m];
        fieldNormalisedImpact = new double[m];
        citationsAsOf = new long[m];
        overAllocated = new boolean[m];
        start = new int[n];
        end = new int[n];
        output = null;
        share = null;
    }

    private OutputIndex(OutputIndex fields, int[] start, int[] end, int[] output, double[] share) {
        outputs = fields.outputs;
        outputIds = fields.outputIds;
        epochDays = fields.epochDays;
        kind = fields.kind;
        paper = fields.paper;
        citations = fields.citations;
        fieldNormalisedImpact = fields.fieldNormalisedImpact;
        citationsAsOf = fields.citationsAsOf;
        overAllocated = fields.overAllocated;
        this.start = start;
        this.end = end;
        this.output = output;
        this.share = share;
    }

    /**
     * @param outputs       sorted by id, ids unique
     * @param researcherIds sorted ascending, unique
     */
    static OutputIndex build(Output[] outputs, long[] researcherIds) {
        int n = researcherIds.length;
        int m = outputs.length;
        OutputIndex f = new OutputIndex(outputs, n);
        IdTable ids = new IdTable(researcherIds);
        // contributions by institute researchers, in output order: researcher index and share; the output of
        // contribution t is the k with first[k] <= t < first[k + 1]
        int cap = Math.max(16, m * 2 + m / 2);
        int[] cr = new int[cap];
        double[] cs = new double[cap];
        int[] first = new int[m + 1];
        int total = 0;
        int[] count = new int[n];
        for (int k = 0; k < m; k++) {
            Output o = outputs[k];
            first[k] = total;
            f.outputIds[k] = o.id().value();
            f.epochDays[k] = o.date().toEpochDay();
            f.kind[k] = (byte) o.kind().ordinal();
            boolean isPaper = o.kind().isPaper();
            f.paper[k] = isPaper;
            f.citations[k] = o.citations() == null ? -1 : o.citations();
            f.fieldNormalisedImpact[k] = o.fieldNormalisedImpact() == null ? Double.NaN : o.fieldNormalisedImpact();
            f.citationsAsOf[k] = o.citationAsOf() == null ? Long.MIN_VALUE : o.citationAsOf().toEpochDay();
            List<Contribution> contributors = o.contributors();
            double sum = 0;
            for (int c = 0, cn = contributors.size(); c < cn; c++) {
                Contribution con = contributors.get(c);
                sum += con.sharePercent();
                int r = ids.get(con.researcherId().value());
                if (r < 0) {
                    continue;
                }
                if (total == cap) {
                    cap += cap / 2;
                    cr = Arrays.copyOf(cr, cap);
                    cs = Arrays.copyOf(cs, cap);
                }
                cr[total] = r;
                cs[total] = con.sharePercent() / 100.0;
                total++;
                count[r]++;
            }
            f.overAllocated[k] = sum > 100.0 + 1e-9;
        }
        first[m] = total;
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
            for (int t = first[k]; t < first[k + 1]; t++) {
                int r = cr[t];
                int e = end[r];
                if (e > start[r] && outIdx[e - 1] == k) {
                    shares[e - 1] += cs[t];
                } else {
                    outIdx[e] = k;
                    shares[e] = cs[t];
                    end[r] = e + 1;
                }
            }
        }
        return new OutputIndex(f, start, end, outIdx, shares);
    }

    /** Index of the output with this id, or a negative number. */
    int indexOf(long outputId) {
        return Arrays.binarySearch(outputIds, outputId);
    }

    /** Open-addressing map from researcher id to its index; ids are unique. */
    private static final class IdTable {
        private final long[] keys;
        private final int[] values;
        private final int mask;

        IdTable(long[] ids) {
            int size = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
            keys = new long[size];
            values = new int[size];
            Arrays.fill(values, -1);
            mask = size - 1;
            for (int i = 0; i < ids.length; i++) {
                int slot = slot(ids[i]);
                while (values[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = ids[i];
                values[slot] = i;
            }
        }

        private int slot(long id) {
            long h = id * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        int get(long id) {
            int slot = slot(id);
            while (values[slot] >= 0) {
                if (keys[slot] == id) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }
    }
}
