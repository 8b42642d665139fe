package org.talentbench.app.importing;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import org.talentbench.app.common.Choice;

/**
 * A table cell that always shows a combo box bound to a property of its row: one click opens it, so the user sees at
 * once that the value can be changed (an editable cell would need a click to edit first).
 */
final class ChoiceCell<R> extends TableCell<R, Choice> {
    private final ComboBox<Choice> box;
    private final Function<R, ObjectProperty<Choice>> property;
    private ObjectProperty<Choice> bound;

    ChoiceCell(ObservableList<Choice> choices, Function<R, ObjectProperty<Choice>> property) {
        this.property = property;
        this.box = new ComboBox<>(choices);
        box.setMaxWidth(Double.MAX_VALUE);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Choice item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            box.valueProperty().unbindBidirectional(bound);
            bound = null;
        }
        R row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (row == null) {
            setGraphic(null);
            return;
        }
        bound = property.apply(row);
        box.valueProperty().bindBidirectional(bound);
        setGraphic(box);
    }
}
