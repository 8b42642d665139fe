package org.talentbench.app.evaluation;

import org.talentbench.core.round.Movement;

/** One line of a snapshot comparison with its translated texts. Immutable. */
public record MovementRowViewModel(Movement movement, String kind, String change, String why) {
    public String employeeNo() {
        return movement.employeeNo();
    }

    public String name() {
        return movement.name();
    }

    public String cohort() {
        return movement.cohort();
    }
}
