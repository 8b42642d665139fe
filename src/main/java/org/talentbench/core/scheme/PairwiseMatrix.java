package org.talentbench.core.scheme;

import java.util.ArrayList;
import java.util.List;
import org.talentbench.core.InvalidInputException;

/**
 * An AHP pairwise-comparison matrix as the committee wrote it: entry (i, j) says how much more important child i is
 * than child j, on Saaty's 1–9 scale, written as a number or a fraction such as {@code "1/3"} (so that reciprocals
 * stay exact). Rows follow the order of the children (dimensions or indicators) in the scheme.
 *
 * <p>Immutable. Stored in JSON as an array of arrays.
 */
public record PairwiseMatrix(List<List<String>> rows) {
    public PairwiseMatrix {
        List<List<String>> copy = new ArrayList<>();
        if (rows != null) {
            for (List<String> row : rows) {
                copy.add(row == null ? List.of() : List.copyOf(row));
            }
        }
        rows = List.copyOf(copy);
    }

    /** Builds a matrix from numbers (tests, generated schemes). */
    public static PairwiseMatrix of(double[][] values) {
        List<List<String>> rows = new ArrayList<>();
        for (double[] row : values) {
            List<String> r = new ArrayList<>();
            for (double v : row) {
                r.add(format(v));
            }
            rows.add(r);
        }
        return new PairwiseMatrix(rows);
    }

    private static String format(double v) {
        if (v >= 1 && v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        double inv = 1.0 / v;
        if (v < 1 && Math.abs(inv - Math.rint(inv)) < 1e-9) {
            return "1/" + (long) Math.rint(inv);
        }
        return Double.toString(v);
    }

    public int size() {
        return rows.size();
    }

    /**
     * The entries as numbers.
     *
     * @throws InvalidInputException {@code scheme.pairwiseEntry} (path, row, column, text) for an entry that is not a
     *                               positive number or fraction
     */
    public double[][] toArray(String path) {
        int n = rows.size();
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            List<String> row = rows.get(i);
            a[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                a[i][j] = parse(row.get(j), path, i, j);
            }
        }
        return a;
    }

    private static double parse(String text, String path, int i, int j) {
        try {
            String t = text.trim();
            int slash = t.indexOf('/');
            double v = slash < 0 ? Double.parseDouble(t)
                    : Double.parseDouble(t.substring(0, slash).trim()) / Double.parseDouble(t.substring(slash + 1)
                    .trim());
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new NumberFormatException(t);
            }
            return v;
        } catch (RuntimeException e) {
            throw new InvalidInputException("scheme.pairwiseEntry", path, i + 1, j + 1, text);
        }
    }
}
