package org.talentbench.core.round;

import org.talentbench.core.cycle.CycleDecision;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;

/**
 * One researcher as a round sees them: the cycle decision (with its reasons), the resulting participation, the
 * staff decision behind it if any, and whether the data were verified and a check-in note recorded.
 */
public record Participant(ResearcherId researcherId, String employeeNo, String name, ResearchCategory category,
                          String departmentCode, CycleDecision decision, Participation participation,
                          ParticipantOverride override, Verification verification, boolean checkInRecorded) {
    public boolean scored() {
        return participation.scored();
    }
}
