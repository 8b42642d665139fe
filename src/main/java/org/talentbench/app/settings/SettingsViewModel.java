package org.talentbench.app.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.shell.MainViewModel;
import org.talentbench.i18n.Language;
import org.talentbench.service.AppPaths;

/** Settings: the UI language (remembered per user) and where the data lives; the database can be changed here. */
public final class SettingsViewModel {
    private final MainViewModel main;
    private final ObservableList<Choice> languages = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> language = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dataDirectory = new ReadOnlyStringWrapper();

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
