package org.talentbench.exchange.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.i18n.Messages;

/**
 * The columns of a ranked list, shared by the screen's exports and the command line: cohort, rank (of cohort size),
 * employee number, name, total, the three dimensions, percentile, rank interval, proposed grade, participation and
 * flags. Numbers are plain values here; each writer formats them. Stateless.
 */
public final class RankingColumns {
    public static final int COUNT = 13;

    private RankingColumns() {
    }

    public static List<String> header(Messages m) {
        return List.of(m.get("ranking.col.cohort"), m.get("ranking.col.rank"), m.get("researcher.employeeNo"),
                m.get("researcher.nameZh"), m.get("ranking.col.total"), m.get("ranking.col.innovation"),
                m.get("ranking.col.quality"), m.get("ranking.col.contribution"), m.get("ranking.col.percentile"),
                m.get("ranking.col.interval"), m.get("ranking.col.grade"), m.get("ranking.col.participation"),
                m.get("ranking.col.flags"));
    }

    /** The row's values: strings, or {@link Double} for the five numbers ({@code null} when not ranked). */
    public static List<Object> values(Messages m, SnapshotRow r) {
        List<Object> v = new ArrayList<>(COUNT);
        v.add(r.cohort());
        v.add(r.rank() == null ? "" : r.rank() + "/" + r.cohortSize());
        v.add(r.employeeNo());
        v.add(r.name());
        v.add(r.total());
        v.add(r.innovation());
        v.add(r.quality());
        v.add(r.contribution());
        v.add(r.percentile());
        v.add(r.p5() == null ? "" : r.p5() + "–" + r.p95());
        v.add(m.get("grade." + r.grade().name()));
        v.add(m.get("participation." + r.participation().name()));
        v.add(r.flags().stream().map(f -> m.get("listFlag." + f.name())).collect(Collectors.joining("; ")));
        return v;
    }

    /** The row as text, numbers with two decimals in every language. */
    public static List<String> text(Messages m, SnapshotRow r) {
        List<String> out = new ArrayList<>(COUNT);
        for (Object o : values(m, r)) {
            out.add(o == null ? "" : o instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : o.toString());
        }
        return out;
    }
}
