package org.talentbench.app.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.talentbench.app.common.Fxml;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.app.keytech.KeyTechnologiesView;
import org.talentbench.app.reports.ReportsView;
import org.talentbench.app.committee.CommitteeView;
import org.talentbench.app.accounts.AccountsView;
import org.talentbench.app.evaluation.EvaluationView;
import org.talentbench.app.importing.ExportViewModel;
import org.talentbench.app.importing.ImportWizardView;
import org.talentbench.app.researchers.ResearchersView;
import org.talentbench.app.settings.SettingsView;
import org.talentbench.app.settings.SettingsViewModel;
import org.talentbench.i18n.Language;
import org.talentbench.service.Workspace;

/**
 * The main window's content: menu, navigation, the current screen and the status bar. Screens are built once per
 * language and kept, so switching screens keeps their state.
 */
public final class MainView extends BorderPane {
    public static final String NAV_ID_PREFIX = "nav-";
    static final String AUDIT_OK = "status-audit-ok";
    static final String AUDIT_BROKEN = "status-audit-broken";

    @FXML
    private VBox navigation;
    @FXML
    private StackPane content;
    @FXML
    private Label jobLabel;
    @FXML
    private ProgressBar jobProgress;
    @FXML
    private Button cancelButton;
    @FXML
    private Label factsLabel;
    @FXML
    private Label databaseLabel;
    @FXML
    private Label auditLabel;
    @FXML
    private RadioMenuItem chineseItem;
    @FXML
    private RadioMenuItem englishItem;
    @FXML
    private MenuItem importItem;
    @FXML
    private MenuItem exportItem;
    @FXML
    private MenuItem switchUserItem;
    @FXML
    private MenuItem newResearcherItem;
    @FXML
    private Label sessionLabel;

    private final MainViewModel viewModel;
    private final ResourceBundle bundle;
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final Runnable exit;

    public MainView(MainViewModel viewModel, Runnable exit) {
        this.viewModel = viewModel;
        this.bundle = viewModel.messages().bundle();
        this.exit = exit;
        Fxml.load(this, bundle);

        ToggleGroup group = new ToggleGroup();
        for (Screen s : Screen.values()) {
            ToggleButton button = new ToggleButton(bundle.getString("nav." + s.key()));
            button.setId(NAV_ID_PREFIX + s.key());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setOnAction(e -> viewModel.screenProperty().set(s));
            button.setSelected(viewModel.screenProperty().get() == s);
            navigation.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) {
                a.setSelected(true);
            }
        });
        viewModel.screenProperty().addListener((o, a, b) -> show(b));
        show(viewModel.screenProperty().get());

        ToggleGroup languages = new ToggleGroup();
        chineseItem.setToggleGroup(languages);
        englishItem.setToggleGroup(languages);
        (viewModel.messages().language() == Language.ZH ? chineseItem : englishItem).setSelected(true);

        importItem.disableProperty().bind(viewModel.workspaceProperty().isNull()
                .or(viewModel.mayImportProperty().not()));
        exportItem.disableProperty().bind(viewModel.workspaceProperty().isNull()
                .or(viewModel.mayExportProperty().not()));
        newResearcherItem.disableProperty().bind(viewModel.mayEditProfilesProperty().not());
        switchUserItem.disableProperty().bind(viewModel.workspaceProperty().isNull());
        sessionLabel.textProperty().bind(viewModel.sessionTextProperty());
        javafx.scene.control.Tooltip sessionTip = new javafx.scene.control.Tooltip();
        sessionTip.textProperty().bind(viewModel.sessionHintProperty());
        viewModel.sessionHintProperty().addListener((o, a, b) ->
                sessionLabel.setTooltip(b == null || b.isEmpty() ? null : sessionTip));
        content.visibleProperty().bind(viewModel.signingInProperty().not());

        StatusViewModel status = viewModel.status();
        jobLabel.textProperty().bind(status.jobTitleProperty());
        jobProgress.progressProperty().bind(status.progressProperty());
        jobProgress.visibleProperty().bind(status.busyProperty());
        cancelButton.visibleProperty().bind(status.busyProperty());
        factsLabel.textProperty().bind(status.factsProperty());
        databaseLabel.textProperty().bind(status.databaseProperty());
        auditLabel.textProperty().bind(status.auditProperty());
        Tooltip auditTip = new Tooltip();
        auditTip.textProperty().bind(status.auditDetailProperty());
        auditLabel.setTooltip(auditTip);
        status.auditBrokenProperty().addListener((o, was, broken) -> setAuditStyle(broken));
        setAuditStyle(status.auditBrokenProperty().get());
    }

    private void setAuditStyle(boolean broken) {
        auditLabel.getStyleClass().removeAll(AUDIT_OK, AUDIT_BROKEN);
        auditLabel.getStyleClass().add(broken ? AUDIT_BROKEN : AUDIT_OK);
    }

    private void show(Screen screen) {
        Node node = screens.computeIfAbsent(screen, this::build);
        content.getChildren().setAll(node);
    }

    private Node build(Screen screen) {
        return switch (screen) {
            case RESEARCHERS -> new ResearchersView(viewModel.researchers(), bundle);
            case EVALUATION -> new EvaluationView(viewModel.evaluation(), bundle);
            case COMMITTEE -> new CommitteeView(viewModel.committee(), bundle);
            case SETTINGS -> new SettingsView(new SettingsViewModel(viewModel), bundle);
            case KEY_TECHNOLOGIES -> new KeyTechnologiesView(viewModel.keyTechnologies(), bundle);
            case ACCOUNTS -> new AccountsView(viewModel.accounts(), bundle);
            case PANELS -> new org.talentbench.app.committee.PanelsView(viewModel.panels(), bundle);
            case REPORTS -> new ReportsView(viewModel.reports(), bundle);
            default -> new ComingSoonView(screen, bundle);
        };
    }

    @FXML
    private void onNewResearcher() {
        viewModel.researchers().newResearcher();
    }

    @FXML
    private void onFindResearcher() {
        viewModel.screenProperty().set(Screen.RESEARCHERS);
        if (screens.get(Screen.RESEARCHERS) instanceof ResearchersView view) {
            view.focusSearch();
        }
    }

    @FXML
    private void onNewEmpty() {
        viewModel.newEmptyInstitute();
    }

    @FXML
    private void onNewDemo() {
        viewModel.newDemoInstitute();
    }

    @FXML
    private void onOpen() {
        viewModel.openDatabase();
    }

    @FXML
    private void onBackup() {
        viewModel.backupNow();
    }

    @FXML
    private void onImport() {
        Workspace ws = viewModel.workspaceProperty().get();
        ImportWizardView.open(getScene().getWindow(), viewModel.messages(), ws.imports(), viewModel.tasks(),
                viewModel.messages().get("file.filter.database"), () -> viewModel.researchers().load(ws.researchers()));
    }

    @FXML
    private void onExport() {
        Workspace ws = viewModel.workspaceProperty().get();
        new ExportViewModel(viewModel.messages(), ws.exports(), viewModel.tasks(), viewModel.dialogs()).export();
    }

    @FXML
    private void onSwitchUser() {
        viewModel.switchUser();
    }

    @FXML
    private void onExit() {
        exit.run();
    }

    @FXML
    private void onChinese() {
        viewModel.changeLanguage(Language.ZH);
    }

    @FXML
    private void onEnglish() {
        viewModel.changeLanguage(Language.EN);
    }

    @FXML
    private void onAbout() {
        viewModel.dialogs().showInformation(bundle.getString("menu.help.about"),
                viewModel.messages().get("about.text", org.talentbench.common.AppInfo.version()));
    }

    @FXML
    private void onCancel() {
        viewModel.status().cancel();
    }
}
