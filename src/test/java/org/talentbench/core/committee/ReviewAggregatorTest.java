package org.talentbench.core.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.ResearcherId;

class ReviewAggregatorTest {
    private static final double EPS = 1e-6;

    private static ReviewForm form(long reviewer, long person, long work, int score, int confidence) {
        Map<ReviewCriterion, Integer> s = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            s.put(c, score);
        }
        return new ReviewForm(0, 1, new AccountId(reviewer), new ResearcherId(person), new OutputId(work), s,
                confidence, "", ReviewStatus.SUBMITTED, Instant.EPOCH);
    }

    /** One person, five reviewers scoring 2, 6, 7, 8, 9 with confidences 1, 5, 4, 3, 2. */
    private static List<ReviewForm> fiveReviewers() {
        return List.of(form(1, 50, 500, 2, 1), form(2, 50, 500, 6, 5), form(3, 50, 500, 7, 4),
                form(4, 50, 500, 8, 3), form(5, 50, 500, 9, 2));
    }

    @ParameterizedTest
    @CsvSource({
        // mean = 32 / 5
        "MEAN, 6.4",
        // sorted 2 6 7 8 9: the middle one
        "MEDIAN, 7.0",
        // trim share 0.2: floor(5 x 0.2) = 1 dropped at each end -> (6 + 7 + 8) / 3
        "TRIMMED_MEAN, 7.0",
        // (2x1 + 6x5 + 7x4 + 8x3 + 9x2) / (1+5+4+3+2) = 102 / 15
        "CONFIDENCE_WEIGHTED, 6.8",
    })
    void eachMethodGivesTheHandWorkedValue(AggregationMethod method, double expected) {
        AggregationRules rules = AggregationRules.defaults().withMethod(method).withLeniency(false, 8);
        PersonAggregate p = ReviewAggregator.aggregate(fiveReviewers(), rules).people().get(0);
        assertEquals(expected, p.score(), EPS);
        assertEquals(method, p.method());
    }

    @Test
    void spanAndVarianceFlagTheCase() {
        AggregationRules rules = AggregationRules.defaults().withLeniency(false, 8);
        PersonAggregate p = ReviewAggregator.aggregate(fiveReviewers(), rules).people().get(0);
        // span 9 - 2 = 7; population variance: squares of -4.4 -0.4 0.6 1.6 2.6 = 29.2, / 5 = 5.84
        assertEquals(7.0, p.span(), EPS);
        assertEquals(5.84, p.variance(), EPS);
        assertEquals(Set.of(ReviewFlag.SPAN, ReviewFlag.VARIANCE), p.flags());

        List<ReviewForm> close = List.of(form(1, 50, 500, 7, 3), form(2, 50, 500, 8, 3));
        assertEquals(Set.of(), ReviewAggregator.aggregate(close, rules).people().get(0).flags());
    }

    @Test
    void aFormScoreIsTheMeanOfItsFourCriteria() {
        Map<ReviewCriterion, Integer> s = Map.of(ReviewCriterion.INNOVATION, 8, ReviewCriterion.ACADEMIC_VALUE, 7,
                ReviewCriterion.OWN_CONTRIBUTION, 6, ReviewCriterion.RELEVANCE, 9);
        ReviewForm f = new ReviewForm(0, 1, new AccountId(1), new ResearcherId(2), new OutputId(3), s, 4, "",
                ReviewStatus.SUBMITTED, Instant.EPOCH);
        assertEquals(7.5, f.overall(), EPS);
    }

    @Test
    void draftsAreIgnored() {
        List<ReviewForm> forms = new ArrayList<>(fiveReviewers());
        forms.add(ReviewForm.blank(1, new AccountId(6), new ResearcherId(50), new OutputId(500)));
        assertEquals(5, ReviewAggregator.aggregate(forms, AggregationRules.defaults()).people().get(0).reviewers());
    }

    @Test
    void outOfRangeScoresAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> form(1, 2, 3, 11, 3));
        assertEquals("committee.review.scoreRange", e.code());
        assertEquals("committee.review.confidenceRange",
                assertThrows(InvalidInputException.class, () -> form(1, 2, 3, 5, 6)).code());
    }

    /**
     * Reviewer 1 scores persons 1–4 with 6 and 5–8 with 8 (mean 7, sd 1); reviewer 2 scores them 3 and 5 (mean 4,
     * sd 1). All 16 forms: mean 5.5, population variance (4 × 6.25 + 4 × 0.25) × 2 / 16 = 3.25, sd √3.25.
     */
    private static List<ReviewForm> twoReviewers(int persons) {
        List<ReviewForm> forms = new ArrayList<>();
        for (int p = 1; p <= persons; p++) {
            forms.add(form(1, p, 100 + p, p <= 4 ? 6 : 8, 3));
            forms.add(form(2, p, 100 + p, p <= 4 ? 3 : 5, 3));
        }
        return forms;
    }

    @Test
    void leniencyIsCorrectedFromEightScoresOn() {
        AggregationResult r = ReviewAggregator.aggregate(twoReviewers(8), AggregationRules.defaults());
        assertEquals(List.of(LeniencyStatus.CORRECTED, LeniencyStatus.CORRECTED),
                r.leniency().stream().map(ReviewerLeniency::status).toList());
        // person 5: reviewer 1's 8 -> 5.5 + √3.25 × (8 − 7) / 1; reviewer 2's 5 -> 5.5 + √3.25 × (5 − 4) / 1
        PersonAggregate p5 = r.of(new ResearcherId(5)).orElseThrow();
        assertEquals(5.5 + Math.sqrt(3.25), p5.score(), EPS);
        assertEquals(0.0, p5.span(), EPS, "after correction both reviewers agree");
        assertEquals(6.5, p5.reviewerScores().stream().mapToDouble(ReviewerScore::raw).average().orElseThrow(), EPS);
    }

    @Test
    void belowTheMinimumLeniencyIsNotEnoughDataAndScoresStayAsGiven() {
        AggregationResult r = ReviewAggregator.aggregate(twoReviewers(7), AggregationRules.defaults());
        assertEquals(List.of(LeniencyStatus.NOT_ENOUGH_DATA, LeniencyStatus.NOT_ENOUGH_DATA),
                r.leniency().stream().map(ReviewerLeniency::status).toList());
        assertEquals(6.5, r.of(new ResearcherId(5)).orElseThrow().score(), EPS);
        assertEquals(7, r.leniency().get(0).scores());
    }

    @Test
    void aReviewerGivingTheSameScoreEverywhereHasNoSpread() {
        List<ReviewForm> forms = new ArrayList<>();
        for (int p = 1; p <= 8; p++) {
            forms.add(form(1, p, 100 + p, 7, 3));
        }
        assertEquals(LeniencyStatus.NO_SPREAD,
                ReviewAggregator.aggregate(forms, AggregationRules.defaults()).leniency().get(0).status());
    }

    @Test
    void theEngineInputIsTheAggregatedScoreByPerson() {
        AggregationResult r = ReviewAggregator.aggregate(fiveReviewers(),
                AggregationRules.defaults().withLeniency(false, 8));
        assertEquals(Map.of(new ResearcherId(50), 6.4), r.peerReviewInput());
    }
}
