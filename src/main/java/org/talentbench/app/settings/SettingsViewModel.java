package org.talentbench.app.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.shell.MainViewModel;
import org.talentbench.i18n.Language;
import org.talentbench.service.AppPaths;
import org.talentbench.service.Workspace;
import org.talentbench.security.Principal;

/**
 * Settings: the UI language and the data folder (per user, in the user's settings file), the open database (which can
 * be changed here), and the institute details and rule defaults of that database ({@link RuleSettingsViewModel}).
 */
public final class SettingsViewModel {
    private final MainViewModel main;
    private final ObservableList<Choice> languages = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> language = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper security = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dataDirectory = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper userScope = new ReadOnlyStringWrapper();
    private final RuleSettingsViewModel rules;
    /** Held strongly here, weakly by the main view model, so a closed Settings screen is not kept alive. */
    private final ChangeListener<Workspace> workspaceListener;
    private final ChangeListener<Principal> principalListener;

    public SettingsViewModel(MainViewModel main) {
        this.main = main;
        for (Language l : Language.values()) {
            Choice c = new Choice(l.code(), main.messages().get("language." + l.code()));
            languages.add(c);
            if (l == main.messages().language()) {
                language.set(c);
            }
        }
        language.addListener((o, a, b) -> {
            if (b != null) {
                main.changeLanguage(Language.parse(b.value()));
            }
        });
        dataDirectory.set(AppPaths.dataDirectory().toString());
        database.bind(main.status().databaseProperty());
        userScope.set(main.messages().get("settings.scope.user", AppPaths.settingsFile().toString()));
        rules = new RuleSettingsViewModel(main.messages(), main.dialogs());
        workspaceListener = (o, a, b) -> {
            rules.load(b == null ? null : b.ruleSettings());
            showSecurity(b);
        };
        Workspace open = main.workspaceProperty().get();
        rules.load(open == null ? null : open.ruleSettings());
        showSecurity(open);
        main.workspaceProperty().addListener(new WeakChangeListener<>(workspaceListener));
        principalListener = (o, a, b) -> {
            Workspace ws = main.workspaceProperty().get();
            rules.load(ws == null ? null : ws.ruleSettings());
        };
        main.principalProperty().addListener(new WeakChangeListener<>(principalListener));
    }

    private void showSecurity(Workspace ws) {
        if (ws == null) {
            security.set("");
        } else if (ws.encrypted()) {
            security.set(main.messages().get("settings.security.encrypted"));
        } else {
            security.set(main.messages().get("settings.security.plain"));
        }
    }

    /** Whether the open database is encrypted at rest (read-only; converted with {@code talentbench encrypt}). */
    public ReadOnlyStringProperty securityProperty() {
        return security.getReadOnlyProperty();
    }

    /** The institute details and rule defaults of the open database. */
    public RuleSettingsViewModel rules() {
        return rules;
    }

    /** Which settings are per user and where they are kept. */
    public ReadOnlyStringProperty userScopeProperty() {
        return userScope.getReadOnlyProperty();
    }

    public ObservableList<Choice> languages() {
        return languages;
    }

    public ObjectProperty<Choice> languageProperty() {
        return language;
    }

    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataDirectoryProperty() {
        return dataDirectory.getReadOnlyProperty();
    }

    public void openDatabase() {
        main.openDatabase();
    }

    public void newEmptyInstitute() {
        main.newEmptyInstitute();
    }
}
