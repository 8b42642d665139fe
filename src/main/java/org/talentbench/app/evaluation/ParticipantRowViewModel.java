package org.talentbench.app.evaluation;

import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.Participant;

/** One participant of the selected round with translated participation, decision and verification. Immutable. */
public record ParticipantRowViewModel(Participant participant, String category, String participation,
                                      String decision, String verification, String override) {
    public ResearcherId researcherId() {
        return participant.researcherId();
    }

    public String employeeNo() {
        return participant.employeeNo();
    }

    public String name() {
        return participant.name();
    }
}
