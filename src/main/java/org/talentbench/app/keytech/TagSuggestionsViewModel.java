package org.talentbench.app.keytech;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.tech.PendingSuggestion;
import org.talentbench.core.tech.TagSubject;
import org.talentbench.core.tech.Technology;
import org.talentbench.core.tech.TechnologyList;
import org.talentbench.i18n.Messages;
import org.talentbench.i18n.TechTexts;
import org.talentbench.service.TechnologyService;

/**
 * State of the tagging tab: the suggestions waiting for a decision — technologies for outputs (from their titles,
 * keywords and venues) or for profiles (from the person's outputs) — filtered by technology, and the accept and
 * reject commands for the selected rows. A decided suggestion leaves the list; a rejected one never comes back.
 */
public final class TagSuggestionsViewModel {
    /** How many suggestions one page shows. */
    public static final int LIMIT = 300;

    /** One pending suggestion, with what a person needs to judge it. */
    public record SuggestionRow(PendingSuggestion suggestion, String subject, String detail, String technology,
                                String score, String evidence) {
    }

    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(false);
    private final Messages m;
    private final TechTexts t;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private TechnologyService service;
    private final Map<String, String> techNames = new HashMap<>();

    private final ObservableList<Choice> modes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> mode = new SimpleObjectProperty<>();
    private final ObservableList<Choice> technologies = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> technology = new SimpleObjectProperty<>();
    private final ObservableList<SuggestionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public TagSuggestionsViewModel(Messages messages, TaskRunner tasks, DialogService dialogs) {
        this.m = messages;
        this.t = new TechTexts(messages);
        this.tasks = tasks;
        this.dialogs = dialogs;
        modes.add(new Choice(TagSubject.OUTPUT.name(), m.get("keytech.ui.mode.outputs")));
        modes.add(new Choice(TagSubject.RESEARCHER.name(), m.get("keytech.ui.mode.profiles")));
        mode.set(modes.get(0));
        Choice all = new Choice(null, m.get("keytech.ui.allTechnologies"));
        technologies.add(all);
        technology.set(all);
    }

    /**
     * Whether the session may change tags and the list (decision 0090): the screen greys its commands out otherwise;
     * the service refuses by itself.
     */
    public ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit.getReadOnlyProperty();
    }

    public void setService(TechnologyService newService) {
        this.service = newService;
        mayEdit.set(newService != null && newService.mayEdit());
        rows.clear();
        summary.set("");
    }

    /** The technology filter follows the list. */
    public void setList(TechnologyList list, java.time.LocalDate date) {
        Choice keep = technology.get();
        technologies.setAll(technologies.get(0));
        techNames.clear();
        if (list != null) {
            for (Technology x : list.asOf(date).active()) {
                technologies.add(new Choice(x.code(), t.name(x)));
            }
            for (Technology x : list.asOf(date).all()) {
                techNames.put(x.code(), t.name(x));
            }
        }
        technology.set(technologies.stream().filter(c -> java.util.Objects.equals(c.value(), keep.value()))
                .findFirst().orElse(technologies.get(0)));
    }

    /** Reads the pending suggestions for the chosen mode and technology. */
    public void load() {
        if (service == null) {
            return;
        }
        TechnologyService s = service;
        String code = technology.get() == null ? null : technology.get().value();
        boolean outputs = TagSubject.OUTPUT.name().equals(mode.get().value());
        busy.set(true);
        tasks.run(m.get("keytech.ui.loadingSuggestions"), p -> {
            List<PendingSuggestion> list = outputs ? s.pendingOutputSuggestions(code, LIMIT)
                    : s.pendingResearcherSuggestions(code, LIMIT);
            Map<ResearcherId, String> names = outputs ? Map.of() : s.researcherLabels();
            return new Loaded(list, names);
        }, this::show, this::fail);
    }

    private record Loaded(List<PendingSuggestion> list, Map<ResearcherId, String> names) {
    }

    private void show(Loaded loaded) {
        busy.set(false);
        List<SuggestionRow> out = new ArrayList<>();
        for (PendingSuggestion p : loaded.list()) {
            String tech = techNames.getOrDefault(p.code(), p.code());
            if (p.subject() == TagSubject.OUTPUT) {
                out.add(new SuggestionRow(p, p.output().title(), p.output().date() + " · "
                        + t.kind(p.output().kind()) + (p.output().venue().isBlank() ? "" : " · " + p.output().venue()),
                        tech, TechTexts.number(p.suggestion().score()),
                        String.join(t.separator(), p.suggestion().terms())));
            } else {
                out.add(new SuggestionRow(p, loaded.names().getOrDefault(p.researcherId(), ""),
                        m.get("keytech.ui.supportingOutputs", p.outputs()), tech, String.valueOf(p.outputs()),
                        String.join("\n", p.supporting())));
            }
        }
        rows.setAll(out);
        if (out.size() >= LIMIT) {
            summary.set(m.get("keytech.ui.suggestionsMore", out.size()));
        } else {
            summary.set(m.get("keytech.ui.suggestionsCount", out.size()));
        }
    }

    private void fail(Throwable failure) {
        busy.set(false);
        dialogs.showError(m.get("keytech.ui.title"), UiMessages.describe(m, failure));
    }

    public void accept(List<SuggestionRow> chosen) {
        decide(chosen, true);
    }

    public void reject(List<SuggestionRow> chosen) {
        decide(chosen, false);
    }

    private void decide(List<SuggestionRow> chosen, boolean accept) {
        if (service == null || chosen.isEmpty()) {
            return;
        }
        TechnologyService s = service;
        List<PendingSuggestion> list = chosen.stream().map(SuggestionRow::suggestion).toList();
        busy.set(true);
        tasks.run(m.get("keytech.ui.recording"), p -> {
            for (PendingSuggestion x : list) {
                if (accept) {
                    s.accept(x);
                } else {
                    s.reject(x);
                }
            }
            return list.size();
        }, n -> {
            busy.set(false);
            load();
        }, this::fail);
    }

    public ObservableList<Choice> modes() {
        return modes;
    }

    public ObjectProperty<Choice> modeProperty() {
        return mode;
    }

    public ObservableList<Choice> technologies() {
        return technologies;
    }

    public ObjectProperty<Choice> technologyProperty() {
        return technology;
    }

    public ObservableList<SuggestionRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
