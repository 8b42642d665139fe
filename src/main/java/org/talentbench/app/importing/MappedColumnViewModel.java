package org.talentbench.app.importing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.talentbench.app.common.Choice;

/** One column of a sheet in the mapping step: its header and the template column chosen for it. */
public final class MappedColumnViewModel {
    private final String header;
    private final ObjectProperty<Choice> target = new SimpleObjectProperty<>();

    MappedColumnViewModel(String header, Choice target) {
        this.header = header;
        this.target.set(target);
    }

    public String header() {
        return header;
    }

    /** The template column (its key as value), or the "skip" choice with an empty value. */
    public ObjectProperty<Choice> targetProperty() {
        return target;
    }
}
