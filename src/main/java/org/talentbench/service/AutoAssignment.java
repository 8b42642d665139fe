package org.talentbench.service;

import java.util.List;
import org.talentbench.core.committee.ReviewAssignment;
import org.talentbench.core.researcher.ResearcherId;

/** What automatic assignment added, and who still has fewer reviewers than asked (too many conflicts). */
public record AutoAssignment(List<ReviewAssignment> added, List<ResearcherId> shortOfReviewers) {
}
