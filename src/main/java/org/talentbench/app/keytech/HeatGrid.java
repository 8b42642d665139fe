package org.talentbench.app.keytech;

import java.util.List;

/**
 * What the heat map draws: row labels (technologies), column labels (departments), people and young talent per
 * cell, and whether each row has a gap. Immutable; arrays are copied in and never handed out.
 */
public final class HeatGrid {
    private final List<String> rows;
    private final List<String> columns;
    private final int[][] people;
    private final int[][] young;
    private final boolean[] flagged;
    private final int max;

    public HeatGrid(List<String> rows, List<String> columns, int[][] people, int[][] young, boolean[] flagged) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.people = deepCopy(people);
        this.young = deepCopy(young);
        this.flagged = flagged.clone();
        int m = 0;
        for (int[] row : people) {
            for (int v : row) {
                m = Math.max(m, v);
            }
        }
        this.max = m;
    }

    public static HeatGrid empty() {
        return new HeatGrid(List.of(), List.of(), new int[0][0], new int[0][0], new boolean[0]);
    }

    private static int[][] deepCopy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    public List<String> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    public int people(int row, int column) {
        return people[row][column];
    }

    public int young(int row, int column) {
        return young[row][column];
    }

    public boolean flagged(int row) {
        return flagged[row];
    }

    /** The largest cell, at least 1 (for colour scales). */
    public int max() {
        return Math.max(1, max);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Fraction 0–1 of the colour scale for a cell: its people over the fullest cell. */
    public double intensity(int row, int column) {
        return people[row][column] / (double) max();
    }
}
