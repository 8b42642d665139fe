package org.talentbench.core.committee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Combines submitted review forms into one peer-review score per person.
 *
 * <ol>
 *   <li>Each form's score is the mean of its four criteria ({@link ReviewForm#overall()}).</li>
 *   <li>Leniency correction (when on): for a reviewer with at least the minimum number of forms, each form score
 *       {@code x} becomes {@code M + S × (x − m) / s}, where {@code m}, {@code s} are that reviewer's mean and
 *       population standard deviation and {@code M}, {@code S} those of all forms. A reviewer below the minimum keeps
 *       their scores and is reported {@link LeniencyStatus#NOT_ENOUGH_DATA}; one whose scores are all equal,
 *       {@link LeniencyStatus#NO_SPREAD}.</li>
 *   <li>A reviewer's score of a person is the mean of their (corrected) form scores over the person's works, with
 *       the mean confidence.</li>
 *   <li>The reviewers' scores are combined by the rules' {@link AggregationMethod}; span and population variance of
 *       the reviewers' scores flag cases at or above the thresholds.</li>
 * </ol>
 * Drafts are ignored. Deterministic: the result does not depend on the order of the forms. Stateless.
 */
public final class ReviewAggregator {
    private ReviewAggregator() {
    }

    public static AggregationResult aggregate(Collection<ReviewForm> forms, AggregationRules rules) {
        List<ReviewForm> submitted = forms.stream().filter(ReviewForm::submitted)
                .sorted(Comparator.comparingLong((ReviewForm f) -> f.reviewer().value())
                        .thenComparingLong(f -> f.person().value()).thenComparingLong(f -> f.work().value()))
                .toList();
        Map<Long, List<ReviewForm>> byReviewer = new TreeMap<>();
        for (ReviewForm f : submitted) {
            byReviewer.computeIfAbsent(f.reviewer().value(), k -> new ArrayList<>()).add(f);
        }
        double[] all = submitted.stream().mapToDouble(ReviewForm::overall).toArray();
        double grandMean = mean(all);
        double grandSd = Math.sqrt(variance(all));

        List<ReviewerLeniency> leniency = new ArrayList<>();
        Map<ReviewForm, Double> used = new LinkedHashMap<>();
        byReviewer.forEach((reviewerId, list) -> {
            double[] xs = list.stream().mapToDouble(ReviewForm::overall).toArray();
            double m = mean(xs);
            double s = Math.sqrt(variance(xs));
            LeniencyStatus status;
            if (!rules.leniencyCorrection()) {
                status = LeniencyStatus.OFF;
            } else if (xs.length < rules.leniencyMinScores()) {
                status = LeniencyStatus.NOT_ENOUGH_DATA;
            } else if (s == 0) {
                status = LeniencyStatus.NO_SPREAD;
            } else {
                status = LeniencyStatus.CORRECTED;
            }
            for (ReviewForm f : list) {
                double x = f.overall();
                used.put(f, status == LeniencyStatus.CORRECTED ? grandMean + grandSd * (x - m) / s : x);
            }
            leniency.add(new ReviewerLeniency(new AccountId(reviewerId), xs.length, m, s, status));
        });

        Map<Long, Map<Long, List<ReviewForm>>> byPerson = new TreeMap<>();
        for (ReviewForm f : submitted) {
            byPerson.computeIfAbsent(f.person().value(), k -> new TreeMap<>())
                    .computeIfAbsent(f.reviewer().value(), k -> new ArrayList<>()).add(f);
        }
        List<PersonAggregate> people = new ArrayList<>();
        byPerson.forEach((personId, reviewers) -> {
            List<ReviewerScore> scores = new ArrayList<>();
            reviewers.forEach((reviewerId, list) -> {
                double raw = list.stream().mapToDouble(ReviewForm::overall).average().orElseThrow();
                double corrected = list.stream().mapToDouble(used::get).average().orElseThrow();
                double confidence = list.stream().mapToInt(ReviewForm::confidence).average().orElseThrow();
                scores.add(new ReviewerScore(new AccountId(reviewerId), raw, corrected, confidence, list.size()));
            });
            double[] xs = scores.stream().mapToDouble(ReviewerScore::used).toArray();
            double[] ws = scores.stream().mapToDouble(ReviewerScore::confidence).toArray();
            double min = Arrays.stream(xs).min().orElseThrow();
            double max = Arrays.stream(xs).max().orElseThrow();
            double var = variance(xs);
            EnumSet<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
            if (max - min >= rules.spanThreshold()) {
                flags.add(ReviewFlag.SPAN);
            }
            if (var >= rules.varianceThreshold()) {
                flags.add(ReviewFlag.VARIANCE);
            }
            if (xs.length == 1) {
                flags.add(ReviewFlag.SINGLE_REVIEWER);
            }
            people.add(new PersonAggregate(new ResearcherId(personId), rules.method(),
                    combine(xs, ws, rules), xs.length, min, max, max - min, var, flags, scores));
        });
        return new AggregationResult(rules, leniency, people);
    }

    /** Combines scores by the rules' method; {@code weights} are the confidences (used by the weighted mean). */
    public static double combine(double[] xs, double[] weights, AggregationRules rules) {
        return switch (rules.method()) {
            case MEAN -> mean(xs);
            case MEDIAN -> median(xs);
            case TRIMMED_MEAN -> trimmedMean(xs, rules.trimShare());
            case CONFIDENCE_WEIGHTED -> weightedMean(xs, weights);
        };
    }

    public static double mean(double[] xs) {
        if (xs.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }

    /** Population variance (divides by n): the reviewers are the whole panel, not a sample. */
    public static double variance(double[] xs) {
        if (xs.length == 0) {
            return Double.NaN;
        }
        double m = mean(xs);
        double s = 0;
        for (double x : xs) {
            s += (x - m) * (x - m);
        }
        return s / xs.length;
    }

    public static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Mean after dropping ⌊n × share⌋ of the lowest and as many of the highest scores. */
    public static double trimmedMean(double[] xs, double share) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int k = (int) Math.floor(s.length * share + 1e-9);
        return mean(Arrays.copyOfRange(s, k, s.length - k));
    }

    public static double weightedMean(double[] xs, double[] ws) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < xs.length; i++) {
            num += xs[i] * ws[i];
            den += ws[i];
        }
        return num / den;
    }
}
