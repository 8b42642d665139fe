package org.talentbench.app.profile;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.talentbench.core.researcher.OutputKind;

/**
 * One representative work (代表作) in the editor: its position, the output it names (title and kind follow the
 * output's row) and the two required statements. FX thread only.
 */
public final class RepresentativeWorkRowViewModel {
    private final OutputRowViewModel output;
    private final ReadOnlyIntegerWrapper ordinal = new ReadOnlyIntegerWrapper();
    private final StringProperty contribution = new SimpleStringProperty("");
    private final StringProperty relevance = new SimpleStringProperty("");
    private final FieldMessages messages;

    RepresentativeWorkRowViewModel(OutputRowViewModel output, String contribution, String relevance,
                                   FieldMessages messages, Runnable onChange) {
        this.output = output;
        this.messages = messages;
        this.contribution.set(contribution);
        this.relevance.set(relevance);
        this.contribution.addListener((o, a, b) -> onChange.run());
        this.relevance.addListener((o, a, b) -> onChange.run());
    }

    public OutputRowViewModel output() {
        return output;
    }

    public ReadOnlyStringProperty titleProperty() {
        return output.titleProperty();
    }

    public ReadOnlyStringProperty kindProperty() {
        return output.kindProperty();
    }

    public ReadOnlyStringProperty yearProperty() {
        return output.yearProperty();
    }

    /** Whether the work is a journal paper in a domestic journal (what the 1/3 rule counts). */
    public boolean domesticPaper() {
        var o = output.current();
        return o.kind() == OutputKind.JOURNAL_PAPER && o.domesticJournal();
    }

    public ReadOnlyIntegerProperty ordinalProperty() {
        return ordinal.getReadOnlyProperty();
    }

    void ordinal(int value) {
        ordinal.set(value);
    }

    public StringProperty contributionProperty() {
        return contribution;
    }

    public StringProperty relevanceProperty() {
        return relevance;
    }

    /** Messages of this work: fields {@code output}, {@code contributionStatement}, {@code relevanceStatement}. */
    public FieldMessages messages() {
        return messages;
    }
}
