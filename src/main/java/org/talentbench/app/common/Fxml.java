package org.talentbench.app.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;

/**
 * Loads a view's FXML from the same path as its class ({@code FooView.fxml} beside {@code FooView}) with the view
 * itself as controller and root, so views get constructor injection (Scene Builder's AbstractFxmlController idea).
 */
public final class Fxml {
    private Fxml() {
    }

    public static void load(Object viewAndRoot, ResourceBundle bundle) {
        String name = viewAndRoot.getClass().getSimpleName() + ".fxml";
        URL url = viewAndRoot.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing FXML " + name);
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setRoot(viewAndRoot);
        loader.setController(viewAndRoot);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
