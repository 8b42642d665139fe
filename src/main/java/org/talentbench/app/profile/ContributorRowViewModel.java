package org.talentbench.app.profile;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.ResearcherId;

/**
 * One researcher of the institute credited on the output being edited: who (fixed), the declared share in percent,
 * the byline position and the corresponding-author flag as edited. FX thread only.
 */
public final class ContributorRowViewModel {
    private final ResearcherId researcher;
    private final String label;
    private final boolean self;
    private final StringProperty share = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final BooleanProperty corresponding = new SimpleBooleanProperty(false);
    private final FieldMessages messages;

    ContributorRowViewModel(Contribution c, String label, boolean self, FieldMessages messages, Runnable onChange) {
        this.researcher = c.researcherId();
        this.label = label;
        this.self = self;
        this.messages = messages;
        share.set(OutputFormViewModel.number(c.sharePercent()));
        position.set(c.authorPosition() > 0 ? Integer.toString(c.authorPosition()) : "");
        corresponding.set(c.corresponding());
        share.addListener((o, a, b) -> onChange.run());
        position.addListener((o, a, b) -> onChange.run());
        corresponding.addListener((o, a, b) -> onChange.run());
    }

    public ResearcherId researcher() {
        return researcher;
    }

    public String label() {
        return label;
    }

    /** Whether this is the researcher whose profile is open (that row cannot be removed, only the output). */
    public boolean self() {
        return self;
    }

    public StringProperty shareProperty() {
        return share;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public BooleanProperty correspondingProperty() {
        return corresponding;
    }

    /** Messages of this row: fields {@code share}, {@code position}, {@code researcher}. */
    public FieldMessages messages() {
        return messages;
    }
}
