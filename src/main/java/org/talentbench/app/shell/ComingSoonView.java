package org.talentbench.app.shell;

import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A screen that is not built yet says what it will do, rather than being blank. */
final class ComingSoonView extends VBox {
    ComingSoonView(Screen screen, ResourceBundle bundle) {
        getStyleClass().addAll("screen", "coming-soon");
        setSpacing(12);
        Label title = new Label(bundle.getString("nav." + screen.key()));
        title.getStyleClass().add("screen-title");
        Label what = new Label(bundle.getString("screen." + screen.key() + ".coming"));
        what.setWrapText(true);
        what.getStyleClass().add("coming-text");
        Label note = new Label(bundle.getString("screen.comingSoon"));
        note.getStyleClass().add("muted");
        getChildren().addAll(title, what, note);
    }
}
