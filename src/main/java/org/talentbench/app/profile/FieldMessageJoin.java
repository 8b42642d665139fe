package org.talentbench.app.profile;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;

/** Shows the messages of several fields of one row in a single line of text (view-side helper). */
final class FieldMessageJoin {
    private FieldMessageJoin() {
    }

    static void bind(Label label, FieldMessages messages, List<String> fields) {
        Runnable show = () -> {
            List<String> texts = new ArrayList<>();
            boolean blocking = false;
            for (String f : fields) {
                FieldMessage m = messages.get(f);
                if (m != null) {
                    texts.add(m.text());
                    blocking |= m.blocking();
                }
            }
            label.setText(String.join(" ", texts));
            label.setVisible(!texts.isEmpty());
            label.setManaged(!texts.isEmpty());
            label.getStyleClass().remove(FieldDecorations.WARNING_STYLE);
            if (!texts.isEmpty() && !blocking) {
                label.getStyleClass().add(FieldDecorations.WARNING_STYLE);
            }
        };
        for (String f : fields) {
            messages.property(f).addListener((o, a, b) -> show.run());
        }
        show.run();
    }
}
