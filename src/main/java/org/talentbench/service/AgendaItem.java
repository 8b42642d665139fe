package org.talentbench.service;

import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.committee.DiscussionCase;
import org.talentbench.core.committee.GradeProposal;
import org.talentbench.core.committee.PersonAggregate;

/**
 * One case of the meeting's agenda as the caller may see it: the place and reason, who it is, the proposal and the
 * decided grade, the aggregated peer review ({@code null} when none or hidden from the caller), the minutes and
 * whether it was discussed. {@code barred}: the caller is conflicted with this person and must not take part.
 */
public record AgendaItem(DiscussionCase discussion, String employeeNo, String name, GradeProposal proposal,
                         AppraisalGrade decided, PersonAggregate review, String minutes, boolean discussed,
                         boolean barred) {
}
