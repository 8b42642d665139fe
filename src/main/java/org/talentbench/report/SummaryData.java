package org.talentbench.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * Everything an individual evaluation summary prints, already decided by the engine and the committee: who, under
 * which category and window, the three dimension scores against the cohort medians, the indicator rows behind them,
 * the representative works, the grade and the remarks. A plain carrier so that evaluation results can be mapped
 * onto it without the report knowing the engine's types. Immutable.
 *
 * @param employeeNo     工号
 * @param nameZh         name as written in Chinese (may contain rare characters)
 * @param nameLatin      pinyin or English name, may be empty
 * @param departmentName department as it should be printed
 * @param title          professional title, may be empty
 * @param category       research category the person was evaluated under
 * @param roundName      the evaluation round, e.g. "2025 年度考核", may be empty
 * @param windowText     the evaluation window as it should be printed, e.g. "2021-01-01 — 2025-12-31"
 * @param scores         the person's dimension scores, 0–100
 * @param cohortMedians  the medians of the same category's cohort, 0–100
 * @param indicators     indicator rows, in the order to print
 * @param works          representative works, in the order to print
 * @param grade          the grade decided by the committee, e.g. "优秀"; empty while not decided
 * @param remarks        the committee's remarks, may be empty; newlines are kept
 */
public record SummaryData(String employeeNo, String nameZh, String nameLatin, String departmentName, String title,
                          ResearchCategory category, String roundName, String windowText,
                          DimensionScores scores, DimensionScores cohortMedians,
                          List<IndicatorRow> indicators, List<WorkRow> works, String grade, String remarks) {
    public SummaryData {
        Objects.requireNonNull(employeeNo, "employeeNo");
        Objects.requireNonNull(nameZh, "nameZh");
        nameLatin = blankIfNull(nameLatin);
        departmentName = blankIfNull(departmentName);
        title = blankIfNull(title);
        Objects.requireNonNull(category, "category");
        roundName = blankIfNull(roundName);
        windowText = blankIfNull(windowText);
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(cohortMedians, "cohortMedians");
        indicators = List.copyOf(indicators);
        works = List.copyOf(works);
        grade = blankIfNull(grade);
        remarks = blankIfNull(remarks);
    }

    /** The three evaluation dimensions of classified evaluation. */
    public enum Dimension {
        /** 创新能力. */
        INNOVATION,
        /** 质量. */
        QUALITY,
        /** 贡献. */
        CONTRIBUTION
    }

    /** A value for each dimension; NaN where there is none (printed as a dash). */
    public record DimensionScores(double innovation, double quality, double contribution) {
        public double of(Dimension d) {
            return switch (d) {
                case INNOVATION -> innovation;
                case QUALITY -> quality;
                case CONTRIBUTION -> contribution;
            };
        }
    }

    /**
     * One indicator as scored.
     *
     * @param name          the indicator's name as the scheme states it
     * @param value         the raw value as it should be printed, e.g. "3 篇" or "1.42"
     * @param score         the normalised score, 0–100
     * @param weightPercent the indicator's weight within its dimension, in percent
     */
    public record IndicatorRow(Dimension dimension, String name, String value, double score, double weightPercent) {
        public IndicatorRow {
            Objects.requireNonNull(dimension, "dimension");
            Objects.requireNonNull(name, "name");
            value = blankIfNull(value);
        }
    }

    /** A representative work as printed: title, where and when it appeared, and the two statements. */
    public record WorkRow(String title, String venue, LocalDate date, String contributionStatement,
                          String relevanceStatement) {
        public WorkRow {
            Objects.requireNonNull(title, "title");
            venue = blankIfNull(venue);
            contributionStatement = blankIfNull(contributionStatement);
            relevanceStatement = blankIfNull(relevanceStatement);
        }

        /** The row for a representative work and the output it puts forward. */
        public static WorkRow of(Output output, RepresentativeWork work) {
            return new WorkRow(output.title(), output.venue(), output.date(), work.contributionStatement(),
                    work.relevanceStatement());
        }
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
