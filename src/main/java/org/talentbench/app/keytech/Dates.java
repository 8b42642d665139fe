package org.talentbench.app.keytech;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers show and read ISO dates (2026-06-30), as every table and document of TalentBench does. */
final class Dates {
    private Dates() {
    }

    static void iso(DatePicker... pickers) {
        for (DatePicker p : pickers) {
            p.setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalDate date) {
                    return date == null ? "" : date.toString();
                }

                @Override
                public LocalDate fromString(String text) {
                    if (text == null || text.isBlank()) {
                        return null;
                    }
                    try {
                        return LocalDate.parse(text.strip());
                    } catch (DateTimeParseException e) {
                        return p.getValue();
                    }
                }
            });
        }
    }
}
