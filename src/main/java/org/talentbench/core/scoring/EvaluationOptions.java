package org.talentbench.core.scoring;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.talentbench.core.scoring.mcda.AhpMethod;
import org.talentbench.core.scoring.mcda.Normalisation;
import org.talentbench.core.scoring.mcda.RandomIndex;
import org.talentbench.core.scoring.mcda.TopsisNormalisation;

/**
 * Every choice of an evaluation that is not in the scheme; stored with each result.
 *
 * @param normalisation            within-cohort normalisation (default percentile rank, ties at mid-rank)
 * @param minCohortSize            a cohort smaller than this is normalised against the wider group (default 5):
 *                                 category+discipline group → category → all categories
 * @param cohortByDisciplineGroup  split each category by discipline group
 * @param disciplineGroups         discipline → group; an unmapped discipline is its own group
 * @param aggregation              weighted sum (default) or TOPSIS
 * @param topsisNormalisation      TOPSIS's own normalisation (default vector)
 * @param missingPeerReview        rule for a missing peer-review score
 * @param missingManualInput       rule for a missing manual expert input
 * @param ahpMethod                eigenvector (default) or approximate
 * @param randomIndex              random-index table (default Saaty)
 * @param ahpMaxConsistencyRatio   CR at or above which a matrix is refused (default 0.10)
 * @param sensitivity              rank-stability draws (default 1,000; {@link SensitivityOptions#off()} to skip)
 */
public record EvaluationOptions(Normalisation normalisation, int minCohortSize, boolean cohortByDisciplineGroup,
                                Map<String, String> disciplineGroups, Aggregation aggregation,
                                TopsisNormalisation topsisNormalisation, MissingInputRule missingPeerReview,
                                MissingInputRule missingManualInput, AhpMethod ahpMethod, RandomIndex randomIndex,
                                double ahpMaxConsistencyRatio, SensitivityOptions sensitivity) {
    public EvaluationOptions {
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(topsisNormalisation, "topsisNormalisation");
        Objects.requireNonNull(missingPeerReview, "missingPeerReview");
        Objects.requireNonNull(missingManualInput, "missingManualInput");
        Objects.requireNonNull(ahpMethod, "ahpMethod");
        Objects.requireNonNull(randomIndex, "randomIndex");
        Objects.requireNonNull(sensitivity, "sensitivity");
        disciplineGroups = disciplineGroups == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(disciplineGroups));
        if (minCohortSize < 1) {
            throw new IllegalArgumentException("minCohortSize must be at least 1");
        }
    }

    public static EvaluationOptions defaults() {
        return new EvaluationOptions(Normalisation.DEFAULT, 5, false, Map.of(), Aggregation.WEIGHTED_SUM,
                TopsisNormalisation.VECTOR, MissingInputRule.EXCLUDE_FROM_RANKING,
                MissingInputRule.EXCLUDE_FROM_RANKING, AhpMethod.DEFAULT, RandomIndex.DEFAULT, 0.10,
                SensitivityOptions.defaults());
    }

    public EvaluationOptions withNormalisation(Normalisation n) {
        return new EvaluationOptions(n, minCohortSize, cohortByDisciplineGroup, disciplineGroups, aggregation,
                topsisNormalisation, missingPeerReview, missingManualInput, ahpMethod, randomIndex,
                ahpMaxConsistencyRatio, sensitivity);
    }

    public EvaluationOptions withMinCohortSize(int size) {
        return new EvaluationOptions(normalisation, size, cohortByDisciplineGroup, disciplineGroups, aggregation,
                topsisNormalisation, missingPeerReview, missingManualInput, ahpMethod, randomIndex,
                ahpMaxConsistencyRatio, sensitivity);
    }

    public EvaluationOptions withDisciplineGroups(Map<String, String> groups) {
        return new EvaluationOptions(normalisation, minCohortSize, true, groups, aggregation, topsisNormalisation,
                missingPeerReview, missingManualInput, ahpMethod, randomIndex, ahpMaxConsistencyRatio, sensitivity);
    }

    public EvaluationOptions withAggregation(Aggregation a, TopsisNormalisation t) {
        return new EvaluationOptions(normalisation, minCohortSize, cohortByDisciplineGroup, disciplineGroups, a, t,
                missingPeerReview, missingManualInput, ahpMethod, randomIndex, ahpMaxConsistencyRatio, sensitivity);
    }

    public EvaluationOptions withMissingInputs(MissingInputRule peerReview, MissingInputRule manual) {
        return new EvaluationOptions(normalisation, minCohortSize, cohortByDisciplineGroup, disciplineGroups,
                aggregation, topsisNormalisation, peerReview, manual, ahpMethod, randomIndex, ahpMaxConsistencyRatio,
                sensitivity);
    }

    public EvaluationOptions withSensitivity(SensitivityOptions s) {
        return new EvaluationOptions(normalisation, minCohortSize, cohortByDisciplineGroup, disciplineGroups,
                aggregation, topsisNormalisation, missingPeerReview, missingManualInput, ahpMethod, randomIndex,
                ahpMaxConsistencyRatio, s);
    }

    /** The discipline group of a discipline under these options ("" when cohorts are not split). */
    public String groupOf(String discipline) {
        if (!cohortByDisciplineGroup) {
            return "";
        }
        return disciplineGroups.getOrDefault(discipline, discipline);
    }
}
