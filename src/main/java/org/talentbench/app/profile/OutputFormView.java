package org.talentbench.app.profile;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;
import org.talentbench.service.Colleague;

/**
 * The type-specific form of one output: binds the common fields of {@link OutputFormViewModel} from FXML and builds
 * the kind's own attributes and the contributor rows in code (they change with the kind and the credits). Holds no
 * logic.
 */
final class OutputFormView extends VBox {
    @FXML
    private HBox duplicateBar;
    @FXML
    private Label duplicateLabel;
    @FXML
    private Button mergeButton;
    @FXML
    private ComboBox<Choice> kindBox;
    @FXML
    private TextField titleField;
    @FXML
    private Label titleMessage;
    @FXML
    private DatePicker datePicker;
    @FXML
    private Label dateMessage;
    @FXML
    private Label venueLabel;
    @FXML
    private TextField venueField;
    @FXML
    private Label venueMessage;
    @FXML
    private Label doiLabel;
    @FXML
    private TextField doiField;
    @FXML
    private Label doiMessage;
    @FXML
    private Label externalIdLabel;
    @FXML
    private TextField externalIdField;
    @FXML
    private Label externalIdMessage;
    @FXML
    private CheckBox domesticBox;
    @FXML
    private GridPane attributesGrid;
    @FXML
    private VBox citationsBox;
    @FXML
    private TextField citationsField;
    @FXML
    private Label citationsMessage;
    @FXML
    private TextField citationSourceField;
    @FXML
    private Label citationSourceMessage;
    @FXML
    private DatePicker citationAsOfPicker;
    @FXML
    private Label citationAsOfMessage;
    @FXML
    private TextField impactField;
    @FXML
    private Label impactMessage;
    @FXML
    private VBox contributorsBox;
    @FXML
    private Label contributorsMessage;
    @FXML
    private TextField colleagueField;

    private final OutputFormViewModel form;
    private final ResourceBundle bundle;
    private final Runnable merge;

    /**
     * @param identityEdited called when the user leaves a field that identifies the work (title, DOI, identifier),
     *                       so that duplicates are looked up
     * @param colleagues     finds colleagues for the contributor field
     */
    OutputFormView(OutputFormViewModel form, ResourceBundle bundle, Runnable identityEdited, Runnable merge,
                   java.util.function.Function<String, java.util.List<Colleague>> colleagues) {
        this.form = form;
        this.bundle = bundle;
        this.merge = merge;
        Fxml.load(this, bundle);
        FieldMessages m = form.messages();

        kindBox.setItems(form.kinds());
        kindBox.valueProperty().bindBidirectional(form.kindProperty());
        titleField.textProperty().bindBidirectional(form.titleProperty());
        FieldDecorations.isoDates(datePicker);
        datePicker.valueProperty().bindBidirectional(form.dateProperty());
        venueLabel.textProperty().bind(form.venueLabelProperty());
        venueField.textProperty().bindBidirectional(form.venueProperty());
        doiField.textProperty().bindBidirectional(form.doiProperty());
        externalIdLabel.textProperty().bind(form.externalIdLabelProperty());
        externalIdField.textProperty().bindBidirectional(form.externalIdProperty());
        domesticBox.selectedProperty().bindBidirectional(form.domesticProperty());
        citationsField.textProperty().bindBidirectional(form.citationsProperty());
        citationSourceField.textProperty().bindBidirectional(form.citationSourceProperty());
        FieldDecorations.isoDates(citationAsOfPicker);
        citationAsOfPicker.valueProperty().bindBidirectional(form.citationAsOfProperty());
        impactField.textProperty().bindBidirectional(form.impactProperty());

        show(doiLabel, doiField, doiMessage, form.hasDoiProperty().get());
        form.hasDoiProperty().addListener((o, a, b) -> show(doiLabel, doiField, doiMessage, b));
        show(externalIdLabel, externalIdField, externalIdMessage, form.hasExternalIdProperty().get());
        form.hasExternalIdProperty().addListener((o, a, b) -> show(externalIdLabel, externalIdField,
                externalIdMessage, b));
        domesticBox.visibleProperty().bind(form.hasDomesticFlagProperty());
        domesticBox.managedProperty().bind(form.hasDomesticFlagProperty());
        citationsBox.visibleProperty().bind(form.hasCitationsProperty());
        citationsBox.managedProperty().bind(form.hasCitationsProperty());

        FieldDecorations.bind(titleField, m.property("title"), titleMessage);
        FieldDecorations.bind(datePicker, m.property("date"), dateMessage);
        FieldDecorations.bind(venueField, m.property("venue"), venueMessage);
        FieldDecorations.bind(doiField, m.property("doi"), doiMessage);
        FieldDecorations.bind(externalIdField, m.property("externalId"), externalIdMessage);
        FieldDecorations.bind(citationsField, m.property("citations"), citationsMessage);
        FieldDecorations.bind(citationSourceField, m.property("citationSource"), citationSourceMessage);
        FieldDecorations.bind(citationAsOfPicker, m.property("citationAsOf"), citationAsOfMessage);
        FieldDecorations.bind(impactField, m.property("fieldNormalisedImpact"), impactMessage);
        m.property("contributors").addListener((o, a, b) -> showMessage(contributorsMessage, b));
        showMessage(contributorsMessage, m.get("contributors"));

        for (TextField identifying : new TextField[] {titleField, doiField, externalIdField}) {
            identifying.focusedProperty().addListener((o, was, now) -> {
                if (was && !now) {
                    identityEdited.run();
                }
            });
        }
        duplicateLabel.textProperty().bind(form.duplicateTextProperty());
        duplicateBar.visibleProperty().bind(form.duplicateTextProperty().isNotEmpty());
        duplicateBar.managedProperty().bind(duplicateBar.visibleProperty());

        buildAttributes();
        form.attributes().addListener((javafx.collections.ListChangeListener<AttributeFieldViewModel>) c ->
                buildAttributes());
        buildContributors();
        form.contributors().addListener((javafx.collections.ListChangeListener<ContributorRowViewModel>) c ->
                buildContributors());

        AutoCompletionBinding<Colleague> completion = TextFields.bindAutoCompletion(colleagueField,
                request -> request.getUserText().isBlank() ? java.util.List.of()
                        : colleagues.apply(request.getUserText()),
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(Colleague c) {
                        return c == null ? "" : c.employeeNo() + "  " + c.nameZh() + "  " + c.nameLatin();
                    }

                    @Override
                    public Colleague fromString(String s) {
                        return null;
                    }
                });
        completion.setOnAutoCompleted(e -> {
            Colleague c = e.getCompletion();
            double used = form.contributors().stream().mapToDouble(r -> {
                try {
                    return Double.parseDouble(r.shareProperty().get());
                } catch (NumberFormatException ex) {
                    return 0;
                }
            }).sum();
            form.addContributor(c.id(), c.label(), Math.max(0, 100 - used));
            colleagueField.clear();
        });
    }

    private static void show(Node label, Node field, Node message, boolean visible) {
        for (Node n : new Node[] {label, field}) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
        if (!visible) {
            message.setVisible(false);
            message.setManaged(false);
        }
    }

    private static void showMessage(Label label, FieldMessage m) {
        label.setText(m == null ? "" : m.text());
        label.setVisible(m != null);
        label.setManaged(m != null);
    }

    private void buildAttributes() {
        attributesGrid.getChildren().clear();
        int row = 0;
        for (AttributeFieldViewModel a : form.attributes()) {
            Label label = new Label(a.label() + (a.required() ? " *" : ""));
            Control control = switch (a.type()) {
                case CHOICE -> {
                    ComboBox<Choice> box = new ComboBox<>();
                    box.getItems().setAll(a.choices());
                    box.valueProperty().bindBidirectional(a.choiceProperty());
                    box.setMaxWidth(Double.MAX_VALUE);
                    yield box;
                }
                case BOOLEAN -> {
                    CheckBox box = new CheckBox();
                    box.selectedProperty().bindBidirectional(a.flagProperty());
                    yield box;
                }
                case DATE -> {
                    DatePicker picker = new DatePicker();
                    FieldDecorations.isoDates(picker);
                    picker.valueProperty().bindBidirectional(a.dateProperty());
                    yield picker;
                }
                default -> {
                    TextField field = new TextField();
                    field.textProperty().bindBidirectional(a.textProperty());
                    if (a.type() == org.talentbench.core.researcher.OutputSchema.Type.AMOUNT) {
                        field.setPromptText(bundle.getString("output.amount.prompt"));
                    }
                    yield field;
                }
            };
            control.setId("attr-" + a.key());
            Label message = FieldDecorations.messageLabel();
            attributesGrid.add(label, 0, row);
            attributesGrid.add(control, 1, row);
            attributesGrid.add(message, 1, row + 1);
            FieldDecorations.bind(control, form.messages().property(a.field()), message);
            row += 2;
        }
        attributesGrid.setVisible(row > 0);
        attributesGrid.setManaged(row > 0);
    }

    private void buildContributors() {
        contributorsBox.getChildren().clear();
        for (ContributorRowViewModel c : form.contributors()) {
            Label who = new Label(c.label());
            who.setMinWidth(150);
            who.setPrefWidth(180);
            TextField share = new TextField();
            share.setPrefColumnCount(5);
            share.textProperty().bindBidirectional(c.shareProperty());
            share.setId(c.self() ? "myShareField" : null);
            Label pct = new Label("%");
            TextField position = new TextField();
            position.setPrefColumnCount(3);
            position.setPromptText(bundle.getString("output.contributors.position"));
            position.textProperty().bindBidirectional(c.positionProperty());
            CheckBox corresponding = new CheckBox(bundle.getString("output.contributors.corresponding"));
            corresponding.selectedProperty().bindBidirectional(c.correspondingProperty());
            Button remove = new Button(bundle.getString("output.contributors.remove"));
            remove.getStyleClass().add("small");
            remove.setDisable(c.self());
            remove.setOnAction(e -> form.removeContributor(c));
            HBox line = new HBox(8, who, share, pct, position, corresponding, remove);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Label message = FieldDecorations.messageLabel();
            HBox.setHgrow(who, Priority.NEVER);
            contributorsBox.getChildren().addAll(line, message);
            FieldDecorations.bind(share, c.messages().property("share"), message);
            FieldDecorations.bind(position, c.messages().property("position"), null);
        }
    }

    @FXML
    private void onMerge() {
        merge.run();
    }

    /** Puts the cursor into the title field (a new output). */
    void focusTitle() {
        titleField.requestFocus();
    }
}
