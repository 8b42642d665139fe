package org.talentbench.app.profile;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.talentbench.app.common.Choice;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.CareerBreakKind;

/** One career break as edited: kind, start, end, note, and its inline messages. FX thread only. */
public final class CareerBreakRowViewModel {
    private final long id;
    private final ObjectProperty<Choice> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final FieldMessages messages;

    CareerBreakRowViewModel(CareerBreak b, List<Choice> kinds, FieldMessages messages, Runnable onChange) {
        this.id = b == null ? 0 : b.id();
        this.messages = messages;
        if (b != null) {
            kind.set(kinds.get(b.kind().ordinal()));
            start.set(b.start());
            end.set(b.end());
            note.set(b.note());
        } else {
            kind.set(kinds.get(0));
        }
        kind.addListener((o, a, c) -> onChange.run());
        start.addListener((o, a, c) -> onChange.run());
        end.addListener((o, a, c) -> onChange.run());
        note.addListener((o, a, c) -> onChange.run());
    }

    /** The break as edited, or null while a date is missing. */
    CareerBreak build() {
        if (start.get() == null || end.get() == null || kind.get() == null) {
            return null;
        }
        return new CareerBreak(id, CareerBreakKind.valueOf(kind.get().value()), start.get(), end.get(),
                note.get() == null ? "" : note.get().trim());
    }

    public ObjectProperty<Choice> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Messages of this break: fields {@code kind}, {@code start}, {@code end}, {@code note}. */
    public FieldMessages messages() {
        return messages;
    }
}
