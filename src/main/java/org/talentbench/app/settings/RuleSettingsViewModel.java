package org.talentbench.app.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.UiMessages;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.repo.SettingsRepository.StoredFile;
import org.talentbench.i18n.Messages;
import org.talentbench.service.RuleSetting;
import org.talentbench.service.RuleSettingsService;
import org.talentbench.service.AccessDeniedException;

/**
 * The per-database part of the Settings screen: the institute's name and logo and the rule defaults, grouped in
 * sections, edited as text and saved together ({@link RuleSettingsService#save}, one transaction, every change in the
 * audit trail). Save is possible while something changed and every field is valid; Revert shows the stored values
 * again. Used on the FX thread.
 */
public final class RuleSettingsViewModel {
    private final Messages messages;
    private final DialogService dialogs;
    private final ObservableList<RuleSectionViewModel> sections = FXCollections.observableArrayList();
    private final ObservableList<RuleSectionViewModel> readOnlySections =
            FXCollections.unmodifiableObservableList(sections);
    private final List<RuleFieldViewModel> fields = new ArrayList<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper logoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;
    private RuleSettingsService service;
    private Optional<StoredFile> storedLogo = Optional.empty();
    /** The logo edit not saved yet; null when the logo is unchanged. */
    private RuleSettingsService.LogoEdit pendingLogo;

    public RuleSettingsViewModel(Messages messages, DialogService dialogs) {
        this.messages = messages;
        this.dialogs = dialogs;
        Map<RuleSetting.Section, List<RuleFieldViewModel>> bySection = new EnumMap<>(RuleSetting.Section.class);
        for (RuleSetting s : RuleSettingsService.catalogue()) {
            RuleFieldViewModel f = new RuleFieldViewModel(s, messages);
            f.dirtyProperty().addListener((o, a, b) -> refresh());
            f.messageProperty().addListener((o, a, b) -> refresh());
            fields.add(f);
            bySection.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(f);
        }
        bySection.forEach((section, list) -> sections.add(new RuleSectionViewModel(section,
                messages.get("settings.section." + section.name()),
                messages.has("settings.note." + section.name()) ? messages.get("settings.note." + section.name()) : "",
                list,
                section == RuleSetting.Section.INSTITUTE ? this::removeLogo : () -> { })));
        canSave = Bindings.createBooleanBinding(() -> available.get() && editable.get() && dirty.get() && valid.get(),
                available, editable, dirty, valid);
    }

    /** Shows the settings of a database; null when none is open (everything disabled). */
    public void load(RuleSettingsService settings) {
        this.service = settings;
        available.set(settings != null);
        editable.set(settings != null && settings.mayEdit());
        status.set(settings != null && !editable.get() ? messages.get("access.readOnly") : "");
        try {
            reload();
        } catch (AccessDeniedException e) {
            available.set(false);
            editable.set(false);
            this.service = null;
            reload();
        }
    }

    private void reload() {
        Map<String, String> stored = service == null ? Map.of() : service.stored();
        storedLogo = service == null ? Optional.empty() : service.logo();
        pendingLogo = null;
        fields.forEach(f -> f.load(stored.get(f.key())));
        showLogo();
        refresh();
    }

    /** Asks for a PNG or JPEG file and shows it as the new logo (saved with Save). */
    public void chooseLogo() {
        dialogs.chooseFileToOpen(messages.get("settings.logo.choose"), List.of("*.png", "*.jpg", "*.jpeg"))
                .ifPresent(this::useLogo);
    }

    /** Uses {@code file} as the new logo; a bad file is refused with a dialog. */
    public void useLogo(Path file) {
        try {
            pendingLogo = new RuleSettingsService.LogoEdit(RuleSettingsService.readLogo(file));
            showLogo();
            refresh();
        } catch (InvalidInputException e) {
            dialogs.showError(messages.get("settings.logo.choose"), UiMessages.describe(messages, e));
        }
    }

    /** Removes the logo (saved with Save). */
    public void removeLogo() {
        if (storedLogo.isPresent() || pendingLogo != null) {
            pendingLogo = storedLogo.isPresent() ? new RuleSettingsService.LogoEdit(null) : null;
            showLogo();
            refresh();
        }
    }

    /**
     * Saves every changed field and the logo in one go. A value the service refuses is shown next to its field and
     * in a dialog; nothing is written then.
     *
     * @return whether the settings were saved
     */
    public boolean save() {
        if (!canSave.get()) {
            return false;
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (RuleFieldViewModel f : fields) {
            RuleFieldViewModel.Change c = f.change();
            if (c.present()) {
                changes.put(f.key(), c.value());
            }
        }
        try {
            int n = service.save(changes, pendingLogo);
            reload();
            status.set(messages.get("settings.saved", n));
            return true;
        } catch (InvalidInputException e) {
            Object key = e.args().isEmpty() ? null : e.args().get(0);
            fields.stream().filter(f -> f.key().equals(key)).findFirst().ifPresent(f -> f.showProblem(e));
            dialogs.showError(messages.get("settings.save.failed"), UiMessages.describe(messages, e));
            return false;
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("settings.save.failed"), UiMessages.describe(messages, e));
            return false;
        }
    }

    /** Drops every unsaved edit. */
    public void revert() {
        reload();
        status.set("");
    }

    private void showLogo() {
        if (pendingLogo != null) {
            logoName.set(pendingLogo.file() == null ? messages.get("settings.logo.none")
                    : messages.get("settings.logo.pending", pendingLogo.file().name()));
        } else {
            logoName.set(storedLogo.map(StoredFile::name).orElse(messages.get("settings.logo.none")));
        }
    }

    private void refresh() {
        dirty.set(pendingLogo != null || fields.stream().anyMatch(f -> f.dirtyProperty().get()));
        valid.set(fields.stream().allMatch(RuleFieldViewModel::valid));
    }

    public ObservableList<RuleSectionViewModel> sections() {
        return readOnlySections;
    }

    /** The field of a setting key (tests, keyboard navigation). */
    public Optional<RuleFieldViewModel> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /**
     * Whether the session may change the settings (the editors are greyed out otherwise); a convenience, the
     * service refuses a save by itself (decision 0090).
     */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logoNameProperty() {
        return logoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
