package org.talentbench.app.importing;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.talentbench.app.common.Choice;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ImportAction;
import org.talentbench.service.ImportMatch;

/** One incoming row that matches a stored record, with the action the user picks for it. */
public final class ImportMatchRowViewModel {
    private final ImportMatch match;
    private final String entity;
    private final String basis;
    private final ObjectProperty<Choice> action = new SimpleObjectProperty<>();

    ImportMatchRowViewModel(ImportMatch match, Messages m, List<Choice> actions) {
        this.match = match;
        this.entity = ImportTexts.entity(m, match.entity());
        this.basis = ImportTexts.basis(m, match.basis()) + " " + match.key();
        this.action.set(actions.get(match.proposed().ordinal()));
    }

    public String entity() {
        return entity;
    }

    public String file() {
        return match.file();
    }

    public String basis() {
        return basis;
    }

    public String existing() {
        return match.existing();
    }

    public String incoming() {
        return match.incoming();
    }

    public ObjectProperty<Choice> actionProperty() {
        return action;
    }

    ImportMatch match() {
        return match;
    }

    ImportAction selected() {
        Choice c = action.get();
        return c == null ? match.proposed() : ImportAction.valueOf(c.value());
    }
}
