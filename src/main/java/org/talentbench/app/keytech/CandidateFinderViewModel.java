package org.talentbench.app.keytech;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.core.FileNames;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.tech.Candidate;
import org.talentbench.core.tech.CandidateFilter;
import org.talentbench.core.tech.Challenge;
import org.talentbench.core.tech.EvidenceOutput;
import org.talentbench.core.tech.FinderOptions;
import org.talentbench.core.tech.Shortlist;
import org.talentbench.core.tech.TagSuggestion;
import org.talentbench.core.tech.Technology;
import org.talentbench.core.tech.TechnologyList;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.i18n.TechTexts;
import org.talentbench.service.TechnologyExports;
import org.talentbench.service.TechnologyService;

/**
 * State of the open-call tab (揭榜挂帅): the challenge (title, description, technologies, issuer, panel), the
 * filters (category, young talent, department, conflicts), the ranked candidates with score parts, standing and
 * conflicts, the evidence behind the selected candidate, and the PDF export of the shortlist.
 */
public final class CandidateFinderViewModel {
    /** One candidate. */
    public record CandidateRow(int rank, String name, String employeeNo, String department, String titleCategory,
                               String young, String score, String parts, String technologies, String standing,
                               String conflicts, boolean conflicted) {
    }

    /** One output behind the selected candidate. */
    public record EvidenceRow(String title, String kind, LocalDate date, String share, String basis, String points) {
    }

    private final Messages m;
    private final TechTexts t;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private TechnologyService service;
    private TechnologyExports exports;
    private Shortlist shortlist;
    private List<Technology> knownTechnologies = List.of();
    private final Map<String, String> departmentNames = new HashMap<>();

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty issuer = new SimpleStringProperty("");
    private final StringProperty reviewers = new SimpleStringProperty("");
    private final ObservableList<Choice> technologyChoices = FXCollections.observableArrayList();
    private final ObservableList<String> selectedTechnologies = FXCollections.observableArrayList();
    private final ObservableList<Choice> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> category = new SimpleObjectProperty<>();
    private final ObservableList<Choice> departments = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> department = new SimpleObjectProperty<>();
    private final BooleanProperty youngOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty excludeConflicted = new SimpleBooleanProperty(false);
    private final BooleanProperty withStanding = new SimpleBooleanProperty(true);
    private final ObjectProperty<Integer> limit = new SimpleObjectProperty<>(20);
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObservableList<CandidateRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CandidateRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<EvidenceRow> evidence = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canFind = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);

    public CandidateFinderViewModel(Messages messages, TaskRunner tasks, DialogService dialogs) {
        this.m = messages;
        this.t = new TechTexts(messages);
        this.tasks = tasks;
        this.dialogs = dialogs;
        Choice allCategories = new Choice(null, m.get("researchers.filter.allCategories"));
        categories.add(allCategories);
        for (ResearchCategory c : ResearchCategory.values()) {
            categories.add(new Choice(c.name(), t.category(c)));
        }
        category.set(allCategories);
        Choice allDepartments = new Choice(null, m.get("researchers.filter.all"));
        departments.add(allDepartments);
        department.set(allDepartments);
        canFind.bind(Bindings.createBooleanBinding(() -> !busy.get() && ready.get()
                        && (!title.get().isBlank() || !text.get().isBlank() || !selectedTechnologies.isEmpty()),
                title, text, selectedTechnologies, busy, ready));
        selected.addListener((o, a, b) -> showEvidence(b));
    }

    public void setServices(TechnologyService newService, TechnologyExports newExports) {
        this.service = newService;
        this.exports = newExports;
        this.shortlist = null;
        ready.set(newService != null);
        rows.clear();
        evidence.clear();
        info.set("");
        canExport.set(false);
        if (newService != null) {
            asOf.set(newService.today());
            TechnologyService s = newService;
            tasks.run(m.get("keytech.ui.loadingList"), p -> s.departments(), this::showDepartments,
                    failure -> { });
        }
    }

    private void showDepartments(List<Department> list) {
        departmentNames.clear();
        departments.setAll(departments.get(0));
        for (Department d : list) {
            String name = m.language() == Language.EN && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh();
            departmentNames.put(d.code(), name);
            departments.add(new Choice(d.code(), name));
        }
    }

    /** The technology choices follow the list. */
    public void setList(TechnologyList list, LocalDate date) {
        technologyChoices.clear();
        if (list == null) {
            knownTechnologies = List.of();
            return;
        }
        knownTechnologies = list.asOf(date).all();
        for (Technology x : list.asOf(date).active()) {
            technologyChoices.add(new Choice(x.code(), t.name(x)));
        }
        selectedTechnologies.removeIf(code -> technologyChoices.stream().noneMatch(c -> c.value().equals(code)));
    }

    /** Ranks the candidates for the challenge in the background. */
    public void find() {
        if (!canFind.get()) {
            return;
        }
        TechnologyService s = service;
        Challenge challenge = new Challenge(title.get(), text.get(), new LinkedHashSet<>(selectedTechnologies),
                issuer.get(), new LinkedHashSet<>(split(reviewers.get())));
        Set<ResearchCategory> cats = category.get() == null || category.get().value() == null
                ? Set.of() : EnumSet.of(ResearchCategory.valueOf(category.get().value()));
        CandidateFilter filter = new CandidateFilter(cats, youngOnly.get(),
                department.get() == null ? "" : department.get().value(), excludeConflicted.get());
        int n = limit.get() == null || limit.get() < 1 ? 20 : limit.get();
        FinderOptions options = FinderOptions.defaults().withLimit(n);
        LocalDate date = asOf.get() == null ? s.today() : asOf.get();
        boolean standing = withStanding.get();
        busy.set(true);
        tasks.run(m.get("keytech.ui.finding"), p -> s.candidates(challenge, filter, options, date, standing),
                this::show, failure -> {
                    busy.set(false);
                    dialogs.showError(m.get("keytech.ui.finder"), UiMessages.describe(m, failure));
                });
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("[,;，；\\s]+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    void show(Shortlist list) {
        busy.set(false);
        shortlist = list;
        canExport.set(list != null);
        Map<String, String> names = new HashMap<>();
        knownTechnologies.forEach(x -> names.put(x.code(), t.name(x)));
        List<CandidateRow> out = new ArrayList<>();
        for (Candidate c : list.candidates()) {
            out.add(new CandidateRow(c.rank(), c.nameZh(), c.employeeNo(),
                    departmentNames.getOrDefault(c.departmentCode(), c.departmentCode()),
                    c.title() + " · " + t.category(c.category()), c.young() ? m.get("keytech.yes") : "",
                    String.format(java.util.Locale.ROOT, "%.1f", c.score()),
                    m.get("keytech.parts", TechTexts.number(Math.round(c.evidencePoints() * 10) / 10.0),
                            TechTexts.number(Math.round(c.tagPoints() * 10) / 10.0),
                            TechTexts.number(Math.round(c.standingPoints() * 10) / 10.0)),
                    String.join(t.separator(), c.matchedTechnologies().stream().map(x -> names.getOrDefault(x, x))
                            .toList()), t.standing(c.standing()),
                    c.conflicts().isEmpty() ? "" : String.join("; ", c.conflicts().stream().map(t::conflict)
                            .toList()), c.conflicted()));
        }
        rows.setAll(out);
        List<String> found = new ArrayList<>();
        for (TagSuggestion s : list.fromText()) {
            found.add(names.getOrDefault(s.code(), s.code()));
        }
        info.set(m.get("keytech.ui.finderInfo", String.join(t.separator(), list.technologies().stream()
                        .map(x -> names.getOrDefault(x, x)).toList()),
                found.isEmpty() ? "—" : String.join(t.separator(), found),
                list.phrases().isEmpty() ? "—" : String.join(t.separator(), list.phrases()), list.considered(),
                t.standingSource(list.standings())));
        selected.set(rows.isEmpty() ? null : rows.get(0));
        showEvidence(selected.get());
    }

    private void showEvidence(CandidateRow row) {
        evidence.clear();
        if (row == null || shortlist == null) {
            return;
        }
        Candidate c = shortlist.candidates().stream().filter(x -> x.employeeNo().equals(row.employeeNo()))
                .findFirst().orElse(null);
        if (c == null) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        knownTechnologies.forEach(x -> names.put(x.code(), t.name(x)));
        for (EvidenceOutput e : c.evidence()) {
            evidence.add(new EvidenceRow(e.title() + (e.representative() ? "（" + m.get("keytech.representative") + "）"
                    : ""), t.kind(e.kind()), e.date(), TechTexts.number(e.sharePercent()) + "%", t.basis(e, x -> names.getOrDefault(x, x)),
                    String.format(java.util.Locale.ROOT, "%.2f", e.points())));
        }
    }

    public void exportPdf() {
        Shortlist current = shortlist;
        TechnologyExports ex = exports;
        if (current == null || ex == null) {
            return;
        }
        List<Technology> techs = knownTechnologies;
        Language language = m.language();
        String name = current.challenge().title().isBlank() ? "shortlist"
                : FileNames.safe("shortlist-" + current.challenge().title());
        ExportSupport.export(m, tasks, dialogs, name, "pdf",
                file -> ex.exportShortlist(current, techs, file, language));
    }

    /** The shortlist shown, or null. */
    public Shortlist shortlist() {
        return shortlist;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty reviewersProperty() {
        return reviewers;
    }

    public ObservableList<Choice> technologyChoices() {
        return technologyChoices;
    }

    /** Codes of the chosen technologies; the view keeps it in step with its check boxes. */
    public ObservableList<String> selectedTechnologies() {
        return selectedTechnologies;
    }

    public ObservableList<Choice> categories() {
        return categories;
    }

    public ObjectProperty<Choice> categoryProperty() {
        return category;
    }

    public ObservableList<Choice> departments() {
        return departments;
    }

    public ObjectProperty<Choice> departmentProperty() {
        return department;
    }

    public BooleanProperty youngOnlyProperty() {
        return youngOnly;
    }

    public BooleanProperty excludeConflictedProperty() {
        return excludeConflicted;
    }

    public BooleanProperty withStandingProperty() {
        return withStanding;
    }

    public ObjectProperty<Integer> limitProperty() {
        return limit;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<CandidateRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObjectProperty<CandidateRow> selectedProperty() {
        return selected;
    }

    public ObservableList<EvidenceRow> evidence() {
        return FXCollections.unmodifiableObservableList(evidence);
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canFindProperty() {
        return canFind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }
}
