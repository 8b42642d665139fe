package org.talentbench.core.committee;

import org.talentbench.core.researcher.ResearcherId;

/**
 * The grade proposed for one person from the ranked scores, and whether the person sits at a grade boundary (tied
 * with, or next to, someone on the other side of the quota line), which puts the case on the discussion list.
 * A proposal is only a proposal: the committee decides.
 */
public record GradeProposal(ResearcherId person, Integer rank, Double score, AppraisalGrade proposed,
                            boolean boundary) {
}
