package org.talentbench.core.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;

/**
 * Outputs indexed by researcher, built once per evaluation in one pass over the outputs: for researcher index r
 * (researchers sorted by id), the entries {@code start[r] .. end[r]-1} of {@code output}/{@code share} list the
 * outputs crediting r, in output-id order, with r's contribution share (two contributions of the same person to one
 * output are added). Per output, the fields the hot loops test first (kind, day, citations, field-normalised
 * impact) are copied into primitive arrays so that the loops touch an {@link Output} object only when an indicator
 * needs its attributes.
 *
 * <p>{@link #patch} replaces, adds and removes outputs in place for incremental re-scoring ({@link LiveEvaluation}):
 * a replaced output keeps its slot, a new one is appended (slots {@code >= baseCount} are found through a map, not
 * by binary search), a removed one is forgotten by {@link #indexOf}; the entries of every researcher credited by an
 * old or new version are rewritten in output-id order, in place when they fit, else appended (the old segment is
 * then dead space). The entries a researcher gets are the ones {@link #build} would give for the same outputs, share
 * sums included, so values computed from a patched index equal those of a fresh one bit for bit. Not thread-safe.
 */
final class OutputIndex {
    Output[] outputs;
    long[] outputIds;
    long[] epochDays;
    byte[] kind;
    boolean[] paper;
    /** Citation count, or −1 when unknown. */
    int[] citations;
    /** Field-normalised impact, or NaN when unknown. */
    double[] fieldNormalisedImpact;
    /** Epoch day of the citation snapshot, or {@link Long#MIN_VALUE} when unknown. */
    long[] citationsAsOf;
    /** Per output: the shares of all its contributors add up to more than 100% (a data problem to flag). */
    boolean[] overAllocated;
    final int[] start;
    final int[] end;
    int[] output;
    double[] share;

    /** Slots {@code 0 .. baseCount-1} hold the built outputs, sorted by id. */
    private int baseCount;
    /** Slots in use (built and appended). */
    private int slots;
    /** Entries in use in {@link #output}/{@link #share}. */
    private int entries;
    private IdTable ids;
    /** Appended outputs: id → slot. */
    private final Map<Long, Integer> appended = new HashMap<>();
    /** Built outputs removed by a patch. */
    private final Set<Long> removed = new HashSet<>();

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
        baseCount = outputs.length;
        slots = outputs.length;
        entries = output.length;
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
        OutputIndex built = new OutputIndex(f, start, end, outIdx, shares);
        built.ids = ids;
        return built;
    }

    /** Index of the output with this id, or a negative number. */
    int indexOf(long outputId) {
        if (slots > baseCount || !removed.isEmpty()) {
            Integer a = appended.get(outputId);
            if (a != null) {
                return a;
            }
            if (removed.contains(outputId)) {
                return -1;
            }
            int k = Arrays.binarySearch(outputIds, 0, baseCount, outputId);
            return k >= 0 ? k : -1;
        }
        return Arrays.binarySearch(outputIds, outputId);
    }

    /** The ids of the outputs crediting researcher {@code r}, ascending. */
    long[] outputIdsOf(int r) {
        long[] a = new long[end[r] - start[r]];
        for (int e = start[r]; e < end[r]; e++) {
            a[e - start[r]] = outputIds[output[e]];
        }
        return a;
    }

    /**
     * Removes the outputs {@code removedIds} and puts {@code replacements} (sorted by id, ids unique, none of them
     * in {@code removedIds}) in place of the outputs with the same ids or adds them, then rewrites the entries of
     * every researcher credited by an old or a new version.
     *
     * @return the indices of those researchers, ascending
     */
    int[] patch(long[] removedIds, Output[] replacements) {
        Set<Long> changed = new HashSet<>();
        java.util.TreeSet<Integer> affected = new java.util.TreeSet<>();
        for (long id : removedIds) {
            changed.add(id);
            int k = indexOf(id);
            if (k >= 0) {
                credited(outputs[k], affected);
                if (k < baseCount) {
                    removed.add(id);
                } else {
                    appended.remove(id);
                }
            }
        }
        int[] slotOf = new int[replacements.length];
        for (int i = 0; i < replacements.length; i++) {
            Output o = replacements[i];
            long id = o.id().value();
            changed.add(id);
            int k = indexOf(id);
            if (k >= 0) {
                credited(outputs[k], affected);
            } else if (k < baseCount && removed.remove(id)) {
                k = Arrays.binarySearch(outputIds, 0, baseCount, id);
            } else {
                k = appendSlot();
                appended.put(id, k);
            }
            credited(o, affected);
            setOutput(k, o);
            slotOf[i] = k;
        }
        int[] result = new int[affected.size()];
        int n = 0;
        for (int r : affected) {
            rewrite(r, changed, replacements, slotOf);
            result[n++] = r;
        }
        return result;
    }

    private void credited(Output o, java.util.Collection<Integer> into) {
        for (Contribution c : o.contributors()) {
            int r = ids.get(c.researcherId().value());
            if (r >= 0) {
                into.add(r);
            }
        }
    }

    /** The same per-output fields {@link #build} writes. */
    private void setOutput(int k, Output o) {
        outputs[k] = o;
        outputIds[k] = o.id().value();
        epochDays[k] = o.date().toEpochDay();
        kind[k] = (byte) o.kind().ordinal();
        paper[k] = o.kind().isPaper();
        citations[k] = o.citations() == null ? -1 : o.citations();
        fieldNormalisedImpact[k] = o.fieldNormalisedImpact() == null ? Double.NaN : o.fieldNormalisedImpact();
        citationsAsOf[k] = o.citationAsOf() == null ? Long.MIN_VALUE : o.citationAsOf().toEpochDay();
        double sum = 0;
        for (Contribution con : o.contributors()) {
            sum += con.sharePercent();
        }
        overAllocated[k] = sum > 100.0 + 1e-9;
    }

    private int appendSlot() {
        if (slots == outputs.length) {
            int cap = Math.max(16, slots + slots / 2);
            outputs = Arrays.copyOf(outputs, cap);
            outputIds = Arrays.copyOf(outputIds, cap);
            epochDays = Arrays.copyOf(epochDays, cap);
            kind = Arrays.copyOf(kind, cap);
            paper = Arrays.copyOf(paper, cap);
            citations = Arrays.copyOf(citations, cap);
            fieldNormalisedImpact = Arrays.copyOf(fieldNormalisedImpact, cap);
            citationsAsOf = Arrays.copyOf(citationsAsOf, cap);
            overAllocated = Arrays.copyOf(overAllocated, cap);
        }
        return slots++;
    }

    /** Researcher r's entries: the unchanged ones and those of the replacements crediting r, in output-id order. */
    private void rewrite(int r, Set<Long> changed, Output[] replacements, int[] slotOf) {
        int cap = end[r] - start[r] + replacements.length;
        int[] o = new int[cap];
        double[] sh = new double[cap];
        int n = 0;
        int e = start[r];
        for (int i = 0; i <= replacements.length; i++) {
            long nextId = i < replacements.length ? replacements[i].id().value() : Long.MAX_VALUE;
            for (; e < end[r] && outputIds[output[e]] < nextId; e++) {
                if (!changed.contains(outputIds[output[e]])) {
                    o[n] = output[e];
                    sh[n++] = share[e];
                }
            }
            if (i == replacements.length) {
                break;
            }
            boolean found = false;
            for (Contribution con : replacements[i].contributors()) {
                if (ids.get(con.researcherId().value()) != r) {
                    continue;
                }
                if (found) {
                    sh[n - 1] += con.sharePercent() / 100.0;
                } else {
                    o[n] = slotOf[i];
                    sh[n++] = con.sharePercent() / 100.0;
                    found = true;
                }
            }
        }
        for (; e < end[r]; e++) {
            if (!changed.contains(outputIds[output[e]])) {
                o[n] = output[e];
                sh[n++] = share[e];
            }
        }
        int at = start[r];
        if (n > end[r] - start[r]) {
            if (entries + n > output.length) {
                int grown = Math.max(entries + n, entries + entries / 2);
                output = Arrays.copyOf(output, grown);
                share = Arrays.copyOf(share, grown);
            }
            at = entries;
            entries += n;
        }
        System.arraycopy(o, 0, output, at, n);
        System.arraycopy(sh, 0, share, at, n);
        start[r] = at;
        end[r] = at + n;
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
