package org.talentbench.core.committee;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.ResearcherId;

/**
 * One reviewer's form for one representative work of one person in one panel: a 1–10 score per
 * {@link ReviewCriterion} (null while not filled in), a confidence 1–5 and a comment. A draft may be incomplete; a
 * submitted form has every score in range ({@link #checkComplete()}). The form's score is the unweighted mean of the
 * four criteria. Immutable.
 */
public record ReviewForm(long id, long panelId, AccountId reviewer, ResearcherId person, OutputId work,
                         Map<ReviewCriterion, Integer> scores, Integer confidence, String comment,
                         ReviewStatus status, Instant submittedAt) {
    public static final int CONFIDENCE_MIN = 1;
    public static final int CONFIDENCE_MAX = 5;
    public static final int COMMENT_MAX = 4000;

    public ReviewForm {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(work, "work");
        EnumMap<ReviewCriterion, Integer> copy = new EnumMap<>(ReviewCriterion.class);
        if (scores != null) {
            scores.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        scores = Map.copyOf(copy);
        comment = comment == null ? "" : comment;
        status = status == null ? ReviewStatus.DRAFT : status;
        checkRanges(scores, confidence, comment);
    }

    /** A blank draft. */
    public static ReviewForm blank(long panelId, AccountId reviewer, ResearcherId person, OutputId work) {
        return new ReviewForm(0, panelId, reviewer, person, work, Map.of(), null, "", ReviewStatus.DRAFT, null);
    }

    public Integer score(ReviewCriterion c) {
        return scores.get(c);
    }

    public boolean submitted() {
        return status == ReviewStatus.SUBMITTED;
    }

    /** Whether every criterion and the confidence are filled in. */
    public boolean complete() {
        return scores.size() == ReviewCriterion.values().length && confidence != null;
    }

    /** Refuses an incomplete form ({@code committee.review.incomplete}, arg: the first missing part). */
    public void checkComplete() {
        for (ReviewCriterion c : ReviewCriterion.values()) {
            if (!scores.containsKey(c)) {
                throw new InvalidInputException("committee.review.incomplete", c.name());
            }
        }
        if (confidence == null) {
            throw new InvalidInputException("committee.review.incomplete", "CONFIDENCE");
        }
    }

    /** The unweighted mean of the four criteria; only for a complete form. */
    public double overall() {
        checkComplete();
        double sum = 0;
        for (int v : scores.values()) {
            sum += v;
        }
        return sum / scores.size();
    }

    public ReviewForm withId(long newId) {
        return new ReviewForm(newId, panelId, reviewer, person, work, scores, confidence, comment, status,
                submittedAt);
    }

    public ReviewForm edited(Map<ReviewCriterion, Integer> newScores, Integer newConfidence, String newComment) {
        return new ReviewForm(id, panelId, reviewer, person, work, newScores, newConfidence, newComment, status,
                submittedAt);
    }

    public ReviewForm submittedAt(Instant at) {
        checkComplete();
        return new ReviewForm(id, panelId, reviewer, person, work, scores, confidence, comment,
                ReviewStatus.SUBMITTED, at);
    }

    private static void checkRanges(Map<ReviewCriterion, Integer> scores, Integer confidence, String comment) {
        scores.forEach((c, v) -> {
            if (v < ReviewCriterion.MIN || v > ReviewCriterion.MAX) {
                throw new InvalidInputException("committee.review.scoreRange", c.name(), v);
            }
        });
        if (confidence != null && (confidence < CONFIDENCE_MIN || confidence > CONFIDENCE_MAX)) {
            throw new InvalidInputException("committee.review.confidenceRange", confidence);
        }
        if (comment.length() > COMMENT_MAX) {
            throw new InvalidInputException("committee.review.commentTooLong", COMMENT_MAX);
        }
    }
}
