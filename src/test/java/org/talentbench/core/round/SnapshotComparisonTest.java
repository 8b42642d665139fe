package org.talentbench.core.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;

class SnapshotComparisonTest {
    private static SnapshotRow row(long id, String cohort, Integer rank, Double inn, Double qua, Double con) {
        Double total = rank == null ? null : inn + qua + con;
        return new SnapshotRow((int) id, new ResearcherId(id), "E" + id, "N" + id, ResearchCategory.BASIC, "",
                cohort, CycleStatus.DUE_FULL, Participation.DUE_FULL, rank, rank == null ? null : 3, total,
                rank == null ? null : inn, rank == null ? null : qua, rank == null ? null : con, null, null, null,
                Grade.NONE, true, List.of());
    }

    @Test
    void reportsWhoMovedByHowMuchAndWhichDimensionDroveIt() {
        List<SnapshotRow> before = List.of(
                row(1, "BASIC", 1, 30.0, 30.0, 30.0),
                row(2, "BASIC", 2, 25.0, 25.0, 25.0),
                row(3, "BASIC", 3, 20.0, 20.0, 20.0),
                row(4, "BASIC", 4, 10.0, 10.0, 10.0));
        List<SnapshotRow> after = List.of(
                row(3, "BASIC", 1, 20.0, 45.0, 20.0),
                row(1, "BASIC", 2, 30.0, 30.0, 22.0),
                row(2, "BASIC", 3, 25.0, 25.0, 25.0),
                row(4, "BASIC", null, null, null, null),
                row(5, "BASIC", 4, 5.0, 5.0, 5.0));
        Map<String, Movement> m = SnapshotComparison.compare(before, after).stream()
                .collect(Collectors.toMap(Movement::employeeNo, Function.identity()));

        Movement up = m.get("E3");
        assertEquals(Movement.Kind.UP, up.kind());
        assertEquals(2, up.rankChange());
        assertEquals(25.0, up.totalChange(), 1e-12);
        assertEquals("QUALITY", up.mainDimension());

        Movement down = m.get("E1");
        assertEquals(Movement.Kind.DOWN, down.kind());
        assertEquals(-1, down.rankChange());
        assertEquals(-8.0, down.totalChange(), 1e-12);
        assertEquals("CONTRIBUTION", down.mainDimension());

        assertEquals(Movement.Kind.DOWN, m.get("E2").kind());
        assertEquals(0.0, m.get("E2").totalChange(), 1e-12);
        assertNull(m.get("E2").mainDimension(), "no dimension changed");
        assertEquals(Movement.Kind.LEFT, m.get("E4").kind());
        assertEquals(Movement.Kind.ENTERED, m.get("E5").kind());
    }

    @Test
    void largestMovesComeFirst() {
        List<SnapshotRow> before = List.of(row(1, "A", 1, 3.0, 3.0, 3.0), row(2, "A", 2, 2.0, 2.0, 2.0),
                row(3, "A", 3, 1.0, 1.0, 1.0));
        List<SnapshotRow> after = List.of(row(3, "A", 1, 9.0, 3.0, 3.0), row(1, "A", 2, 3.0, 3.0, 3.0),
                row(2, "A", 3, 2.0, 2.0, 2.0));
        List<Movement> moves = SnapshotComparison.compare(before, after);
        assertEquals(List.of("E3", "E1", "E2"), moves.stream().map(Movement::employeeNo).toList());
    }

    @Test
    void aChangeOfCohortCountsAsEnteringTheNewList() {
        List<Movement> moves = SnapshotComparison.compare(List.of(row(1, "BASIC", 1, 1.0, 1.0, 1.0)),
                List.of(row(1, "APPLIED", 1, 1.0, 1.0, 1.0)));
        assertEquals(Movement.Kind.ENTERED, moves.get(0).kind());
    }
}
