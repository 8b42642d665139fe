package org.talentbench.app.profile;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Messages;

/**
 * One output in the profile editor's list: the stored output and, once the user opens it, its form. The texts shown
 * follow the form as it is edited. Creating the form lazily keeps opening a profile with hundreds of outputs fast.
 * FX thread only.
 */
public final class OutputRowViewModel {
    private final Messages messages;
    private final ResearcherId me;
    private Output output;
    private OutputFormViewModel form;
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper year = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper venue = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper share = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final BooleanProperty representative = new SimpleBooleanProperty(false);
    private String searchKey;

    OutputRowViewModel(Messages messages, Output output, ResearcherId me) {
        this.messages = messages;
        this.output = output;
        this.me = me;
        show(output);
    }

    void attach(OutputFormViewModel form) {
        this.form = form;
        refresh();
    }

    /** Updates the texts from the form (or the stored output) after an edit. */
    void refresh() {
        Output shown = form == null ? output : form.build();
        if (shown != null) {
            show(shown);
        } else if (form != null) {
            title.set(form.titleProperty().get());
        }
        if (form == null) {
            state.set("");
        } else if (!form.validProperty().get()) {
            state.set(messages.get("output.state.invalid"));
        } else if (form.isNew()) {
            state.set(messages.get("output.state.new"));
        } else if (form.dirtyProperty().get()) {
            state.set(messages.get("output.state.changed"));
        } else {
            state.set("");
        }
    }

    private void show(Output o) {
        kind.set(messages.get("output.kind." + o.kind().name()));
        title.set(o.title());
        year.set(Integer.toString(o.year()));
        venue.set(o.venue());
        Contribution mine = o.contributors().stream().filter(c -> c.researcherId().equals(me)).findFirst()
                .orElse(null);
        share.set(mine == null ? "" : OutputFormViewModel.number(mine.sharePercent()) + "%");
        searchKey = (o.title() + "\u0000" + o.venue() + "\u0000" + o.doi() + "\u0000" + o.externalId() + "\u0000"
                + o.year() + "\u0000" + kind.get()).toLowerCase(Locale.ROOT);
    }

    /** Replaces the stored output (after a save); the form, if any, is reset to it. */
    void stored(Output stored) {
        this.output = stored;
        if (form != null) {
            form.reset(stored);
        }
        refresh();
    }

    boolean matches(String needle) {
        return needle.isEmpty() || searchKey.contains(needle);
    }

    public OutputId id() {
        return form != null ? form.id() : output.id();
    }

    /** The output as currently edited (the form's when it can be read), else as stored. */
    public Output current() {
        if (form != null) {
            Output built = form.build();
            if (built != null) {
                return built;
            }
        }
        return output;
    }

    public Output stored() {
        return output;
    }

    public OutputKind kindValue() {
        return form != null ? form.kindValue() : output.kind();
    }

    public OutputFormViewModel form() {
        return form;
    }

    public boolean hasForm() {
        return form != null;
    }

    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yearProperty() {
        return year.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty venueProperty() {
        return venue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shareProperty() {
        return share.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether the output is among the representative works (shown as a mark in the list). */
    public BooleanProperty representativeProperty() {
        return representative;
    }
}
