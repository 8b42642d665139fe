package org.talentbench.app.keytech;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Binds a table column to a getter of the row view model. */
final class Columns {
    private Columns() {
    }

    static <R, T> void bind(TableColumn<R, T> column, Function<R, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
