package org.talentbench.app.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;

/**
 * The placeholder an empty table or list shows instead of JavaFX's "No content in table": one wrapping label, styled
 * by {@link #STYLE_CLASS}, that says why nothing is shown and what to do about it. The text comes from the screen's
 * bundle, or from a view model property when the reason depends on the state (no round at all, a filter hiding
 * every row, no signed-in account). FX thread only, as for any node.
 */
public final class EmptyState {
    /** The style class of every placeholder label (components.css). */
    public static final String STYLE_CLASS = "empty-state";

    private EmptyState() {
    }

    /** A placeholder label with a fixed text. */
    public static Label label(String text) {
        Label label = new Label(text);
        style(label);
        return label;
    }

    /** A placeholder label that follows {@code text}. */
    public static Label label(ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        style(label);
        return label;
    }

    private static void style(Label label) {
        label.getStyleClass().add(STYLE_CLASS);
        label.setWrapText(true);
        label.setMaxWidth(560);
    }

    public static void install(TableView<?> table, String text) {
        table.setPlaceholder(label(text));
    }

    public static void install(TableView<?> table, ObservableValue<String> text) {
        table.setPlaceholder(label(text));
    }

    public static void install(TreeTableView<?> table, String text) {
        table.setPlaceholder(label(text));
    }

    public static void install(TreeTableView<?> table, ObservableValue<String> text) {
        table.setPlaceholder(label(text));
    }

    public static void install(ListView<?> list, String text) {
        list.setPlaceholder(label(text));
    }

    public static void install(ListView<?> list, ObservableValue<String> text) {
        list.setPlaceholder(label(text));
    }
}
