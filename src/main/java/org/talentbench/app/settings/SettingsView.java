package org.talentbench.app.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;
import org.talentbench.service.RuleSetting;

/**
 * The Settings screen; binds to {@link SettingsViewModel}. The per-user part is FXML; the per-database sections are
 * built from the view model's sections (one row per setting: label, control, its default and its message).
 */
public final class SettingsView extends VBox {
    static final String SECTION = "settings-section";
    static final String SECTION_TITLE = "settings-section-title";
    static final String DEFAULT = "settings-default";
    static final String MESSAGE = "settings-message";
    static final String COLUMN_HEADER = "settings-column-header";
    static final String INVALID = "settings-invalid";
    private static final double LABEL_WIDTH = 260;

    @FXML
    private ComboBox<Choice> languageBox;
    @FXML
    private Label databaseLabel;
    @FXML
    private Label securityLabel;
    @FXML
    private Label dataDirectoryLabel;
    @FXML
    private Label userScopeLabel;
    @FXML
    private VBox sectionsBox;
    @FXML
    private Label statusLabel;
    @FXML
    private Button saveButton;
    @FXML
    private Button revertButton;

    private final SettingsViewModel viewModel;
    private final ResourceBundle bundle;

    public SettingsView(SettingsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        Fxml.load(this, bundle);
        getStylesheets().add(SettingsView.class.getResource("settings.css").toExternalForm());
        languageBox.setItems(viewModel.languages());
        languageBox.valueProperty().bindBidirectional(viewModel.languageProperty());
        databaseLabel.textProperty().bind(viewModel.databaseProperty());
        securityLabel.textProperty().bind(viewModel.securityProperty());
        dataDirectoryLabel.textProperty().bind(viewModel.dataDirectoryProperty());
        userScopeLabel.textProperty().bind(viewModel.userScopeProperty());
        RuleSettingsViewModel rules = viewModel.rules();
        for (RuleSectionViewModel s : rules.sections()) {
            sectionsBox.getChildren().add(section(s, rules));
        }
        sectionsBox.disableProperty().bind(rules.availableProperty().not().or(rules.editableProperty().not()));
        statusLabel.textProperty().bind(rules.statusProperty());
        saveButton.disableProperty().bind(rules.canSaveProperty().not());
        revertButton.disableProperty().bind(rules.dirtyProperty().not());
    }

    /** The id of a setting's control, for tests: {@code setting-cycle-BASIC-years}. */
    public static String controlId(String key) {
        return "setting-" + key.replace('.', '-');
    }

    private Node section(RuleSectionViewModel s, RuleSettingsViewModel rules) {
        Label title = new Label(s.title());
        title.getStyleClass().add(SECTION_TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button restore = new Button(bundle.getString("settings.restoreDefaults"));
        restore.setId("restore-" + s.section().name());
        restore.setOnAction(e -> s.restoreDefaults());
        HBox header = new HBox(8, title, gap, restore);
        header.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = formGrid();
        int row = 0;
        List<RuleFieldViewModel> byCategory = s.fields().stream().filter(f -> f.setting().category() != null).toList();
        if (!byCategory.isEmpty()) {
            row = categoryTable(grid, byCategory);
        }
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(rest);
        for (RuleFieldViewModel f : s.fields()) {
            if (f.setting().category() != null) {
                continue;
            }
            Label label = new Label(f.label());
            label.setWrapText(true);
            Node control = control(f);
            label.setLabelFor(control);
            grid.add(label, 0, row);
            grid.add(cell(f, control), 1, row, GridPane.REMAINING, 1);
            row++;
        }
        if (s.section() == RuleSetting.Section.INSTITUTE) {
            Label logo = new Label();
            logo.setId("settingsLogo");
            logo.textProperty().bind(rules.logoNameProperty());
            Button choose = new Button(bundle.getString("settings.logo.chooseButton"));
            choose.setOnAction(e -> rules.chooseLogo());
            Button remove = new Button(bundle.getString("settings.logo.remove"));
            remove.setOnAction(e -> rules.removeLogo());
            HBox line = new HBox(8, logo, choose, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            Label hint = new Label(bundle.getString("settings.logo.hint"));
            hint.getStyleClass().add(DEFAULT);
            hint.setWrapText(true);
            grid.add(new Label(bundle.getString("settings.logo")), 0, row);
            grid.add(new VBox(2, line, hint), 1, row, GridPane.REMAINING, 1);
        }
        VBox box = new VBox(8, header);
        if (!s.note().isEmpty()) {
            Label note = new Label(s.note());
            note.setWrapText(true);
            note.getStyleClass().add(DEFAULT);
            box.getChildren().add(note);
        }
        box.getChildren().add(grid);
        box.getStyleClass().add(SECTION);
        return box;
    }

    /** Label column of fixed width, so that every section lines up. */
    private static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH);
        grid.getColumnConstraints().add(labels);
        return grid;
    }

    /**
     * Settings that exist once per research category as a table: a row per category, a column per setting; returns
     * the next free row.
     */
    private static int categoryTable(GridPane grid, List<RuleFieldViewModel> fields) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (RuleFieldViewModel f : fields) {
            columns.putIfAbsent(f.columnLabel(), columns.size() + 1);
            rows.putIfAbsent(f.categoryLabel(), rows.size() + 1);
        }
        for (int c = 1; c <= columns.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setMinWidth(150);
            cc.setPrefWidth(190);
            grid.getColumnConstraints().add(cc);
        }
        columns.forEach((text, c) -> {
            Label header = new Label(text);
            header.setWrapText(true);
            header.getStyleClass().add(COLUMN_HEADER);
            grid.add(header, c, 0);
        });
        rows.forEach((text, r) -> {
            Label category = new Label(text);
            category.setWrapText(true);
            grid.add(category, 0, r);
        });
        for (RuleFieldViewModel f : fields) {
            Node control = control(f);
            grid.add(cell(f, control), columns.get(f.columnLabel()), rows.get(f.categoryLabel()));
        }
        return rows.size() + 1;
    }

    /** A control with its default and its validation message under it. */
    private static Node cell(RuleFieldViewModel f, Node control) {
        Label dflt = new Label(f.defaultText());
        dflt.getStyleClass().add(DEFAULT);
        dflt.setWrapText(true);
        Label message = new Label();
        message.getStyleClass().add(MESSAGE);
        message.setWrapText(true);
        message.textProperty().bind(f.messageProperty());
        message.visibleProperty().bind(f.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        if (control instanceof Control c) {
            c.setAccessibleText(f.label());
        }
        f.messageProperty().addListener((o, a, b) -> markInvalid(control, !b.isEmpty()));
        markInvalid(control, !f.messageProperty().get().isEmpty());
        return new VBox(2, control, dflt, message);
    }

    private static void markInvalid(Node control, boolean invalid) {
        if (invalid && !control.getStyleClass().contains(INVALID)) {
            control.getStyleClass().add(INVALID);
        } else if (!invalid) {
            control.getStyleClass().remove(INVALID);
        }
    }

    private static Node control(RuleFieldViewModel f) {
        String id = controlId(f.key());
        switch (f.setting().kind()) {
            case BOOLEAN, CHOICE -> {
                ComboBox<Choice> box = new ComboBox<>();
                box.setId(id);
                box.getItems().setAll(f.choices());
                Runnable select = () -> box.setValue(f.choices().stream()
                        .filter(c -> c.value().equalsIgnoreCase(f.valueProperty().get())).findFirst().orElse(null));
                select.run();
                f.valueProperty().addListener((o, a, b) -> select.run());
                box.valueProperty().addListener((o, a, b) -> {
                    if (b != null && !b.value().equalsIgnoreCase(f.valueProperty().get())) {
                        f.valueProperty().set(b.value());
                    }
                });
                return box;
            }
            case CHOICES -> {
                FlowPane pane = new FlowPane(12, 4);
                pane.setId(id);
                for (Choice c : f.choices()) {
                    CheckBox cb = new CheckBox(c.label());
                    cb.selectedProperty().bindBidirectional(f.selected().get(c.value()));
                    pane.getChildren().add(cb);
                }
                return pane;
            }
            case LIST -> {
                TextArea area = new TextArea();
                area.setId(id);
                area.setPrefRowCount(4);
                area.setWrapText(false);
                area.textProperty().bindBidirectional(f.valueProperty());
                return area;
            }
            default -> {
                TextField field = new TextField();
                field.setId(id);
                if (f.setting().kind() != RuleSetting.Kind.TEXT) {
                    field.setMaxWidth(160);
                }
                field.textProperty().bindBidirectional(f.valueProperty());
                return field;
            }
        }
    }

    @FXML
    private void onOpen() {
        viewModel.openDatabase();
    }

    @FXML
    private void onNewEmpty() {
        viewModel.newEmptyInstitute();
    }

    @FXML
    private void onSave() {
        viewModel.rules().save();
    }

    @FXML
    private void onRevert() {
        viewModel.rules().revert();
    }
}
