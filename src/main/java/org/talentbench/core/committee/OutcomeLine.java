package org.talentbench.core.committee;

import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/** One line of a round's final result list: the person, their cohort, rank, scores and decided grade. */
public record OutcomeLine(ResearcherId person, String employeeNo, String cohort, Integer rank, Double total,
                          Double peerReview, AppraisalGrade grade) {
    public OutcomeLine {
        Objects.requireNonNull(person, "person");
        employeeNo = employeeNo == null ? "" : employeeNo;
        cohort = cohort == null ? "" : cohort;
        Objects.requireNonNull(grade, "grade");
    }
}
