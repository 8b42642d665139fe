package org.talentbench.app.profile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.talentbench.app.common.Choice;
import org.talentbench.core.researcher.OutputSchema;
import org.talentbench.i18n.Messages;

/**
 * One kind-specific field of the output form ({@link OutputSchema.Attribute}): its label, its typed value (text,
 * choice, flag or date, whichever the type uses) and its stored text form. FX thread only.
 */
public final class AttributeFieldViewModel {
    private final OutputSchema.Attribute attribute;
    private final String label;
    private final List<Choice> choices;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();
    private final BooleanProperty flag = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();

    AttributeFieldViewModel(OutputSchema.Attribute attribute, Messages messages, String stored, Runnable onChange) {
        this.attribute = attribute;
        this.label = messages.get("output.attr." + attribute.key());
        this.choices = attribute.choices().stream()
                .map(c -> new Choice(c, messages.get("output.value." + attribute.key() + "." + c))).toList();
        setStored(stored);
        text.addListener((o, a, b) -> onChange.run());
        choice.addListener((o, a, b) -> onChange.run());
        flag.addListener((o, a, b) -> onChange.run());
        date.addListener((o, a, b) -> onChange.run());
    }

    private void setStored(String stored) {
        String v = stored == null ? "" : stored;
        switch (attribute.type()) {
            case CHOICE -> choice.set(choices.stream().filter(c -> c.value().equals(v)).findFirst()
                    .orElse(v.isEmpty() ? null : new Choice(v, v)));
            case BOOLEAN -> flag.set(Boolean.parseBoolean(v));
            case DATE -> {
                try {
                    date.set(v.isEmpty() ? null : LocalDate.parse(v));
                } catch (DateTimeParseException e) {
                    date.set(null);
                }
            }
            default -> text.set(v);
        }
    }

    /** The value as {@link org.talentbench.core.researcher.Output#attributes()} stores it ("" when empty). */
    public String stored() {
        return switch (attribute.type()) {
            case CHOICE -> choice.get() == null ? "" : choice.get().value();
            case BOOLEAN -> Boolean.toString(flag.get());
            case DATE -> date.get() == null ? "" : date.get().toString();
            default -> text.get() == null ? "" : text.get().trim();
        };
    }

    public String key() {
        return attribute.key();
    }

    public OutputSchema.Type type() {
        return attribute.type();
    }

    public boolean required() {
        return attribute.required();
    }

    public String label() {
        return label;
    }

    public List<Choice> choices() {
        return choices;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public BooleanProperty flagProperty() {
        return flag;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The field path of this attribute in violations. */
    public String field() {
        return "attributes." + attribute.key();
    }
}
