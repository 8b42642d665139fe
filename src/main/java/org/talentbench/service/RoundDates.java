package org.talentbench.service;

import java.time.LocalDate;
import org.talentbench.core.repo.Repositories;

/**
 * The reference date of a round, from which the co-authorship window of the conflict rules is counted. Until
 * evaluation rounds are stored, the committee services use today's date; once they are, this reads the round's
 * reference date.
 */
@FunctionalInterface
public interface RoundDates {
    LocalDate referenceDate(Repositories repos, long roundId);
}
