package org.talentbench.app.keytech;

import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.i18n.Messages;
import org.talentbench.service.Workspace;

/**
 * State of the Key technologies screen (关键核心技术): the technology list with its history, the talent map, the
 * tagging suggestions and the open-call candidate finder, each a tab with its own view model. Nothing is read until
 * the screen is first shown ({@link #activate()}); a new workspace resets every tab.
 */
public final class KeyTechnologiesViewModel {
    private final TechListViewModel list;
    private final TalentMapViewModel map;
    private final TagSuggestionsViewModel suggestions;
    private final CandidateFinderViewModel finder;
    private Workspace workspace;
    private boolean active;

    public KeyTechnologiesViewModel(Messages messages, TaskRunner tasks, DialogService dialogs) {
        this.list = new TechListViewModel(messages, tasks, dialogs);
        this.map = new TalentMapViewModel(messages, tasks, dialogs);
        this.suggestions = new TagSuggestionsViewModel(messages, tasks, dialogs);
        this.finder = new CandidateFinderViewModel(messages, tasks, dialogs);
        list.listProperty().addListener((o, a, b) -> {
            java.time.LocalDate date = workspace == null ? null : workspace.technologies().today();
            suggestions.setList(b, date);
            finder.setList(b, date);
        });
    }

    /** The open workspace (null when none): every tab starts over, and reloads if the screen is showing. */
    public void setWorkspace(Workspace newWorkspace) {
        this.workspace = newWorkspace;
        if (active) {
            load();
        }
    }

    /** The screen is shown: read the list and compute the map, once per workspace. */
    public void activate() {
        if (!active) {
            active = true;
            load();
        }
    }

    private void load() {
        Workspace w = workspace;
        list.setService(w == null ? null : w.technologies());
        map.setServices(w == null ? null : w.technologies(), w == null ? null : w.technologyExports());
        suggestions.setService(w == null ? null : w.technologies());
        finder.setServices(w == null ? null : w.technologies(), w == null ? null : w.technologyExports());
        if (w != null) {
            map.refresh();
        }
    }

    public TechListViewModel list() {
        return list;
    }

    public TalentMapViewModel map() {
        return map;
    }

    public TagSuggestionsViewModel suggestions() {
        return suggestions;
    }

    public CandidateFinderViewModel finder() {
        return finder;
    }
}
