package org.talentbench.app.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Shows a field's {@link FieldMessage} the ControlsFX way (an icon with a tooltip and a red or amber border) and,
 * when the form has room for it, as a line of text beside or under the field. View-side helper; FX thread only.
 */
final class FieldDecorations {
    static final String MESSAGE_STYLE = "field-message";
    static final String WARNING_STYLE = "field-warning";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private FieldDecorations() {
    }

    static void bind(Control control, ObservableValue<FieldMessage> message, Label inline) {
        CompoundValidationDecoration decoration = new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration());
        Runnable show = () -> {
            FieldMessage m = message.getValue();
            decoration.removeDecorations(control);
            if (m != null) {
                decoration.applyValidationDecoration(m.blocking() ? ValidationMessage.error(control, m.text())
                        : ValidationMessage.warning(control, m.text()));
            }
            if (inline != null) {
                inline.setText(m == null ? "" : m.text());
                inline.setVisible(m != null);
                inline.setManaged(m != null);
                inline.getStyleClass().remove(WARNING_STYLE);
                if (m != null && !m.blocking()) {
                    inline.getStyleClass().add(WARNING_STYLE);
                }
            }
        };
        message.addListener((o, a, b) -> show.run());
        if (control.getScene() != null) {
            show.run();
        } else {
            if (inline != null) {
                FieldMessage m = message.getValue();
                inline.setText(m == null ? "" : m.text());
                inline.setVisible(m != null);
                inline.setManaged(m != null);
            }
            control.sceneProperty().addListener((o, a, b) -> {
                if (b != null) {
                    show.run();
                }
            });
        }
    }

    static Label messageLabel() {
        Label l = new Label();
        l.getStyleClass().add(MESSAGE_STYLE);
        l.setWrapText(true);
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }

    /**
     * Dates are typed and shown as ISO {@code yyyy-MM-dd} in both languages; text that is not a date leaves the value
     * empty, so the rules report the field as missing rather than keeping a stale value. The typed text is committed
     * as the user types, not only on Enter.
     */
    static void isoDates(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ISO.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.trim(), ISO);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.setPromptText("yyyy-mm-dd");
        picker.getEditor().textProperty().addListener((o, a, text) -> {
            if (!picker.isFocused() && !picker.getEditor().isFocused()) {
                return;
            }
            LocalDate parsed = picker.getConverter().fromString(text);
            if (text == null || text.isBlank() || parsed != null) {
                picker.setValue(parsed);
            }
        });
    }
}
