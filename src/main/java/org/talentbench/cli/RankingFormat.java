package org.talentbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.i18n.Messages;

/**
 * The columns of a ranked list on the command line, the same as the GUI's list and its exports: cohort, rank,
 * employee number, name, total, the three dimensions, percentile, rank interval, proposed grade, participation and
 * flags. Numbers are printed with two decimals in every language.
 */
final class RankingFormat {
    private RankingFormat() {
    }

    static List<String> header(Messages m) {
        return List.of(m.get("ranking.col.cohort"), m.get("ranking.col.rank"), m.get("researcher.employeeNo"),
                m.get("researcher.nameZh"), m.get("ranking.col.total"), m.get("ranking.col.innovation"),
                m.get("ranking.col.quality"), m.get("ranking.col.contribution"), m.get("ranking.col.percentile"),
                m.get("ranking.col.interval"), m.get("ranking.col.grade"), m.get("ranking.col.participation"),
                m.get("ranking.col.flags"));
    }

    static List<List<String>> cells(Messages m, List<SnapshotRow> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (SnapshotRow r : rows) {
            out.add(List.of(r.cohort(), r.rank() == null ? "" : r.rank() + "/" + r.cohortSize(), r.employeeNo(),
                    r.name(), num(r.total()), num(r.innovation()), num(r.quality()), num(r.contribution()),
                    num(r.percentile()), r.p5() == null ? "" : r.p5() + "–" + r.p95(),
                    m.get("grade." + r.grade().name()), m.get("participation." + r.participation().name()),
                    r.flags().stream().map(f -> m.get("listFlag." + f.name())).collect(Collectors.joining("; "))));
        }
        return out;
    }

    static String num(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.2f", d);
    }
}
