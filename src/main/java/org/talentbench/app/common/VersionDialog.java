package org.talentbench.app.common;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The save-conflict dialog: a table of the fields that differ between the user's edit and the version someone else
 * stored, and the two answers. Built in code because its rows are dynamic.
 */
final class VersionDialog {
    private VersionDialog() {
    }

    static DialogService.VersionChoice show(Window owner, String title, String message,
                                            List<DialogService.VersionRow> rows, String keepMine, String takeTheirs) {
        Dialog<DialogService.VersionChoice> dialog = new Dialog<>();
        dialog.setTitle(title);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType mine = new ButtonType(keepMine, ButtonBar.ButtonData.OK_DONE);
        ButtonType theirs = new ButtonType(takeTheirs, ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(mine, theirs, ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setVisible(false);

        TableView<DialogService.VersionRow> table = new TableView<>();
        table.setId("versionTable");
        table.getColumns().add(column("", DialogService.VersionRow::field, 160));
        table.getColumns().add(column(keepMine, DialogService.VersionRow::mine, 260));
        table.getColumns().add(column(takeTheirs, DialogService.VersionRow::theirs, 260));
        table.getItems().setAll(rows);
        table.setPrefHeight(Math.min(420, 60 + 28 * rows.size()));
        // no field to compare: the message says it all, an empty table would only say "No content in table"
        table.setVisible(!rows.isEmpty());
        table.setManaged(!rows.isEmpty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label text = new Label(message);
        text.setWrapText(true);
        VBox box = new VBox(10, text, table);
        box.setPrefWidth(720);
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> b == mine ? DialogService.VersionChoice.KEEP_MINE
                : b == theirs ? DialogService.VersionChoice.TAKE_THEIRS : null);
        return dialog.showAndWait().orElse(null);
    }

    private static TableColumn<DialogService.VersionRow, String> column(
            String title, java.util.function.Function<DialogService.VersionRow, String> value, double width) {
        TableColumn<DialogService.VersionRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
