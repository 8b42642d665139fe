package org.talentbench.app.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.talentbench.core.researcher.Violation;
import org.talentbench.i18n.Messages;

/**
 * The inline messages of one form, one observable per field path, filled from {@link Violation}s. Several violations
 * on one field are joined; the field blocks saving when any of them does. FX thread only.
 */
public final class FieldMessages {
    private final Messages messages;
    private final Map<String, ReadOnlyObjectWrapper<FieldMessage>> fields = new HashMap<>();
    private final Map<String, FieldMessage> current = new LinkedHashMap<>();

    public FieldMessages(Messages messages) {
        this.messages = messages;
    }

    /** The message of a field, null when it has none. */
    public ReadOnlyObjectProperty<FieldMessage> property(String field) {
        return wrapper(field).getReadOnlyProperty();
    }

    public FieldMessage get(String field) {
        return current.get(field);
    }

    private ReadOnlyObjectWrapper<FieldMessage> wrapper(String field) {
        return fields.computeIfAbsent(field, k -> new ReadOnlyObjectWrapper<>(current.get(k)));
    }

    /** Replaces every message with those of {@code violations}. */
    public void set(List<Violation> violations) {
        Map<String, FieldMessage> next = new LinkedHashMap<>();
        for (Violation v : violations) {
            String text = text(messages, v);
            next.merge(v.field(), new FieldMessage(text, v.blocking()),
                    (a, b) -> new FieldMessage(a.text() + "\n" + b.text(), a.blocking() || b.blocking()));
        }
        current.clear();
        current.putAll(next);
        for (Map.Entry<String, ReadOnlyObjectWrapper<FieldMessage>> e : fields.entrySet()) {
            e.getValue().set(current.get(e.getKey()));
        }
        for (String field : next.keySet()) {
            wrapper(field).set(next.get(field));
        }
    }

    public boolean hasBlocking() {
        return current.values().stream().anyMatch(FieldMessage::blocking);
    }

    /** Field paths with their messages, in the order the rules reported them. */
    public Map<String, FieldMessage> all() {
        return new LinkedHashMap<>(current);
    }

    /** The blocking texts. */
    public List<String> blockingTexts() {
        List<String> out = new ArrayList<>();
        current.values().stream().filter(FieldMessage::blocking).forEach(m -> out.add(m.text()));
        return out;
    }

    /** The translated sentence of a violation. */
    public static String text(Messages messages, Violation v) {
        return messages.get("error." + v.code(), v.args().toArray());
    }
}
