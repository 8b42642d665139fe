package org.talentbench.app.committee;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.UiMessages;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.ReviewAssignment;
import org.talentbench.core.committee.Role;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.AccountSummary;
import org.talentbench.service.AutoAssignment;
import org.talentbench.service.ConflictRow;
import org.talentbench.service.ResearcherSummary;
import org.talentbench.service.RoundSummary;
import org.talentbench.service.Workspace;

/**
 * The panels screen's state: the panels of a round (created from the round's ranked list, one per cohort), the
 * members of the chosen panel, its reviewer assignments (by hand, in bulk for one reviewer, or automatic) and the
 * round's conflicts of interest with the chair's override. Every command goes through the committee services with
 * the signed-in principal, which check the role and recompute conflicts; this screen only shows their answers. Runs
 * on the FX thread; the calls are short.
 */
public final class PanelsViewModel {
    private final Messages messages;
    private final DialogService dialogs;
    private final ObjectProperty<Principal> principal = new SimpleObjectProperty<>();
    private Workspace workspace;

    private final ObservableList<Choice> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> round = new SimpleObjectProperty<>();
    private final ObservableList<Choice> panels = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> panel = new SimpleObjectProperty<>();
    private final ObservableList<PanelRows.Member> members = FXCollections.observableArrayList();
    private final ObservableList<PanelRows.Assignment> assignments = FXCollections.observableArrayList();
    private final ObjectProperty<PanelRows.Assignment> selectedAssignment = new SimpleObjectProperty<>();
    private final ObservableList<PanelRows.Conflict> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<PanelRows.Conflict> selectedConflict = new SimpleObjectProperty<>();
    private final ObservableList<Choice> reviewers = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> reviewer = new SimpleObjectProperty<>();
    private final ObservableList<Choice> people = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> person = new SimpleObjectProperty<>();
    private final IntegerProperty perPerson = new SimpleIntegerProperty(0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roundPrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper membersEmpty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper assignmentsEmpty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conflictsEmpty = new ReadOnlyStringWrapper("");
    private List<RoundSummary> roundSummaries = List.of();
    private Map<Long, String> personNames = Map.of();
    private Map<Long, String> employeeNos = Map.of();

    public PanelsViewModel(Messages messages, DialogService dialogs, ObservableValue<Principal> session) {
        this.messages = messages;
        this.dialogs = dialogs;
        principal.bind(session);
        principal.addListener((o, a, b) -> refreshRounds());
        round.addListener((o, a, b) -> refreshPanels());
        panel.addListener((o, a, b) -> refreshPanel());
        updateEmptyTexts();
    }

    public void load(Workspace ws) {
        this.workspace = ws;
        refreshRounds();
    }

    public void clear() {
        workspace = null;
        rounds.clear();
        panels.clear();
        members.clear();
        assignments.clear();
        conflicts.clear();
        roundSummaries = List.of();
        updateEmptyTexts();
    }

    private boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("panels.title"), UiMessages.describe(messages, e));
            return false;
        }
    }

    private boolean ready() {
        return workspace != null && principal.get() != null;
    }

    private void refreshRounds() {
        rounds.clear();
        roundSummaries = List.of();
        if (!ready()) {
            panels.clear();
            members.clear();
            assignments.clear();
            conflicts.clear();
            updateEmptyTexts();
            return;
        }
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> numbers = new HashMap<>();
        for (ResearcherSummary r : workspace.researchers().list()) {
            names.put(r.id().value(), r.nameZh());
            numbers.put(r.id().value(), r.employeeNo());
        }
        personNames = names;
        employeeNos = numbers;
        roundSummaries = workspace.rounds().list();
        for (RoundSummary r : roundSummaries) {
            rounds.add(new Choice(Long.toString(r.id()), r.name()));
        }
        round.set(rounds.isEmpty() ? null : rounds.get(0));
        refreshPanels();
    }

    private void refreshPanels() {
        Choice keep = panel.get();
        panels.clear();
        if (!ready() || round.get() == null) {
            refreshPanel();
            return;
        }
        attempt(() -> {
            for (Panel p : workspace.committee().panels(principal.get(), roundId())) {
                panels.add(new Choice(Long.toString(p.id()), messages.get("panels.panelLabel", p.name(), p.cohort(),
                        p.people().size(), p.members().size())));
            }
        });
        panel.set(panels.stream().filter(c -> keep != null && c.value().equals(keep.value())).findFirst()
                .orElse(panels.isEmpty() ? null : panels.get(0)));
        refreshPanel();
    }

    /** Reloads members, assignments and conflicts of the chosen panel. */
    public void refreshPanel() {
        Choice keepReviewer = reviewer.get();
        Choice keepPerson = person.get();
        members.clear();
        assignments.clear();
        conflicts.clear();
        reviewers.clear();
        people.clear();
        summary.set("");
        updateEmptyTexts();
        if (!ready()) {
            return;
        }
        Map<Long, AccountSummary> accounts = new HashMap<>();
        if (mayManage()) {
            attempt(() -> workspace.accounts().list(principal.get()).forEach(a -> accounts.put(a.id().value(), a)));
        }
        if (panel.get() == null) {
            accounts.values().stream().filter(a -> a.active() && a.role() != Role.ADMIN)
                    .sorted(java.util.Comparator.comparing(AccountSummary::login))
                    .forEach(a -> members.add(member(a, false)));
            return;
        }
        attempt(() -> {
            Panel p = workspace.committee().panel(principal.get(), panelId());
            accounts.values().stream().filter(a -> a.active() && a.role() != Role.ADMIN)
                    .sorted(java.util.Comparator.comparing(AccountSummary::login))
                    .forEach(a -> members.add(member(a, p.hasMember(a.id()))));
            for (AccountSummary a : accounts.values()) {
                if (p.hasMember(a.id()) && a.role().reviews() && a.active()) {
                    reviewers.add(new Choice(Long.toString(a.id().value()), a.displayName()));
                }
            }
            reviewers.sort(java.util.Comparator.comparing(Choice::label));
            for (RankedScore s : p.people()) {
                people.add(new Choice(Long.toString(s.person().value()), personLabel(s.person().value())));
            }
            for (ReviewAssignment a : workspace.committee().assignments(principal.get(), p.id())) {
                AccountSummary r = accounts.get(a.reviewer().value());
                assignments.add(new PanelRows.Assignment(a.reviewer().value(),
                        r != null ? r.displayName() : a.reviewer().equals(principal.get().id())
                                ? principal.get().displayName() : Long.toString(a.reviewer().value()),
                        a.person().value(),
                        employeeNos.getOrDefault(a.person().value(), ""),
                        personNames.getOrDefault(a.person().value(), "")));
            }
            Set<Long> inPanel = p.people().stream().map(s -> s.person().value()).collect(Collectors.toSet());
            for (ConflictRow c : workspace.committee().conflicts(principal.get(), p.roundId())) {
                if (p.hasMember(c.reviewer()) && inPanel.contains(c.person().value())) {
                    String reasons = c.reasons().stream().map(r -> messages.get("conflict.kind." + r.kind().name())
                            + (r.note() == null || r.note().isBlank() ? "" : " (" + r.note() + ")"))
                            .collect(Collectors.joining("; "));
                    String override = c.override() == null ? ""
                            : messages.get("panels.overridden", c.override().reason());
                    conflicts.add(new PanelRows.Conflict(c.reviewer().value(), c.reviewerName(), c.person().value(),
                            c.employeeNo(), c.personName(), reasons, override, c.barring()));
                }
            }
            summary.set(messages.get("panels.summary", p.people().size(), p.members().size(), assignments.size(),
                    conflicts.stream().filter(PanelRows.Conflict::barring).count()));
        });
        reviewer.set(keep(reviewers, keepReviewer));
        person.set(keep(people, keepPerson));
    }

    /**
     * Why each table is empty and what to do: first whatever keeps the screen from having a panel (see
     * {@link CommitteeEmptyTexts}); with a panel, what fills each table. Members are listed only for the HR
     * administrator and chairs, and only accounts other than administrators can sit on a panel.
     */
    private void updateEmptyTexts() {
        roundPrompt.set(CommitteeEmptyTexts.roundPrompt(messages, workspace, principal.get()));
        String noPanel = CommitteeEmptyTexts.noPanel(messages, workspace, principal.get(), roundSummaries,
                round.get(), panel.get(), true);
        if (!ready()) {
            membersEmpty.set(noPanel);
        } else if (!mayManage()) {
            membersEmpty.set(messages.get("empty.panels.members.notManager"));
        } else {
            membersEmpty.set(messages.get("empty.panels.members.noAccounts"));
        }
        if (noPanel != null) {
            assignmentsEmpty.set(noPanel);
            conflictsEmpty.set(messages.get("empty.panels.conflicts.noPanel"));
        } else {
            assignmentsEmpty.set(messages.get("empty.panels.assignments"));
            conflictsEmpty.set(messages.get("empty.panels.conflicts"));
        }
    }

    /** The choice with the same value as {@code previous}, else the first, else null. */
    private static Choice keep(List<Choice> choices, Choice previous) {
        return choices.stream().filter(c -> previous != null && c.value().equals(previous.value())).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
    }

    private PanelRows.Member member(AccountSummary a, boolean on) {
        return new PanelRows.Member(a.id().value(), a.login(), a.displayName(), messages.get("role." + a.role().name()),
                a.role().reviews(), on);
    }

    private String personLabel(long id) {
        return employeeNos.getOrDefault(id, "") + " " + personNames.getOrDefault(id, "");
    }

    private boolean mayManage() {
        Principal who = principal.get();
        return who != null && (who.is(Role.ADMIN) || who.is(Role.CHAIR));
    }

    private long roundId() {
        return Long.parseLong(round.get().value());
    }

    private long panelId() {
        return Long.parseLong(panel.get().value());
    }

    private Set<AccountId> chosenMembers() {
        Set<AccountId> ids = new LinkedHashSet<>();
        members.stream().filter(m -> m.onPanel().get()).forEach(m -> ids.add(new AccountId(m.accountId())));
        return ids;
    }

    /**
     * Creates one panel per cohort of the round's latest ranked list that has none yet, with the ticked accounts as
     * members (all active chairs and members when none is ticked or no panel exists yet).
     */
    public void createPanelsFromRanking() {
        if (!ready() || round.get() == null) {
            return;
        }
        Set<AccountId> chosen = chosenMembers();
        if (chosen.isEmpty() && mayManage()) {
            List<AccountSummary> all = new ArrayList<>();
            attempt(() -> all.addAll(workspace.accounts().list(principal.get())));
            all.stream().filter(a -> a.active() && a.role().reviews()).forEach(a -> chosen.add(a.id()));
        }
        List<Panel> created = new ArrayList<>();
        if (attempt(() -> created.addAll(workspace.committee().panelsFromRanking(principal.get(), roundId(),
                chosen)))) {
            dialogs.showInformation(messages.get("panels.title"), created.isEmpty()
                    ? messages.get("panels.created.none") : messages.get("panels.created", created.size()));
        }
        refreshPanels();
    }

    /** Saves the ticked accounts as the chosen panel's members. */
    public void saveMembers() {
        if (ready() && panel.get() != null) {
            attempt(() -> workspace.committee().setMembers(principal.get(), panelId(), chosenMembers()));
            refreshPanels();
        }
    }

    /** Assigns the chosen reviewer to the chosen person. */
    public void assignOne() {
        if (ready() && panel.get() != null && reviewer.get() != null && person.get() != null) {
            attempt(() -> workspace.committee().assign(principal.get(), panelId(), List.of(new ReviewAssignment(
                    panelId(), new AccountId(Long.parseLong(reviewer.get().value())),
                    new ResearcherId(Long.parseLong(person.get().value())))), false));
            refreshPanel();
        }
    }

    /**
     * Assigns the chosen reviewer, in one go, to every person of the panel they are not yet assigned to and have no
     * barring conflict with; the conflicted ones are named in a message.
     */
    public void assignReviewerToAll() {
        if (!ready() || panel.get() == null || reviewer.get() == null) {
            return;
        }
        long rid = Long.parseLong(reviewer.get().value());
        Set<Long> barred = conflicts.stream().filter(c -> c.reviewerId() == rid && c.barring())
                .map(PanelRows.Conflict::personId).collect(Collectors.toSet());
        Set<Long> already = assignments.stream().filter(a -> a.reviewerId() == rid)
                .map(PanelRows.Assignment::personId).collect(Collectors.toSet());
        List<ReviewAssignment> pairs = new ArrayList<>();
        for (Choice c : people) {
            long pid = Long.parseLong(c.value());
            if (!barred.contains(pid) && !already.contains(pid)) {
                pairs.add(new ReviewAssignment(panelId(), new AccountId(rid), new ResearcherId(pid)));
            }
        }
        if (pairs.isEmpty()) {
            dialogs.showInformation(messages.get("panels.title"), messages.get("panels.bulk.nothing"));
            return;
        }
        if (attempt(() -> workspace.committee().assign(principal.get(), panelId(), pairs, true))) {
            dialogs.showInformation(messages.get("panels.title"),
                    messages.get("panels.bulk.done", pairs.size(), barred.size()));
        }
        refreshPanel();
    }

    /** Automatic assignment: balanced load, same discipline first, never a conflicted reviewer. */
    public void autoAssign() {
        if (!ready() || panel.get() == null) {
            return;
        }
        AutoAssignment[] result = new AutoAssignment[1];
        if (attempt(() -> result[0] = workspace.committee().autoAssign(principal.get(), panelId(), perPerson.get()))) {
            String shortOf = result[0].shortOfReviewers().stream().map(id -> personLabel(id.value()))
                    .collect(Collectors.joining(", "));
            dialogs.showInformation(messages.get("panels.title"), result[0].shortOfReviewers().isEmpty()
                    ? messages.get("panels.auto.done", result[0].added().size())
                    : messages.get("panels.auto.short", result[0].added().size(), shortOf));
        }
        refreshPanel();
    }

    public void unassign() {
        PanelRows.Assignment a = selectedAssignment.get();
        if (ready() && a != null && panel.get() != null) {
            attempt(() -> workspace.committee().unassign(principal.get(), new ReviewAssignment(panelId(),
                    new AccountId(a.reviewerId()), new ResearcherId(a.personId()))));
            refreshPanel();
        }
    }

    /** The chair lifts the selected conflict for this round; the reason is asked for and required. */
    public void overrideConflict() {
        PanelRows.Conflict c = selectedConflict.get();
        if (!ready() || c == null || round.get() == null) {
            return;
        }
        dialogs.askText(messages.get("panels.override.title"),
                messages.get("panels.override.prompt", c.reviewer(), c.person()), "").ifPresent(reason ->
                attempt(() -> workspace.committee().overrideConflict(principal.get(), roundId(),
                        new AccountId(c.reviewerId()), new ResearcherId(c.personId()), reason)));
        refreshPanel();
    }

    public BooleanBinding canManage() {
        return Bindings.createBooleanBinding(this::mayManage, principal);
    }

    public ObservableList<Choice> rounds() {
        return rounds;
    }

    public ObjectProperty<Choice> roundProperty() {
        return round;
    }

    public ObservableList<Choice> panels() {
        return panels;
    }

    public ObjectProperty<Choice> panelProperty() {
        return panel;
    }

    public ObservableList<PanelRows.Member> members() {
        return members;
    }

    public ObservableList<PanelRows.Assignment> assignments() {
        return assignments;
    }

    public ObjectProperty<PanelRows.Assignment> selectedAssignmentProperty() {
        return selectedAssignment;
    }

    public ObservableList<PanelRows.Conflict> conflicts() {
        return conflicts;
    }

    public ObjectProperty<PanelRows.Conflict> selectedConflictProperty() {
        return selectedConflict;
    }

    public ObservableList<Choice> reviewers() {
        return reviewers;
    }

    public ObjectProperty<Choice> reviewerProperty() {
        return reviewer;
    }

    public ObservableList<Choice> people() {
        return people;
    }

    public ObjectProperty<Choice> personProperty() {
        return person;
    }

    public IntegerProperty perPersonProperty() {
        return perPerson;
    }

    /** The round box's prompt when it has nothing to choose from. */
    public ReadOnlyStringProperty roundPromptProperty() {
        return roundPrompt.getReadOnlyProperty();
    }

    /** Why the members table is empty and what to do (its placeholder). */
    public ReadOnlyStringProperty membersEmptyProperty() {
        return membersEmpty.getReadOnlyProperty();
    }

    /** Why the assignments table is empty and what to do (its placeholder). */
    public ReadOnlyStringProperty assignmentsEmptyProperty() {
        return assignmentsEmpty.getReadOnlyProperty();
    }

    /** Why the conflicts table is empty (its placeholder). */
    public ReadOnlyStringProperty conflictsEmptyProperty() {
        return conflictsEmpty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
