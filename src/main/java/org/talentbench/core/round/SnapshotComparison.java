package org.talentbench.core.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Compares two snapshots of ranked lists: who moved, by how much, and which dimension drove it. Researchers are
 * matched by id; ranks are compared only within the same cohort. Pure and deterministic; the result lists the
 * largest moves first, then entries and exits, then the unchanged, each by employee number.
 */
public final class SnapshotComparison {
    private static final double EPS = 1e-9;

    private SnapshotComparison() {
    }

    public static List<Movement> compare(List<SnapshotRow> before, List<SnapshotRow> after) {
        Map<ResearcherId, SnapshotRow> a = index(before);
        Map<ResearcherId, SnapshotRow> b = index(after);
        Set<ResearcherId> ids = new LinkedHashSet<>(a.keySet());
        ids.addAll(b.keySet());
        List<Movement> out = new ArrayList<>();
        for (ResearcherId id : ids) {
            SnapshotRow x = a.get(id);
            SnapshotRow y = b.get(id);
            boolean rankedBefore = x != null && x.ranked();
            boolean rankedAfter = y != null && y.ranked();
            if (!rankedBefore && !rankedAfter) {
                continue;
            }
            SnapshotRow any = y != null ? y : x;
            Movement.Kind kind;
            if (!rankedBefore) {
                kind = Movement.Kind.ENTERED;
            } else if (!rankedAfter) {
                kind = Movement.Kind.LEFT;
            } else if (!x.cohort().equals(y.cohort())) {
                kind = Movement.Kind.ENTERED;
            } else if (y.rank() < x.rank()) {
                kind = Movement.Kind.UP;
            } else if (y.rank() > x.rank()) {
                kind = Movement.Kind.DOWN;
            } else {
                kind = Movement.Kind.SAME;
            }
            Double di = null;
            Double dq = null;
            Double dc = null;
            String main = null;
            if (rankedBefore && rankedAfter) {
                di = diff(x.innovation(), y.innovation());
                dq = diff(x.quality(), y.quality());
                dc = diff(x.contribution(), y.contribution());
                double best = EPS;
                if (Math.abs(di) > best) {
                    best = Math.abs(di);
                    main = "INNOVATION";
                }
                if (Math.abs(dq) > best) {
                    best = Math.abs(dq);
                    main = "QUALITY";
                }
                if (Math.abs(dc) > best) {
                    main = "CONTRIBUTION";
                }
            }
            out.add(new Movement(id, any.employeeNo(), any.name(), any.cohort(), kind,
                    rankedBefore ? x.rank() : null, rankedAfter ? y.rank() : null,
                    rankedBefore ? x.total() : null, rankedAfter ? y.total() : null, di, dq, dc, main));
        }
        out.sort(Comparator.comparingInt((Movement m) -> order(m.kind()))
                .thenComparing(m -> m.rankChange() == null ? 0 : -Math.abs(m.rankChange()))
                .thenComparing(Movement::employeeNo));
        return out;
    }

    private static int order(Movement.Kind k) {
        return switch (k) {
            case UP, DOWN -> 0;
            case ENTERED, LEFT -> 1;
            case SAME -> 2;
        };
    }

    private static double diff(Double before, Double after) {
        return (after == null ? 0 : after) - (before == null ? 0 : before);
    }

    private static Map<ResearcherId, SnapshotRow> index(List<SnapshotRow> rows) {
        Map<ResearcherId, SnapshotRow> m = new HashMap<>();
        for (SnapshotRow r : rows) {
            m.put(r.researcherId(), r);
        }
        return m;
    }
}
