package org.talentbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.exchange.round.RankingColumns;
import org.talentbench.i18n.Messages;

/** The ranked list on the command line: the columns of {@link RankingColumns}, as the GUI and its exports. */
final class RankingFormat {
    private RankingFormat() {
    }

    static List<String> header(Messages m) {
        return RankingColumns.header(m);
    }

    static List<List<String>> cells(Messages m, List<SnapshotRow> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (SnapshotRow r : rows) {
            out.add(RankingColumns.text(m, r));
        }
        return out;
    }

    static String num(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.2f", d);
    }
}
