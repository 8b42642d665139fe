package org.talentbench.core.tech;

import java.util.List;

/**
 * Departments × technologies: for each active technology (rows, in list order) and department (columns), the
 * number of people tagged, of whom young talent, and their recent share-weighted output credit in the technology.
 * Immutable.
 */
public record HeatMap(List<String> technologyCodes, List<String> departmentCodes, List<List<Cell>> rows) {
    /** One cell. */
    public record Cell(int people, int young, double credit) {
    }

    public HeatMap {
        technologyCodes = List.copyOf(technologyCodes);
        departmentCodes = List.copyOf(departmentCodes);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public Cell cell(int technology, int department) {
        return rows.get(technology).get(department);
    }

    /** The largest number of people in any cell (for colour scales); 0 for an empty map. */
    public int maxPeople() {
        return rows.stream().flatMap(List::stream).mapToInt(Cell::people).max().orElse(0);
    }

    public double maxCredit() {
        return rows.stream().flatMap(List::stream).mapToDouble(Cell::credit).max().orElse(0);
    }
}
