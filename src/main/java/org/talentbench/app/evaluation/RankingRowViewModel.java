package org.talentbench.app.evaluation;

import java.util.List;
import java.util.stream.Collectors;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.ListFlag;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.i18n.Messages;

/**
 * One row of the ranked list as the screen shows it: the stored row plus translated texts, and the change of
 * percentile since the previous round ({@code null} when the person was not ranked in both). Immutable.
 */
public final class RankingRowViewModel {
    private final SnapshotRow row;
    private final String grade;
    private final String participation;
    private final String flags;
    private final String category;
    private final String cohortLabel;
    private final Double change;
    private final String searchText;

    /** A row for {@code row}; {@code change} is the percentile change since the previous round, or null. */
    public static RankingRowViewModel of(SnapshotRow row, Messages m, Double change) {
        return new RankingRowViewModel(row, m, change);
    }

    RankingRowViewModel(SnapshotRow row, Messages m, Double change) {
        this.row = row;
        this.grade = m.get("grade." + row.grade().name());
        this.participation = m.get("participation." + row.participation().name());
        this.flags = row.flags().stream().map(f -> m.get("listFlag." + f.name())).collect(Collectors.joining(" · "));
        this.category = m.get("category." + row.category().name());
        this.cohortLabel = cohortLabel(m, row.cohort());
        this.change = change;
        this.searchText = (row.employeeNo() + " " + row.name() + " " + row.discipline() + " " + row.cohort())
                .toLowerCase(java.util.Locale.ROOT);
    }

    public SnapshotRow row() {
        return row;
    }

    public ResearcherId researcherId() {
        return row.researcherId();
    }

    public String cohort() {
        return row.cohort();
    }

    /** The cohort in words: the category's name, with the discipline group when there is one. */
    public String cohortLabel() {
        return cohortLabel;
    }

    static String cohortLabel(Messages m, String key) {
        int slash = key.indexOf('/');
        String cat = slash < 0 ? key : key.substring(0, slash);
        String label = m.has("category." + cat) ? m.get("category." + cat) : cat;
        return slash < 0 ? label : label + " / " + key.substring(slash + 1);
    }

    public Integer rank() {
        return row.rank();
    }

    public Integer cohortSize() {
        return row.cohortSize();
    }

    public String employeeNo() {
        return row.employeeNo();
    }

    public String name() {
        return row.name();
    }

    public String category() {
        return category;
    }

    public Double total() {
        return row.total();
    }

    public Double innovation() {
        return row.innovation();
    }

    public Double quality() {
        return row.quality();
    }

    public Double contribution() {
        return row.contribution();
    }

    public Double percentile() {
        return row.percentile();
    }

    public Integer p5() {
        return row.p5();
    }

    public Integer p95() {
        return row.p95();
    }

    public String grade() {
        return grade;
    }

    public String participation() {
        return participation;
    }

    public String flags() {
        return flags;
    }

    public List<ListFlag> flagCodes() {
        return row.flags();
    }

    /** Percentile change since the previous round, in points. */
    public Double change() {
        return change;
    }

    public boolean ranked() {
        return row.ranked();
    }

    /** Whether the lower-case {@code needle} occurs in the employee number, name, discipline or cohort. */
    public boolean matches(String needle) {
        return needle.isEmpty() || searchText.contains(needle);
    }
}
