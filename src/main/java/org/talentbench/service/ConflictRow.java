package org.talentbench.service;

import java.util.List;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.ConflictOverride;
import org.talentbench.core.committee.ConflictReason;
import org.talentbench.core.researcher.ResearcherId;

/** One conflict as lists show it, with the names of both sides, every reason and the override if any. */
public record ConflictRow(AccountId reviewer, String reviewerName, ResearcherId person, String employeeNo,
                          String personName, List<ConflictReason> reasons, ConflictOverride override,
                          boolean barring) {
}
