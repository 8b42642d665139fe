package org.talentbench.app.committee;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The row types of the panels screen, already translated. */
public final class PanelRows {
    private PanelRows() {
    }

    /** An account that may sit on the panel; {@code onPanel} is edited by a check box. */
    public record Member(long accountId, String login, String name, String role, boolean reviews,
                         BooleanProperty onPanel) {
        public Member(long accountId, String login, String name, String role, boolean reviews, boolean on) {
            this(accountId, login, name, role, reviews, new SimpleBooleanProperty(on));
        }
    }

    /** One reviewer assigned to one person. */
    public record Assignment(long reviewerId, String reviewer, long personId, String employeeNo, String person) {
    }

    /** One conflict between a panel member and a person, with every reason and the override if any. */
    public record Conflict(long reviewerId, String reviewer, long personId, String employeeNo, String person,
                           String reasons, String override, boolean barring) {
    }
}
