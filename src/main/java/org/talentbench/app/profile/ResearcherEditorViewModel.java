package org.talentbench.app.profile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.core.audit.ChangeDiff;
import org.talentbench.core.audit.ChangeLogEntry;
import org.talentbench.core.audit.FieldChange;
import org.talentbench.core.repo.ChangeLogRepository;
import org.talentbench.core.repo.StaleRecordException;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.CareerBreakKind;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ProfileRules;
import org.talentbench.core.researcher.ProfileSettings;
import org.talentbench.core.researcher.ProfileValidationException;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.researcher.Violation;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.DuplicateOutput;
import org.talentbench.service.ProfileEdit;
import org.talentbench.service.ProfileService;
import org.talentbench.service.ResearcherProfile;

/**
 * State of the profile editor of one researcher: the profile fields, the outputs with their type-specific forms, the
 * ordered representative works with their statements, the career breaks and the change history; inline messages of
 * the {@link ProfileRules} as the user types; dirty tracking; save through {@link ProfileService} (one transaction)
 * with a version conflict resolved by the user (keep mine / take theirs); duplicate detection with an offer to merge;
 * and the guard against closing with unsaved changes.
 *
 * <p>All state changes on the FX thread; loading and saving run through the {@link TaskRunner}. Output forms are
 * created only when an output is opened, so a profile with hundreds of outputs opens quickly.
 */
public final class ResearcherEditorViewModel {
    private static final Pattern WORK_FIELD = Pattern.compile("(?:round \\d+ )?works\\[(\\d+)]\\.(\\w+)");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Messages messages;
    private final ProfileService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private Consumer<ResearcherId> onSaved = id -> { };
    private Runnable closer = () -> { };

    private ResearcherProfile loaded;
    private ProfileSettings settings = ProfileSettings.defaults();
    private Researcher baseline;
    private List<List<Object>> baselineWorks = List.of();
    private final Map<ResearcherId, String> names = new HashMap<>();
    private final List<OutputId> detached = new ArrayList<>();
    private final List<Violation> serverViolations = new ArrayList<>();
    private String serverEmployeeNo;
    private long nextPlaceholder = -1;
    private volatile List<org.talentbench.service.Colleague> colleagues;
    private boolean applying;

    private final StringProperty employeeNo = new SimpleStringProperty("");
    private final StringProperty nameZh = new SimpleStringProperty("");
    private final StringProperty nameLatin = new SimpleStringProperty("");
    private final ObjectProperty<Choice> gender = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> degree = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> degreeDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> hireDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> department = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty discipline = new SimpleStringProperty("");
    private final ObjectProperty<Choice> category = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> changesFrom = new SimpleObjectProperty<>();
    private final ObservableList<String> talentTags = FXCollections.observableArrayList();
    private final StringProperty techTags = new SimpleStringProperty("");
    private final StringProperty orcid = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<Choice> status = new SimpleObjectProperty<>();

    private final ObservableList<Choice> genders = FXCollections.observableArrayList();
    private final ObservableList<Choice> degrees = FXCollections.observableArrayList();
    private final ObservableList<Choice> departments = FXCollections.observableArrayList();
    private final ObservableList<Choice> categories = FXCollections.observableArrayList();
    private final ObservableList<Choice> statuses = FXCollections.observableArrayList();
    private final ObservableList<Choice> talentTagChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> breakKinds = FXCollections.observableArrayList();
    private final ObservableList<String> titles = FXCollections.observableArrayList();
    private final ObservableList<String> disciplines = FXCollections.observableArrayList();

    private final ObservableList<OutputRowViewModel> outputs = FXCollections.observableArrayList();
    private final FilteredList<OutputRowViewModel> visibleOutputs = new FilteredList<>(outputs);
    private final StringProperty outputFilter = new SimpleStringProperty("");
    private final ObjectProperty<OutputRowViewModel> selectedOutput = new SimpleObjectProperty<>();
    private final ObservableList<RepresentativeWorkRowViewModel> works = FXCollections.observableArrayList();
    private final ObservableList<CareerBreakRowViewModel> breaks = FXCollections.observableArrayList();
    private final ObservableList<HistoryRowViewModel> history = FXCollections.observableArrayList();
    private final ObservableList<String> assignments = FXCollections.observableArrayList();

    private final FieldMessages fieldMessages;
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<FieldMessage> worksProblems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper worksSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private boolean mayEdit = true;
    private final ReadOnlyBooleanWrapper categoryChanged = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper(false);

    public ResearcherEditorViewModel(Messages messages, ProfileService service, TaskRunner tasks,
                                     DialogService dialogs) {
        this.messages = messages;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.fieldMessages = new FieldMessages(messages);
        for (Gender g : Gender.values()) {
            genders.add(new Choice(g.name(), messages.get("gender." + g.name())));
        }
        for (Degree d : Degree.values()) {
            degrees.add(new Choice(d.name(), messages.get("degree." + d.name())));
        }
        for (EmploymentStatus s : EmploymentStatus.values()) {
            statuses.add(new Choice(s.name(), messages.get("status." + s.name())));
        }
        for (CareerBreakKind k : CareerBreakKind.values()) {
            breakKinds.add(new Choice(k.name(), messages.get("breakKind." + k.name())));
        }
        for (javafx.beans.Observable p : List.of(employeeNo, nameZh, nameLatin, gender, birthDate, degree, degreeDate,
                hireDate, department, title, discipline, category, changesFrom, talentTags, techTags, orcid, email,
                phone, status)) {
            p.addListener(o -> edited());
        }
        category.addListener((o, a, b) -> trackAssignmentChange());
        department.addListener((o, a, b) -> trackAssignmentChange());
        outputFilter.addListener((o, a, b) -> {
            String needle = b == null ? "" : b.trim().toLowerCase(Locale.ROOT);
            visibleOutputs.setPredicate(r -> r.matches(needle));
        });
        selectedOutput.addListener((o, a, row) -> {
            if (row != null && !row.hasForm()) {
                row.attach(new OutputFormViewModel(messages, row.stored(), myId(), names, () -> outputEdited(row)));
            }
        });
        dirty.addListener((o, a, b) -> updateTitle());
    }

    // ----------------------------------------------------------------------------------------------- loading

    /** Loads a stored researcher in the background. */
    public void load(ResearcherId id) {
        busy.set(true);
        tasks.run(messages.get("profile.loading"), p -> service.load(id), p -> {
            busy.set(false);
            apply(p);
        }, this::failed);
    }

    /** Starts a new, empty profile. */
    public void startNew() {
        busy.set(true);
        tasks.run(messages.get("profile.loading"), p -> service.blank(), p -> {
            busy.set(false);
            apply(p);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        dialogs.showError(messages.get("profile.title"), UiMessages.describe(messages, failure));
    }

    /** Shows a loaded (or just saved) record and forgets every unsaved edit. */
    void apply(ResearcherProfile p) {
        OutputId keepSelected = selectedOutput.get() == null ? null : selectedOutput.get().id();
        applying = true;
        try {
            loaded = p;
            settings = p.settings();
            Researcher r = p.researcher();
            names.clear();
            p.people().forEach((id, c) -> names.put(id, c.label()));
            detached.clear();
            serverViolations.clear();
            fillChoices(p);

            employeeNo.set(r.employeeNo());
            nameZh.set(r.nameZh());
            nameLatin.set(r.nameLatin());
            gender.set(genders.get(r.gender().ordinal()));
            birthDate.set(r.birthDate());
            degree.set(degrees.get(r.degree().ordinal()));
            degreeDate.set(r.degreeDate());
            hireDate.set(r.hireDate());
            department.set(departments.stream().filter(d -> d.value().equals(r.departmentCode())).findFirst()
                    .orElse(null));
            title.set(r.title());
            discipline.set(r.discipline());
            category.set(categories.stream().filter(c -> c.value().equals(r.category().name())).findFirst()
                    .orElse(null));
            changesFrom.set(null);
            categoryChanged.set(false);
            talentTags.setAll(r.talentTags().stream().sorted().toList());
            techTags.set(String.join("; ", r.techTags().stream().sorted().toList()));
            orcid.set(r.orcid());
            email.set(r.email());
            phone.set(r.phone());
            status.set(statuses.get(r.status().ordinal()));

            List<OutputRowViewModel> rows = new ArrayList<>(p.outputs().size());
            List<Output> sorted = new ArrayList<>(p.outputs());
            sorted.sort((a, b) -> b.date().compareTo(a.date()));
            for (Output o : sorted) {
                rows.add(new OutputRowViewModel(messages, o, myId()));
            }
            selectedOutput.set(null);
            outputs.setAll(rows);
            Map<OutputId, OutputRowViewModel> byId = new HashMap<>();
            rows.forEach(row -> byId.put(row.id(), row));
            List<RepresentativeWorkRowViewModel> workRows = new ArrayList<>();
            for (RepresentativeWork w : p.works()) {
                OutputRowViewModel row = byId.get(w.outputId());
                if (row != null) {
                    workRows.add(new RepresentativeWorkRowViewModel(row, w.contributionStatement(),
                            w.relevanceStatement(), new FieldMessages(messages), this::worksEdited));
                }
            }
            works.setAll(workRows);
            renumberWorks();
            List<CareerBreakRowViewModel> breakRows = new ArrayList<>();
            for (CareerBreak b : r.breaks()) {
                breakRows.add(new CareerBreakRowViewModel(b, breakKinds, new FieldMessages(messages), this::edited));
            }
            breaks.setAll(breakRows);
            List<String> dated = new ArrayList<>();
            for (Assignment a : r.history()) {
                dated.add(messages.get("profile.assignment", a.validFrom(), categoryLabel(a.category()),
                        departmentName(a.departmentCode())));
            }
            assignments.setAll(dated);
        } finally {
            applying = false;
        }
        baseline = draft();
        baselineWorks = worksKey();
        ready.set(true);
        revalidate();
        if (keepSelected != null) {
            outputs.stream().filter(row -> row.id().equals(keepSelected)).findFirst().ifPresent(selectedOutput::set);
        }
        updateTitle();
        loadHistory();
    }

    private void fillChoices(ResearcherProfile p) {
        Researcher r = p.researcher();
        List<Choice> depts = new ArrayList<>();
        for (Department d : p.departments()) {
            depts.add(new Choice(d.code(), messages.language() == Language.ZH || d.nameEn().isBlank()
                    ? d.nameZh() : d.nameEn()));
        }
        if (!r.departmentCode().isBlank() && depts.stream().noneMatch(d -> d.value().equals(r.departmentCode()))) {
            depts.add(new Choice(r.departmentCode(), r.departmentCode()));
        }
        departments.setAll(depts);
        List<Choice> cats = new ArrayList<>();
        for (ResearchCategory c : settings.categories()) {
            cats.add(new Choice(c.name(), categoryLabel(c)));
        }
        if (cats.stream().noneMatch(c -> c.value().equals(r.category().name()))) {
            cats.add(new Choice(r.category().name(), categoryLabel(r.category())));
        }
        categories.setAll(cats);
        LinkedHashSet<String> ladder = new LinkedHashSet<>(settings.titleLadder());
        if (!r.title().isBlank()) {
            ladder.add(r.title());
        }
        titles.setAll(ladder);
        LinkedHashSet<String> fields = new LinkedHashSet<>(settings.disciplines());
        if (!r.discipline().isBlank()) {
            fields.add(r.discipline());
        }
        disciplines.setAll(fields);
        LinkedHashSet<String> tags = new LinkedHashSet<>(settings.talentTags());
        tags.addAll(r.talentTags());
        List<Choice> tagChoices = new ArrayList<>();
        for (String t : tags) {
            String key = "talentTag." + t;
            tagChoices.add(new Choice(t, messages.has(key) ? messages.get(key) : t));
        }
        talentTagChoices.setAll(tagChoices);
    }

    private String categoryLabel(ResearchCategory c) {
        return settings.categoryLabel(c, messages.language().code())
                .orElseGet(() -> messages.get("category." + c.name()));
    }

    private String departmentName(String code) {
        return departments.stream().filter(d -> d.value().equals(code)).map(Choice::label).findFirst().orElse(code);
    }

    private void loadHistory() {
        if (loaded == null || loaded.researcher().id().isNew()) {
            history.clear();
            return;
        }
        ResearcherId id = loaded.researcher().id();
        tasks.run(messages.get("profile.history.loading"), p -> service.history(id), entries -> {
            List<HistoryRowViewModel> rows = new ArrayList<>();
            for (int i = entries.size() - 1; i >= 0; i--) {
                rows.add(historyRow(entries.get(i)));
            }
            history.setAll(rows);
        }, failure -> history.clear());
    }

    private HistoryRowViewModel historyRow(ChangeLogEntry e) {
        String when = e.changedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault())
                .format(WHEN);
        String record = switch (e.entity()) {
            case ChangeLogRepository.RESEARCHER -> messages.get("history.record.profile");
            case ChangeLogRepository.REPRESENTATIVE_WORK -> messages.get("history.record.works");
            case ChangeLogRepository.OUTPUT -> messages.get("history.record.output", outputTitle(e.entityId()));
            default -> e.entity();
        };
        return new HistoryRowViewModel(when, e.actor(), record, fieldLabel(e.entity(), e.field()),
                displayValue(e.field(), e.oldValue()), displayValue(e.field(), e.newValue()));
    }

    private String outputTitle(long id) {
        return outputs.stream().filter(r -> r.id().value() == id).map(r -> r.titleProperty().get()).findFirst()
                .orElse("#" + id);
    }

    /** The label of a logged field, in the user's language. */
    String fieldLabel(String entity, String field) {
        Matcher m = WORK_FIELD.matcher(field);
        if (m.matches()) {
            return messages.get("history.work." + m.group(2), Integer.parseInt(m.group(1)));
        }
        String key = entity.equals(ChangeLogRepository.OUTPUT)
                ? field.startsWith("attributes.") ? "output.attr." + field.substring("attributes.".length())
                : "output.field." + field
                : "profile.field." + field;
        return messages.has(key) ? messages.get(key) : field;
    }

    /** A logged or compared value with codes translated (categories, genders, kinds …). */
    String displayValue(String field, String value) {
        if (value == null) {
            return "—";
        }
        String prefix = switch (field) {
            case "category" -> "category.";
            case "gender" -> "gender.";
            case "status" -> "status.";
            case "degree" -> "degree.";
            case "kind" -> "output.kind.";
            default -> field.startsWith("attributes.") ? "output.value." + field.substring(11) + "." : null;
        };
        if (prefix != null && messages.has(prefix + value)) {
            return messages.get(prefix + value);
        }
        if (field.equals("departmentCode")) {
            return departmentName(value);
        }
        return value;
    }

    // ----------------------------------------------------------------------------------------------- drafts

    private ResearcherId myId() {
        return loaded == null ? ResearcherId.NEW : loaded.researcher().id();
    }

    /** The profile as edited (career breaks with a missing date left out). */
    Researcher draft() {
        Researcher base = loaded == null ? null : loaded.researcher();
        List<CareerBreak> builtBreaks = new ArrayList<>();
        for (CareerBreakRowViewModel row : breaks) {
            CareerBreak b = row.build();
            if (b != null) {
                builtBreaks.add(b);
            }
        }
        Set<String> tech = new java.util.TreeSet<>();
        for (String t : (techTags.get() == null ? "" : techTags.get()).split("[;；,，、]")) {
            if (!t.isBlank()) {
                tech.add(t.trim());
            }
        }
        return new Researcher(myId(), trim(employeeNo.get()), trim(nameZh.get()), trim(nameLatin.get()),
                gender.get() == null ? Gender.UNSPECIFIED : Gender.valueOf(gender.get().value()), birthDate.get(),
                degree.get() == null ? Degree.OTHER : Degree.valueOf(degree.get().value()), degreeDate.get(),
                hireDate.get(), department.get() == null ? "" : department.get().value(), trim(title.get()),
                trim(discipline.get()), category.get() == null ? settings.categories().get(0)
                : ResearchCategory.valueOf(category.get().value()), Set.copyOf(talentTags), normaliseOrcid(orcid.get()),
                trim(email.get()), trim(phone.get()), tech,
                status.get() == null ? EmploymentStatus.ACTIVE : EmploymentStatus.valueOf(status.get().value()),
                builtBreaks, base == null ? List.of() : base.history(), base == null ? 0 : base.version());
    }

    /**
     * ORCID iDs are stored in their canonical form; a pasted URL, spaces or a lower-case x are tidied rather than
     * refused, and sixteen bare characters get their hyphens. A wrong check digit stays wrong.
     */
    static String normaliseOrcid(String raw) {
        String t = trim(raw).replace(" ", "");
        for (String prefix : new String[] {"https://orcid.org/", "http://orcid.org/", "orcid.org/"}) {
            if (t.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                t = t.substring(prefix.length());
            }
        }
        t = t.toUpperCase(Locale.ROOT);
        if (t.matches("\\d{15}[\\dX]")) {
            t = t.substring(0, 4) + "-" + t.substring(4, 8) + "-" + t.substring(8, 12) + "-" + t.substring(12);
        }
        return t;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    /** The representative works as edited, in order. */
    List<RepresentativeWork> worksDraft() {
        List<RepresentativeWork> list = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWorkRowViewModel w = works.get(i);
            list.add(new RepresentativeWork(ProfileService.STANDING_ROUND, myId(), w.output().id(), i + 1,
                    trim(w.contributionProperty().get()), trim(w.relevanceProperty().get())));
        }
        return list;
    }

    private List<List<Object>> worksKey() {
        List<List<Object>> key = new ArrayList<>();
        for (RepresentativeWork w : worksDraft()) {
            key.add(List.of(w.outputId(), w.contributionStatement(), w.relevanceStatement()));
        }
        return key;
    }

    // ----------------------------------------------------------------------------------------------- editing

    private void edited() {
        if (applying || !ready.get()) {
            return;
        }
        serverViolations.removeIf(v -> !v.field().equals("employeeNo")
                || !Objects.equals(serverEmployeeNo, trim(employeeNo.get())));
        revalidate();
    }

    private void trackAssignmentChange() {
        if (applying || loaded == null || loaded.researcher().id().isNew()) {
            return;
        }
        Researcher r = loaded.researcher();
        boolean changed = category.get() != null && department.get() != null
                && (!category.get().value().equals(r.category().name())
                || !department.get().value().equals(r.departmentCode()));
        categoryChanged.set(changed);
        if (changed && changesFrom.get() == null) {
            changesFrom.set(service.today());
        } else if (!changed) {
            changesFrom.set(null);
        }
    }

    private void outputEdited(OutputRowViewModel row) {
        row.refresh();
        if (row.form() != null && row.form().isNew()) {
            row.form().duplicatesFound(null, List.of());
        }
        revalidate();
    }

    private void worksEdited() {
        if (!applying) {
            revalidate();
        }
    }

    /** Runs every rule on the current edit and updates messages, the problem list, dirty and can-save. */
    void revalidate() {
        if (!ready.get()) {
            return;
        }
        Researcher d = draft();
        List<Violation> all = new ArrayList<>();
        List<Violation> profileRules = new ArrayList<>();
        // career breaks: indexes in the draft skip incomplete rows; map them back to the rows
        List<Integer> rowOfBreak = new ArrayList<>();
        for (int i = 0; i < breaks.size(); i++) {
            CareerBreakRowViewModel row = breaks.get(i);
            if (row.build() == null) {
                all.add(Violation.error("breaks[" + i + "]." + (row.startProperty().get() == null ? "start" : "end"),
                        "profile.breakDateRequired"));
            } else {
                rowOfBreak.add(i);
            }
        }
        for (Violation v : ProfileRules.validate(d, service.today(), settings)) {
            Matcher m = Pattern.compile("breaks\\[(\\d+)](.*)").matcher(v.field());
            if (m.matches()) {
                all.add(new Violation("breaks[" + rowOfBreak.get(Integer.parseInt(m.group(1))) + "]" + m.group(2),
                        v.code(), v.args(), v.severity()));
            } else {
                all.add(v);
            }
        }
        if (categoryChanged.get() && changesFrom.get() == null) {
            all.add(Violation.error("changesFrom", "profile.changesFromRequired"));
        }
        all.addAll(serverViolations);
        Map<OutputId, Output> byId = new HashMap<>();
        for (OutputRowViewModel row : outputs) {
            byId.put(row.id(), row.current());
        }
        List<Violation> workRules = ProfileRules.validateRepresentativeWorks(d.id(), d.category(), worksDraft(), byId,
                settings);
        all.addAll(workRules);

        for (Violation v : all) {
            if (!v.field().startsWith("breaks[") && !v.field().startsWith("works")) {
                profileRules.add(v);
            }
        }
        fieldMessages.set(profileRules);
        for (int i = 0; i < breaks.size(); i++) {
            breaks.get(i).messages().set(strip(all, "breaks[" + i + "]."));
        }
        for (int i = 0; i < works.size(); i++) {
            works.get(i).messages().set(strip(all, "works[" + i + "]."));
        }
        worksProblems.setAll(all.stream().filter(v -> v.field().equals("works"))
                .map(v -> new FieldMessage(FieldMessages.text(messages, v), v.blocking())).toList());
        updateWorksSummary(d.category(), byId);
        outputs.forEach(r -> r.representativeProperty().set(works.stream().anyMatch(w -> w.output() == r)));

        List<String> texts = new ArrayList<>();
        for (Violation v : all) {
            if (v.blocking()) {
                texts.add(FieldMessages.text(messages, v));
            }
        }
        long badOutputs = outputs.stream().filter(r -> r.hasForm() && !r.form().validProperty().get()).count();
        if (badOutputs > 0) {
            texts.add(messages.get("profile.outputsInvalid", badOutputs));
        }
        problems.setAll(texts);
        blocked.set(!texts.isEmpty());
        boolean profileDirty = !d.equals(baseline);
        boolean outputsDirty = !detached.isEmpty()
                || outputs.stream().anyMatch(r -> r.hasForm() && r.form().dirtyProperty().get());
        boolean worksDirty = !worksKey().equals(baselineWorks);
        dirty.set(profileDirty || outputsDirty || worksDirty);
        canSave.set(mayEdit && dirty.get() && texts.isEmpty() && !busy.get());
    }

    /**
     * Whether the session may change profiles; without it Save stays greyed out (a convenience: the profile
     * service refuses a save by itself, decision 0090).
     */
    public void setMayEdit(boolean may) {
        this.mayEdit = may;
        canSave.set(may && canSave.get());
    }

    private static List<Violation> strip(List<Violation> all, String prefix) {
        return all.stream().filter(v -> v.field().startsWith(prefix))
                .map(v -> new Violation(v.field().substring(prefix.length()), v.code(), v.args(), v.severity()))
                .toList();
    }

    private void updateWorksSummary(ResearchCategory cat, Map<OutputId, Output> byId) {
        int papers = 0;
        int domestic = 0;
        for (RepresentativeWorkRowViewModel w : works) {
            Output o = byId.get(w.output().id());
            if (o != null && o.kind().isPaper()) {
                papers++;
                if (o.kind() == OutputKind.JOURNAL_PAPER && o.domesticJournal()) {
                    domestic++;
                }
            }
        }
        worksSummary.set(messages.get("works.summary", works.size(), settings.representativeMax(cat), papers,
                domestic));
    }

    // ----------------------------------------------------------------------------------------------- outputs

    /** Adds a new output of {@code kind}, credited to this researcher at 100 %, and selects it. */
    public OutputRowViewModel newOutput(OutputKind kind) {
        Map<String, String> attrs = kind == OutputKind.PATENT ? Map.of(OutputAttribute.PCT, "false") : Map.of();
        Output o = new Output(new OutputId(nextPlaceholder--), kind, "", service.today(), "", "", "", false, null, "",
                null, null, attrs, List.of(new Contribution(myId(), kind.isPaper() ? 1 : 0, false, 100)), 0);
        names.putIfAbsent(myId(), trim(employeeNo.get()) + " " + trim(nameZh.get()));
        OutputRowViewModel row = new OutputRowViewModel(messages, o, myId());
        row.attach(new OutputFormViewModel(messages, o, myId(), names, () -> outputEdited(row)));
        outputs.add(0, row);
        outputFilter.set("");
        selectedOutput.set(row);
        revalidate();
        return row;
    }

    /**
     * Takes this researcher off an output (the output is deleted on save when nobody else is credited); a new,
     * unsaved output is simply dropped. Representative works naming it are removed too.
     */
    public void removeOutput(OutputRowViewModel row) {
        if (row == null) {
            return;
        }
        if (!row.id().isNew()) {
            boolean shared = row.stored().contributors().stream().anyMatch(c -> !c.researcherId().equals(myId()));
            String question = shared ? messages.get("output.remove.shared", row.titleProperty().get())
                    : messages.get("output.remove.only", row.titleProperty().get());
            if (!dialogs.confirm(messages.get("output.remove.title"), question)) {
                return;
            }
            detached.add(row.id());
        }
        works.removeIf(w -> w.output() == row);
        renumberWorks();
        outputs.remove(row);
        if (selectedOutput.get() == row) {
            selectedOutput.set(null);
        }
        revalidate();
    }

    /** Looks for stored duplicates of a new output (by DOI, identifier, or title and year) in the background. */
    public void checkDuplicates(OutputRowViewModel row) {
        if (row == null || row.form() == null || !row.form().isNew()) {
            return;
        }
        OutputFormViewModel form = row.form();
        String key = form.identityKey();
        Output candidate = form.build();
        if (key == null || form.duplicatesCheckedFor(key) || candidate == null) {
            return;
        }
        tasks.run(messages.get("output.duplicate.checking"), p -> service.findDuplicates(candidate),
                found -> form.duplicatesFound(key, found.stream()
                        .filter(d -> outputs.stream().noneMatch(r -> r != row && r.id().equals(d.output().id())))
                        .toList()),
                failure -> { });
    }

    /**
     * Merges a new output into the stored duplicate found for it: the stored output is kept and this researcher's
     * contribution (share, position, corresponding author) is added to it; representative works follow.
     */
    public void mergeWithDuplicate(OutputRowViewModel row) {
        if (row == null || row.form() == null || row.form().duplicates().isEmpty()) {
            return;
        }
        DuplicateOutput dup = row.form().duplicates().get(0);
        Contribution mine = row.form().myContribution();
        Output existing = dup.output();
        dup.credited().forEach(c -> names.put(c.id(), c.label()));
        OutputRowViewModel merged = outputs.stream().filter(r -> r.id().equals(existing.id())).findFirst()
                .orElse(null);
        if (merged == null) {
            merged = new OutputRowViewModel(messages, existing, myId());
            OutputRowViewModel target = merged;
            merged.attach(new OutputFormViewModel(messages, existing, myId(), names, () -> outputEdited(target)));
            boolean credited = existing.contributors().stream().anyMatch(c -> c.researcherId().equals(myId()));
            if (!credited) {
                double others = existing.contributors().stream().mapToDouble(Contribution::sharePercent).sum();
                double share = mine != null ? mine.sharePercent() : Math.max(0, 100 - others);
                merged.form().addContributor(myId(), names.getOrDefault(myId(), trim(nameZh.get())), share);
                ContributorRowViewModel added = merged.form().contributors()
                        .get(merged.form().contributors().size() - 1);
                if (mine != null) {
                    added.positionProperty().set(mine.authorPosition() > 0
                            ? Integer.toString(mine.authorPosition()) : "");
                    added.correspondingProperty().set(mine.corresponding());
                }
            }
            outputs.set(outputs.indexOf(row), merged);
            detached.remove(existing.id());
        } else {
            outputs.remove(row);
        }
        OutputRowViewModel target = merged;
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWorkRowViewModel w = works.get(i);
            if (w.output() == row) {
                works.set(i, new RepresentativeWorkRowViewModel(target, w.contributionProperty().get(),
                        w.relevanceProperty().get(), new FieldMessages(messages), this::worksEdited));
            }
        }
        renumberWorks();
        selectedOutput.set(merged);
        revalidate();
    }

    /**
     * Colleagues whose employee number, name or pinyin contains {@code text} (at most 20), for the contributor
     * field. Called off the FX thread by the completion popup; the directory is read once per editor.
     */
    public List<org.talentbench.service.Colleague> findColleagues(String text) {
        List<org.talentbench.service.Colleague> all = colleagues;
        if (all == null) {
            all = service.colleagues();
            colleagues = all;
        }
        String needle = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        List<org.talentbench.service.Colleague> found = new ArrayList<>();
        for (org.talentbench.service.Colleague c : all) {
            if (c.employeeNo().toLowerCase(Locale.ROOT).contains(needle) || c.nameZh().contains(needle)
                    || c.nameLatin().toLowerCase(Locale.ROOT).replace(" ", "").contains(needle)) {
                found.add(c);
                if (found.size() == 20) {
                    break;
                }
            }
        }
        return found;
    }

    // ----------------------------------------------------------------------------------------------- works

    /** Puts an output among the representative works (at the end), unless it is there already. */
    public void addWork(OutputRowViewModel row) {
        if (row == null || works.stream().anyMatch(w -> w.output() == row)) {
            return;
        }
        works.add(new RepresentativeWorkRowViewModel(row, "", "", new FieldMessages(messages), this::worksEdited));
        renumberWorks();
        revalidate();
    }

    public void removeWork(RepresentativeWorkRowViewModel row) {
        works.remove(row);
        renumberWorks();
        revalidate();
    }

    /** Moves a work from one position to another (0-based), as drag-and-drop and the keyboard do. */
    public void moveWork(int from, int to) {
        if (from < 0 || from >= works.size() || to < 0 || to >= works.size() || from == to) {
            return;
        }
        RepresentativeWorkRowViewModel w = works.remove(from);
        works.add(to, w);
        renumberWorks();
        revalidate();
    }

    private void renumberWorks() {
        for (int i = 0; i < works.size(); i++) {
            works.get(i).ordinal(i + 1);
        }
    }

    // ----------------------------------------------------------------------------------------------- breaks

    public CareerBreakRowViewModel addBreak() {
        CareerBreakRowViewModel row = new CareerBreakRowViewModel(null, breakKinds, new FieldMessages(messages),
                this::edited);
        breaks.add(row);
        revalidate();
        return row;
    }

    public void removeBreak(CareerBreakRowViewModel row) {
        breaks.remove(row);
        revalidate();
    }

    // ----------------------------------------------------------------------------------------------- saving

    /** Saves when there is something valid to save. */
    public void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        revalidate();
        if (!canSave.get()) {
            return;
        }
        List<OutputRowViewModel> fresh = outputs.stream().filter(r -> r.hasForm() && r.form().isNew()).toList();
        Map<OutputRowViewModel, Output> candidates = new HashMap<>();
        for (OutputRowViewModel r : fresh) {
            String key = r.form().identityKey();
            if (key != null && !r.form().duplicatesCheckedFor(key)) {
                candidates.put(r, r.form().build());
            }
        }
        busy.set(true);
        tasks.run(messages.get("output.duplicate.checking"), p -> {
            Map<OutputRowViewModel, List<DuplicateOutput>> found = new HashMap<>();
            for (Map.Entry<OutputRowViewModel, Output> e : candidates.entrySet()) {
                found.put(e.getKey(), service.findDuplicates(e.getValue()));
            }
            return found;
        }, found -> {
            busy.set(false);
            found.forEach((r, list) -> r.form().duplicatesFound(r.form().identityKey(), list));
            for (OutputRowViewModel r : fresh) {
                if (!outputs.contains(r) || r.form().duplicates().isEmpty() || r.form().duplicatesDeclined()) {
                    continue;
                }
                DuplicateOutput d = r.form().duplicates().get(0);
                int answer = dialogs.chooseAnswer(messages.get("output.duplicate.title"),
                        messages.get("output.duplicate.offer", r.titleProperty().get(), d.output().title(),
                                d.output().year(), String.join("、", d.credited().stream().map(c -> c.nameZh())
                                        .toList())),
                        List.of(messages.get("output.duplicate.merge"), messages.get("output.duplicate.keep"),
                                messages.get("output.duplicate.cancel")));
                if (answer == 0) {
                    mergeWithDuplicate(r);
                } else if (answer == 1) {
                    r.form().declineDuplicates();
                } else {
                    return;
                }
            }
            revalidate();
            if (canSave.get()) {
                write(edit(), then);
            }
        }, this::failed);
    }

    /** The edit as it would be saved now. */
    ProfileEdit edit() {
        List<Output> changed = new ArrayList<>();
        for (OutputRowViewModel r : outputs) {
            if (r.hasForm() && r.form().dirtyProperty().get()) {
                changed.add(r.form().build());
            }
        }
        boolean worksChanged = !worksKey().equals(baselineWorks);
        return new ProfileEdit(draft(), categoryChanged.get() ? changesFrom.get() : null, changed, detached,
                worksChanged ? worksDraft() : null);
    }

    private void write(ProfileEdit edit, Runnable then) {
        busy.set(true);
        canSave.set(false);
        statusMessage.set(messages.get("profile.saving"));
        tasks.run(messages.get("profile.saving"), p -> service.save(edit), saved -> {
            busy.set(false);
            apply(saved);
            statusMessage.set(messages.get("profile.saved"));
            onSaved.accept(saved.researcher().id());
            then.run();
        }, failure -> {
            busy.set(false);
            saveFailed(edit, failure, then);
        });
    }

    private void saveFailed(ProfileEdit edit, Throwable failure, Runnable then) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof ProfileValidationException)
                && !(t instanceof StaleRecordException)) {
            t = t.getCause();
        }
        if (t instanceof ProfileValidationException invalid) {
            serverViolations.clear();
            serverEmployeeNo = trim(employeeNo.get());
            serverViolations.addAll(invalid.violations().stream().filter(v -> !v.field().startsWith("outputs["))
                    .toList());
            revalidate();
            for (Violation v : invalid.violations()) {
                if (v.field().startsWith("outputs[") && v.blocking()) {
                    problems.add(FieldMessages.text(messages, v));
                }
            }
            statusMessage.set(messages.get("profile.notSaved"));
            canSave.set(false);
        } else if (t instanceof StaleRecordException) {
            resolveConflict(edit, then);
        } else {
            statusMessage.set(messages.get("profile.notSaved"));
            dialogs.showError(messages.get("profile.title"), UiMessages.describe(messages, failure));
            revalidate();
        }
    }

    private record Theirs(ResearcherProfile profile, Optional<ChangeLogEntry> last) {
    }

    /**
     * Someone saved first: shows both versions and lets the user keep their edit (saved again on top of the stored
     * version) or take the stored one (the edit is dropped). Nothing is overwritten without that choice.
     */
    private void resolveConflict(ProfileEdit mine, Runnable then) {
        ResearcherId id = mine.researcher().id();
        busy.set(true);
        tasks.run(messages.get("profile.loading"), p -> {
            ResearcherProfile stored = service.load(id);
            List<ChangeLogEntry> log = service.history(id);
            return new Theirs(stored, log.isEmpty() ? Optional.empty() : Optional.of(log.get(log.size() - 1)));
        }, theirs -> {
            busy.set(false);
            String by = theirs.last().map(e -> messages.get("profile.conflict.by", e.actor(),
                    historyRow(e).when())).orElse("");
            DialogService.VersionChoice choice = dialogs.chooseVersion(messages.get("profile.conflict.title"),
                    messages.get("profile.conflict.message", by), versionRows(mine, theirs.profile()),
                    messages.get("profile.conflict.keepMine"), messages.get("profile.conflict.takeTheirs"));
            if (choice == DialogService.VersionChoice.KEEP_MINE) {
                rebaseAndSave(mine, theirs.profile(), then);
            } else if (choice == DialogService.VersionChoice.TAKE_THEIRS) {
                apply(theirs.profile());
                statusMessage.set(messages.get("profile.tookTheirs"));
            } else {
                statusMessage.set(messages.get("profile.notSaved"));
                revalidate();
            }
        }, this::failed);
    }

    private void rebaseAndSave(ProfileEdit mine, ResearcherProfile theirs, Runnable then) {
        busy.set(true);
        tasks.run(messages.get("profile.saving"), p -> {
            Map<OutputId, Output> stored = new HashMap<>();
            theirs.outputs().forEach(o -> stored.put(o.id(), o));
            List<Output> rebased = new ArrayList<>();
            for (Output o : mine.outputs()) {
                if (o.id().isNew()) {
                    rebased.add(o);
                } else {
                    Optional<Output> now = Optional.ofNullable(stored.get(o.id())).or(() -> service.output(o.id()));
                    now.ifPresent(s -> rebased.add(o.withVersion(s.version())));
                }
            }
            return new ProfileEdit(mine.researcher().withVersion(theirs.researcher().version()), mine.changesFrom(),
                    rebased, mine.detached(), mine.works());
        }, edit -> {
            busy.set(false);
            write(edit, then);
        }, this::failed);
    }

    /** The fields in which my edit and the stored version differ, for the conflict dialog. */
    List<DialogService.VersionRow> versionRows(ProfileEdit mine, ResearcherProfile theirs) {
        List<DialogService.VersionRow> rows = new ArrayList<>();
        Researcher stored = theirs.researcher();
        Researcher edited = mine.researcher().withBreaksAndHistory(mine.researcher().breaks(), stored.history());
        for (FieldChange c : ChangeDiff.researcher(stored, edited)) {
            rows.add(new DialogService.VersionRow(fieldLabel(c.entity(), c.field()),
                    displayValue(c.field(), c.newValue()), displayValue(c.field(), c.oldValue())));
        }
        Map<OutputId, Output> theirOutputs = new HashMap<>();
        theirs.outputs().forEach(o -> theirOutputs.put(o.id(), o));
        for (Output o : mine.outputs()) {
            Output s = theirOutputs.get(o.id());
            if (s == null) {
                continue;
            }
            for (FieldChange c : ChangeDiff.output(s, o.withVersion(s.version()),
                    rid -> names.getOrDefault(rid, "#" + rid.value()))) {
                rows.add(new DialogService.VersionRow(o.title() + " · " + fieldLabel(c.entity(), c.field()),
                        displayValue(c.field(), c.newValue()), displayValue(c.field(), c.oldValue())));
            }
        }
        if (mine.works() != null) {
            Map<OutputId, String> titles = new HashMap<>();
            outputs.forEach(r -> titles.put(r.id(), r.titleProperty().get()));
            theirs.outputs().forEach(o -> titles.putIfAbsent(o.id(), o.title()));
            for (FieldChange c : ChangeDiff.representativeWorks(stored.id(), 0, theirs.works(), mine.works(),
                    w -> titles.getOrDefault(w.outputId(), "#" + w.outputId().value()))) {
                rows.add(new DialogService.VersionRow(fieldLabel(c.entity(), c.field()),
                        displayValue(c.field(), c.newValue()), displayValue(c.field(), c.oldValue())));
            }
        }
        return rows;
    }

    // ----------------------------------------------------------------------------------------------- closing

    /**
     * The window asks to close: closes at once when nothing is unsaved; otherwise asks to save, discard or stay.
     */
    public void requestClose() {
        revalidate();
        if (!dirty.get()) {
            closer.run();
            return;
        }
        int answer = dialogs.chooseAnswer(messages.get("profile.unsaved.title"),
                messages.get("profile.unsaved.message", displayName()),
                List.of(messages.get("profile.unsaved.save"), messages.get("profile.unsaved.discard"),
                        messages.get("profile.unsaved.cancel")));
        if (answer == 0) {
            if (canSave.get()) {
                save(closer);
            } else {
                statusMessage.set(messages.get("profile.cannotSave"));
            }
        } else if (answer == 1) {
            closer.run();
        }
    }

    private String displayName() {
        String n = trim(nameZh.get());
        return n.isEmpty() ? messages.get("profile.newResearcher") : n;
    }

    private void updateTitle() {
        String base = loaded == null || loaded.researcher().id().isNew() && trim(nameZh.get()).isEmpty()
                ? messages.get("profile.newResearcher")
                : displayName() + (trim(employeeNo.get()).isEmpty() ? "" : " (" + trim(employeeNo.get()) + ")");
        windowTitle.set((dirty.get() ? "* " : "") + base + " — " + messages.get("profile.title"));
    }

    public void onSaved(Consumer<ResearcherId> listener) {
        this.onSaved = listener;
    }

    /** What closes the window (set by the view). */
    public void setCloser(Runnable closer) {
        this.closer = closer;
    }

    /** The researcher being edited ({@code ResearcherId.NEW} until a new profile is saved). */
    public ResearcherId researcherId() {
        return myId();
    }

    // ----------------------------------------------------------------------------------------------- accessors

    public Messages messages() {
        return messages;
    }

    public FieldMessages fieldMessages() {
        return fieldMessages;
    }

    public StringProperty employeeNoProperty() {
        return employeeNo;
    }

    public StringProperty nameZhProperty() {
        return nameZh;
    }

    public StringProperty nameLatinProperty() {
        return nameLatin;
    }

    public ObjectProperty<Choice> genderProperty() {
        return gender;
    }

    public ObjectProperty<LocalDate> birthDateProperty() {
        return birthDate;
    }

    public ObjectProperty<Choice> degreeProperty() {
        return degree;
    }

    public ObjectProperty<LocalDate> degreeDateProperty() {
        return degreeDate;
    }

    public ObjectProperty<LocalDate> hireDateProperty() {
        return hireDate;
    }

    public ObjectProperty<Choice> departmentProperty() {
        return department;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty disciplineProperty() {
        return discipline;
    }

    public ObjectProperty<Choice> categoryProperty() {
        return category;
    }

    public ObjectProperty<LocalDate> changesFromProperty() {
        return changesFrom;
    }

    public ObservableList<String> talentTags() {
        return talentTags;
    }

    public StringProperty techTagsProperty() {
        return techTags;
    }

    public StringProperty orcidProperty() {
        return orcid;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<Choice> statusProperty() {
        return status;
    }

    public ObservableList<Choice> genders() {
        return genders;
    }

    public ObservableList<Choice> degrees() {
        return degrees;
    }

    public ObservableList<Choice> departments() {
        return departments;
    }

    public ObservableList<Choice> categories() {
        return categories;
    }

    public ObservableList<Choice> statuses() {
        return statuses;
    }

    public ObservableList<Choice> talentTagChoices() {
        return talentTagChoices;
    }

    public ObservableList<Choice> breakKinds() {
        return breakKinds;
    }

    public ObservableList<String> titles() {
        return titles;
    }

    public ObservableList<String> disciplines() {
        return disciplines;
    }

    public ObservableList<OutputRowViewModel> outputs() {
        return FXCollections.unmodifiableObservableList(outputs);
    }

    public ObservableList<OutputRowViewModel> visibleOutputs() {
        return visibleOutputs;
    }

    public StringProperty outputFilterProperty() {
        return outputFilter;
    }

    public ObjectProperty<OutputRowViewModel> selectedOutputProperty() {
        return selectedOutput;
    }

    public ObservableList<RepresentativeWorkRowViewModel> works() {
        return works;
    }

    public ObservableList<CareerBreakRowViewModel> breaks() {
        return breaks;
    }

    public ObservableList<HistoryRowViewModel> history() {
        return history;
    }

    public ObservableList<String> assignments() {
        return assignments;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<FieldMessage> worksProblems() {
        return worksProblems;
    }

    public ReadOnlyStringProperty worksSummaryProperty() {
        return worksSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty categoryChangedProperty() {
        return categoryChanged.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }
}
