package org.talentbench.app.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.exchange.sheet.ColumnDef;
import org.talentbench.exchange.sheet.ColumnMapping;
import org.talentbench.exchange.sheet.SheetLayout;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ImportService;
import org.talentbench.service.SheetKind;

/**
 * The mapping step for one spreadsheet: which template the sheet follows and which template column each of its
 * columns holds. Changing the template suggests a new mapping. Complete when every required column is filled and no
 * template column is chosen twice.
 */
public final class SheetMappingViewModel {
    private final Messages messages;
    private final Path file;
    private final String name;
    private final List<String> headers;
    private final ObjectProperty<Choice> kind = new SimpleObjectProperty<>();
    private final ObservableList<Choice> kinds = FXCollections.observableArrayList();
    private final ObservableList<Choice> targets = FXCollections.observableArrayList();
    private final ObservableList<MappedColumnViewModel> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);
    private final Choice skip;

    SheetMappingViewModel(ImportService.FileInspection inspection, Messages messages) {
        this.messages = messages;
        this.file = inspection.file();
        this.name = String.valueOf(file.getFileName());
        this.headers = inspection.header().named();
        this.skip = new Choice(ColumnMapping.IGNORE, messages.get("import.wizard.mapping.skip"));
        for (SheetKind k : SheetKind.values()) {
            kinds.add(new Choice(k.name(), ImportTexts.kind(messages, k)));
        }
        kind.addListener((o, a, b) -> suggest(null));
        SheetKind initial = inspection.kind() == null ? SheetKind.RESEARCHERS : inspection.kind();
        kind.set(kinds.get(initial.ordinal()));
        suggest(inspection.mapping());
    }

    /** Fills the targets for the chosen template and maps each header by {@code given} or by suggestion. */
    private void suggest(ColumnMapping given) {
        SheetKind k = selectedKind();
        if (k == null) {
            return;
        }
        SheetLayout layout = ImportService.layout(k);
        boolean zh = messages.language() == Language.ZH;
        List<Choice> list = new ArrayList<>();
        list.add(skip);
        for (ColumnDef c : layout.columns()) {
            list.add(new Choice(c.key(), c.header(zh) + (c.required() ? " *" : "")));
        }
        targets.setAll(list);
        ColumnMapping mapping = given != null ? given : ColumnMapping.suggest(headers, layout);
        List<MappedColumnViewModel> rows = new ArrayList<>();
        for (String h : headers) {
            String key = mapping.keyFor(h).orElse(ColumnMapping.IGNORE);
            Choice target = list.stream().filter(c -> c.value().equals(key)).findFirst().orElse(skip);
            MappedColumnViewModel row = new MappedColumnViewModel(h, target);
            row.targetProperty().addListener((o, a, b) -> check());
            rows.add(row);
        }
        columns.setAll(rows);
        check();
    }

    private void check() {
        SheetKind k = selectedKind();
        if (k == null) {
            complete.set(false);
            return;
        }
        Set<String> chosen = new HashSet<>();
        boolean twice = false;
        for (MappedColumnViewModel c : columns) {
            String key = c.targetProperty().get() == null ? "" : c.targetProperty().get().value();
            if (!key.isEmpty() && !chosen.add(key)) {
                twice = true;
            }
        }
        boolean zh = messages.language() == Language.ZH;
        List<String> absent = new ArrayList<>();
        for (ColumnDef c : ImportService.layout(k).columns()) {
            if (c.required() && !chosen.contains(c.key())) {
                absent.add(c.header(zh));
            }
        }
        if (!absent.isEmpty()) {
            missing.set(messages.get("import.wizard.mapping.missing", String.join(", ", absent)));
        } else if (twice) {
            missing.set(messages.get("import.wizard.mapping.twice"));
        } else {
            missing.set("");
        }
        complete.set(absent.isEmpty() && !twice);
    }

    public SheetKind selectedKind() {
        Choice c = kind.get();
        return c == null ? null : SheetKind.valueOf(c.value());
    }

    /** The mapping as chosen: every header of the sheet, mapped to a template column or skipped. */
    public ColumnMapping mapping() {
        Map<String, String> m = new LinkedHashMap<>();
        for (MappedColumnViewModel c : columns) {
            Choice t = c.targetProperty().get();
            m.put(c.header(), t == null ? ColumnMapping.IGNORE : Objects.requireNonNullElse(t.value(), ""));
        }
        return ColumnMapping.of(m);
    }

    public Path file() {
        return file;
    }

    public String name() {
        return name;
    }

    public String intro() {
        return messages.get("import.wizard.mapping.intro", name);
    }

    public ObjectProperty<Choice> kindProperty() {
        return kind;
    }

    public ObservableList<Choice> kindChoices() {
        return kinds;
    }

    public ObservableList<Choice> targetChoices() {
        return targets;
    }

    public ObservableList<MappedColumnViewModel> columns() {
        return columns;
    }

    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
