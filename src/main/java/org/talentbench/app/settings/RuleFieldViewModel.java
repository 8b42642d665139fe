package org.talentbench.app.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.talentbench.app.common.Choice;
import org.talentbench.core.InvalidInputException;
import org.talentbench.i18n.Messages;
import org.talentbench.service.RuleSetting;

/**
 * One editable setting on the Settings screen: its label, the default it falls back to, the edited value as text
 * (lists one entry per line), the offered choices, and the validation message of the current value. The value that
 * equals the default means "use the default" and is saved as a restored default.
 */
public final class RuleFieldViewModel {
    private final RuleSetting setting;
    private final Messages messages;
    private final String label;
    private final String columnLabel;
    private final String categoryLabel;
    private final String defaultText;
    private final List<Choice> choices = new ArrayList<>();
    private final Map<String, BooleanProperty> selected = new LinkedHashMap<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper();
    private String loaded = "";
    private boolean syncing;

    RuleFieldViewModel(RuleSetting setting, Messages messages) {
        this.setting = setting;
        this.messages = messages;
        this.label = RuleTexts.label(messages, setting);
        this.columnLabel = messages.get(RuleTexts.labelKey(setting));
        this.categoryLabel = setting.category() == null ? "" : messages.get("category." + setting.category().name());
        switch (setting.kind()) {
            case BOOLEAN -> {
                choices.add(new Choice("true", messages.get("settings.value.true")));
                choices.add(new Choice("false", messages.get("settings.value.false")));
            }
            case CHOICE, CHOICES -> setting.choices().forEach(c -> choices.add(new Choice(c,
                    RuleTexts.choice(messages, setting, c))));
            default -> {
            }
        }
        if (setting.kind() == RuleSetting.Kind.CHOICES) {
            for (Choice c : choices) {
                BooleanProperty p = new SimpleBooleanProperty();
                p.addListener((o, a, b) -> {
                    if (!syncing) {
                        value.set(String.join("|", selected.entrySet().stream().filter(e -> e.getValue().get())
                                .map(Map.Entry::getKey).toList()));
                    }
                });
                selected.put(c.value(), p);
            }
        }
        this.defaultText = messages.get("settings.default", display(setting.defaultValue()));
        value.addListener((o, a, b) -> changed());
    }

    /** Shows the stored value (null: not set, the default applies). */
    void load(String storedValue) {
        stored.set(storedValue != null);
        loaded = toEditable(storedValue == null ? setting.defaultValue() : storedValue);
        value.set(loaded);
        changed();
    }

    /** Sets the value back to the default; saving then removes the stored value. */
    public void restoreDefault() {
        value.set(toEditable(setting.defaultValue()));
    }

    /**
     * What saving this field sends: nothing when unchanged ({@code present} false), null to restore the default, or
     * the stored form of the value.
     */
    record Change(boolean present, String value) {
    }

    Change change() {
        String now = value.get() == null ? "" : value.get();
        boolean isDefault = setting.normalise(fromEditable(now)).equals(setting.normalise(setting.defaultValue()));
        if (isDefault) {
            return stored.get() ? new Change(true, null) : new Change(false, null);
        }
        return now.equals(loaded) ? new Change(false, null) : new Change(true, fromEditable(now));
    }

    /** Shows a problem the service reported for this field. */
    void showProblem(InvalidInputException e) {
        message.set(text(e));
    }

    private void changed() {
        String v = value.get() == null ? "" : value.get();
        message.set(setting.problem(fromEditable(v)).map(this::text).orElse(""));
        dirty.set(change().present());
        if (!selected.isEmpty()) {
            syncing = true;
            List<String> on = RuleSetting.split(v.replace(',', '|'));
            selected.forEach((k, p) -> p.set(on.contains(k)));
            syncing = false;
        }
    }

    private String text(InvalidInputException e) {
        List<Object> args = new ArrayList<>(e.args());
        if (!args.isEmpty()) {
            args.set(0, label);
        }
        return messages.get("error." + e.code(), args);
    }

    private String toEditable(String stored) {
        return setting.kind() == RuleSetting.Kind.LIST ? String.join("\n", RuleSetting.split(stored)) : stored;
    }

    private String fromEditable(String edited) {
        return setting.kind() == RuleSetting.Kind.LIST ? String.join("|", RuleSetting.split(edited)) : edited;
    }

    private String display(String raw) {
        return switch (setting.kind()) {
            case BOOLEAN, CHOICE -> choices.stream().filter(c -> c.value().equalsIgnoreCase(raw)).findFirst()
                    .map(Choice::label).orElse(raw);
            case CHOICES -> {
                List<String> parts = RuleSetting.split(raw).stream().map(p -> choices.stream()
                        .filter(c -> c.value().equals(p)).findFirst().map(Choice::label).orElse(p)).toList();
                yield parts.isEmpty() ? messages.get("settings.value.none") : String.join(messages.get(
                        "settings.value.separator"), parts);
            }
            case LIST -> {
                List<String> parts = RuleSetting.split(raw);
                yield parts.size() <= 4 ? String.join(messages.get("settings.value.separator"), parts)
                        : messages.get("settings.value.list", String.join(messages.get("settings.value.separator"),
                        parts.subList(0, 3)), parts.size());
            }
            default -> raw.isEmpty() ? messages.get("settings.value.none") : raw;
        };
    }

    public RuleSetting setting() {
        return setting;
    }

    public String key() {
        return setting.key();
    }

    public String label() {
        return label;
    }

    /** The label without the category, for a table with one row per category. */
    public String columnLabel() {
        return columnLabel;
    }

    /** The research category's name, or empty. */
    public String categoryLabel() {
        return categoryLabel;
    }

    public String defaultText() {
        return defaultText;
    }

    public List<Choice> choices() {
        return choices;
    }

    /** For a multiple choice: whether each choice value is selected. */
    public Map<String, BooleanProperty> selected() {
        return selected;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean valid() {
        return message.get().isEmpty();
    }
}
