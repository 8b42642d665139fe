package org.talentbench.app.committee;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.UiMessages;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.committee.BallotStatus;
import org.talentbench.core.committee.Objection;
import org.talentbench.core.committee.ObjectionOutcome;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.QuotaArithmetic;
import org.talentbench.core.committee.ReviewCriterion;
import org.talentbench.core.committee.ReviewForm;
import org.talentbench.core.committee.VoteChoice;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.AgendaItem;
import org.talentbench.service.BallotView;
import org.talentbench.service.QuotaStatus;
import org.talentbench.service.RoundSummary;
import org.talentbench.service.Workspace;

/**
 * The committee screen's state for the application's signed-in account (the main window's session): the panels of
 * the chosen round, the meeting agenda, the signed-in reviewer's form for the selected case, the ballot on it, and
 * the quotas and finalisation of the round. Every action goes through the committee services with the signed-in principal, so
 * whatever a role may not do is refused there, not here. Runs on the FX thread; the calls are short.
 */
public final class CommitteeViewModel {
    private final Messages messages;
    private final DialogService dialogs;
    private Workspace workspace;

    private final ObjectProperty<Principal> principal = new SimpleObjectProperty<>();

    private final ObservableList<Choice> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> round = new SimpleObjectProperty<>();
    private final ObservableList<Choice> panels = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> panel = new SimpleObjectProperty<>();
    private final ObservableList<AgendaRow> agenda = FXCollections.observableArrayList();
    private final ObjectProperty<AgendaRow> selected = new SimpleObjectProperty<>();

    private final Map<ReviewCriterion, IntegerProperty> scores = new EnumMap<>(ReviewCriterion.class);
    private final IntegerProperty confidence = new SimpleIntegerProperty(3);
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formText = new ReadOnlyStringWrapper("");
    private final BooleanProperty formEditable = new SimpleBooleanProperty(false);
    private ReviewForm form;

    private final ObservableList<Choice> grades = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> grade = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper ballotText = new ReadOnlyStringWrapper("");
    private BallotView ballot;
    private final ReadOnlyStringWrapper quotaText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lockText = new ReadOnlyStringWrapper("");
    private final StringProperty publicityStart = new SimpleStringProperty(LocalDate.now().toString());
    private final ObservableList<Choice> objections = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> objection = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper roundPrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper agendaEmpty = new ReadOnlyStringWrapper("");
    private List<RoundSummary> roundSummaries = List.of();

    /**
     * @param session the application's signed-in account (the main window's session); this screen never signs in
     *                by itself
     */
    public CommitteeViewModel(Messages messages, DialogService dialogs,
                              javafx.beans.value.ObservableValue<Principal> session) {
        this.messages = messages;
        this.dialogs = dialogs;
        for (ReviewCriterion c : ReviewCriterion.values()) {
            scores.put(c, new SimpleIntegerProperty(5));
        }
        for (AppraisalGrade g : AppraisalGrade.values()) {
            grades.add(new Choice(g.name(), messages.get("appraisal.grade." + g.name())));
        }
        grade.set(grades.get(0));
        principal.bind(session);
        principal.addListener((o, a, b) -> refreshRounds());
        round.addListener((o, a, b) -> refreshPanels());
        panel.addListener((o, a, b) -> refreshAgenda());
        selected.addListener((o, a, b) -> refreshCase());
        updateEmptyTexts();
    }

    /** Shows a workspace's rounds and panels to the signed-in account. */
    public void load(Workspace ws) {
        this.workspace = ws;
        refreshRounds();
    }

    public void clear() {
        workspace = null;
        rounds.clear();
        panels.clear();
        agenda.clear();
        roundSummaries = List.of();
        updateEmptyTexts();
    }

    private boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("committee.title"), UiMessages.describe(messages, e));
            return false;
        }
    }

    private void refreshRounds() {
        rounds.clear();
        panels.clear();
        agenda.clear();
        roundSummaries = List.of();
        if (workspace == null || principal.get() == null) {
            updateEmptyTexts();
            return;
        }
        roundSummaries = workspace.rounds().list();
        for (RoundSummary r : roundSummaries) {
            rounds.add(new Choice(Long.toString(r.id()), r.name()));
        }
        round.set(rounds.isEmpty() ? null : rounds.get(0));
        refreshPanels();
        updateEmptyTexts();
    }

    private void refreshPanels() {
        panels.clear();
        if (workspace == null || principal.get() == null || round.get() == null) {
            updateEmptyTexts();
            return;
        }
        attempt(() -> {
            for (Panel p : workspace.committee().panels(principal.get(), Long.parseLong(round.get().value()))) {
                panels.add(new Choice(Long.toString(p.id()), p.name()));
            }
        });
        panel.set(panels.isEmpty() ? null : panels.get(0));
        refreshQuotas();
        updateEmptyTexts();
    }

    /** Why the agenda is empty and what to do, from the first thing missing (see {@link CommitteeEmptyTexts}). */
    private void updateEmptyTexts() {
        roundPrompt.set(CommitteeEmptyTexts.roundPrompt(messages, workspace, principal.get()));
        String why = CommitteeEmptyTexts.noPanel(messages, workspace, principal.get(), roundSummaries, round.get(),
                panel.get(), false);
        agendaEmpty.set(why != null ? why : messages.get("empty.committee.noAgenda"));
    }

    /** Reloads the agenda of the chosen panel, keeping the selected case. */
    public void refreshAgenda() {
        AgendaRow keep = selected.get();
        agenda.clear();
        updateEmptyTexts();
        if (workspace == null || principal.get() == null || panel.get() == null) {
            return;
        }
        attempt(() -> {
            for (AgendaItem a : workspace.calibration().agenda(principal.get(), panelId())) {
                agenda.add(new AgendaRow(a.discussion().person().value(), a.discussion().position(), a.employeeNo(),
                        a.name(), a.discussion().rank() == null ? "" : a.discussion().rank().toString(),
                        gradeLabel(a.proposal() == null ? null : a.proposal().proposed()), gradeLabel(a.decided()),
                        a.review() == null ? "" : String.format(Locale.ROOT, "%.2f", a.review().score()),
                        messages.get("discussion.reason." + a.discussion().reason().name()), a.discussed(),
                        a.barred()));
            }
        });
        if (keep != null) {
            agenda.stream().filter(r -> r.personId() == keep.personId()).findFirst().ifPresent(selected::set);
        }
        refreshQuotas();
    }

    private String gradeLabel(AppraisalGrade g) {
        return g == null ? "" : messages.get("appraisal.grade." + g.name());
    }

    private long panelId() {
        return Long.parseLong(panel.get().value());
    }

    private long roundId() {
        return Long.parseLong(round.get().value());
    }

    private void refreshCase() {
        form = null;
        ballot = null;
        formEditable.set(false);
        formText.set("");
        ballotText.set("");
        AgendaRow row = selected.get();
        if (row == null || principal.get() == null || panel.get() == null) {
            return;
        }
        ResearcherId person = new ResearcherId(row.personId());
        if (principal.get().role().reviews()) {
            try {
                Optional<ReviewForm> mine = workspace.committee().myForms(principal.get(), panelId()).stream()
                        .filter(f -> f.person().equals(person)).findFirst();
                mine.ifPresent(f -> {
                    form = f;
                    for (ReviewCriterion c : ReviewCriterion.values()) {
                        scores.get(c).set(f.score(c) == null ? 5 : f.score(c));
                    }
                    confidence.set(f.confidence() == null ? 3 : f.confidence());
                    comment.set(f.comment());
                    formEditable.set(!f.submitted());
                    formText.set(f.submitted() ? messages.get("committee.form.submitted") : messages.get("committee.form.draft"));
                });
                if (mine.isEmpty()) {
                    formText.set(messages.get("committee.form.none"));
                }
            } catch (RuntimeException e) {
                formText.set(UiMessages.describe(messages, e));
            }
        }
        attempt(() -> {
            List<BallotView> all = workspace.calibration().ballots(principal.get(), panelId());
            ballot = all.stream().filter(b -> b.person().equals(person)).reduce((a, b) -> b).orElse(null);
            ballotText.set(describe(ballot));
        });
    }

    private String describe(BallotView b) {
        if (b == null) {
            return messages.get("committee.ballot.none");
        }
        String proposal = gradeOrText(b.proposal());
        if (b.status() == BallotStatus.OPEN) {
            return messages.get("committee.ballot.open", proposal, b.voted(), b.eligible(),
                    b.callerVoted() ? messages.get("committee.ballot.youVoted") : messages.get("committee.ballot.youHaveNot"));
        }
        return messages.get("committee.ballot.closedTally", proposal, b.tally().votesFor(), b.tally().against(),
                b.tally().abstentions(), b.tally().eligible(), b.tally().needed(),
                b.tally().passed() ? messages.get("committee.ballot.passed") : messages.get("committee.ballot.failed"));
    }

    private String gradeOrText(String proposal) {
        for (AppraisalGrade g : AppraisalGrade.values()) {
            if (g.name().equals(proposal)) {
                return gradeLabel(g);
            }
        }
        return proposal;
    }

    private ReviewForm edited() {
        Map<ReviewCriterion, Integer> s = new EnumMap<>(ReviewCriterion.class);
        scores.forEach((c, p) -> s.put(c, p.get()));
        return form.edited(s, confidence.get(), comment.get());
    }

    public void saveDraft() {
        if (form != null) {
            attempt(() -> workspace.committee().saveReview(principal.get(), edited(), false));
            refreshCase();
        }
    }

    public void submitReview() {
        if (form != null) {
            attempt(() -> workspace.committee().saveReview(principal.get(), edited(), true));
            refreshAgenda();
            refreshCase();
        }
    }

    public void openBallot() {
        AgendaRow row = selected.get();
        if (row != null && grade.get() != null) {
            attempt(() -> workspace.calibration().openBallot(principal.get(), panelId(),
                    new ResearcherId(row.personId()), grade.get().value()));
            refreshCase();
        }
    }

    public void vote(VoteChoice choice) {
        if (ballot != null) {
            attempt(() -> workspace.calibration().vote(principal.get(), ballot.id(), choice));
            refreshCase();
        }
    }

    public void closeBallot() {
        if (ballot != null) {
            attempt(() -> workspace.calibration().closeBallot(principal.get(), ballot.id()));
            refreshCase();
        }
    }

    /** Records the chosen grade for the selected case, on the latest closed ballot when it is about that grade. */
    public void decide() {
        AgendaRow row = selected.get();
        if (row == null || grade.get() == null) {
            return;
        }
        AppraisalGrade g = AppraisalGrade.valueOf(grade.get().value());
        Long ballotId = ballot != null && ballot.status() == BallotStatus.CLOSED && ballot.proposal().equals(g.name())
                ? ballot.id() : null;
        attempt(() -> workspace.calibration().decideGrade(principal.get(), panelId(),
                new ResearcherId(row.personId()), g, ballotId));
        refreshAgenda();
    }

    private void refreshQuotas() {
        quotaText.set("");
        if (workspace == null || principal.get() == null || panel.get() == null) {
            return;
        }
        try {
            QuotaStatus q = workspace.calibration().quotas(principal.get(), panelId());
            StringBuilder sb = new StringBuilder();
            for (QuotaArithmetic a : q.quotas()) {
                sb.append(messages.get("committee.quota.line", gradeLabel(a.grade()), a.n(),
                        a.share().toPlainString(), a.exact().toPlainString(),
                        messages.get("quota.rounding." + a.rounding().name()), a.cap(), a.holding())).append('\n');
            }
            sb.append(q.satisfied() ? messages.get("committee.quota.holds") : messages.get("committee.quota.broken"));
            quotaText.set(sb.toString());
            lockText.set(workspace.calibration().lock(principal.get(), roundId())
                    .map(l -> messages.get("committee.locked", l.fingerprint())).orElse(""));
            refreshObjections();
        } catch (RuntimeException e) {
            quotaText.set(UiMessages.describe(messages, e));
        }
    }

    /** The chair lets the panel be finalised although the chosen grade's quota does not hold; a reason is asked. */
    public void overrideQuota() {
        if (workspace == null || panel.get() == null || grade.get() == null) {
            return;
        }
        AppraisalGrade g = AppraisalGrade.valueOf(grade.get().value());
        dialogs.askText(messages.get("committee.quotaOverride.title"),
                messages.get("committee.quotaOverride.prompt", gradeLabel(g)), "").ifPresent(reason ->
                attempt(() -> workspace.calibration().overrideQuota(principal.get(), panelId(), g, reason)));
        refreshQuotas();
    }

    private void refreshObjections() {
        Choice keep = objection.get();
        objections.clear();
        if (workspace == null || principal.get() == null || round.get() == null) {
            return;
        }
        Map<Long, String> names = new java.util.HashMap<>();
        agenda.forEach(a -> names.put(a.personId(), a.employeeNo() + " " + a.name()));
        for (Objection o : workspace.calibration().objections(principal.get(), roundId())) {
            String outcome = messages.get("objection.outcome." + o.outcome().name());
            objections.add(new Choice(Long.toString(o.id()), o.handling().isEmpty()
                    ? messages.get("committee.objection.line", names.getOrDefault(o.person().value(), ""), o.received(),
                    o.text(), outcome)
                    : messages.get("committee.objection.lineHandled", names.getOrDefault(o.person().value(), ""),
                    o.received(), o.text(), outcome, o.handling())));
        }
        objection.set(objections.stream().filter(c -> keep != null && c.value().equals(keep.value())).findFirst()
                .orElse(objections.isEmpty() ? null : objections.get(objections.size() - 1)));
    }

    /** Records an objection received today about the selected case (publicity must have started). */
    public void recordObjection() {
        AgendaRow row = selected.get();
        if (workspace == null || round.get() == null || row == null) {
            return;
        }
        dialogs.askText(messages.get("committee.objection.title"),
                messages.get("committee.objection.prompt", row.employeeNo() + " " + row.name()), "").ifPresent(text ->
                attempt(() -> workspace.calibration().recordObjection(principal.get(), roundId(),
                        new ResearcherId(row.personId()), LocalDate.now(), text)));
        refreshObjections();
    }

    /** Records the outcome of the chosen objection and how it was handled (both asked). */
    public void resolveObjection() {
        Choice o = objection.get();
        if (workspace == null || round.get() == null || o == null) {
            return;
        }
        List<Choice> outcomes = new java.util.ArrayList<>();
        for (ObjectionOutcome x : ObjectionOutcome.values()) {
            if (x != ObjectionOutcome.PENDING) {
                outcomes.add(new Choice(x.name(), messages.get("objection.outcome." + x.name())));
            }
        }
        String title = messages.get("committee.objection.resolveTitle");
        dialogs.choose(title, messages.get("committee.objection.outcome"), outcomes).ifPresent(outcome ->
                dialogs.askText(title, messages.get("committee.objection.handling"), "").ifPresent(handling ->
                        attempt(() -> workspace.calibration().resolveObjection(principal.get(), roundId(),
                                Long.parseLong(o.value()), handling, ObjectionOutcome.valueOf(outcome.value())))));
        refreshObjections();
    }

    public ObservableList<Choice> objections() {
        return objections;
    }

    public ObjectProperty<Choice> objectionProperty() {
        return objection;
    }

    public void publish() {
        if (round.get() != null) {
            attempt(() -> {
                var p = workspace.calibration().publish(principal.get(), roundId(),
                        LocalDate.parse(publicityStart.get().strip()));
                lockText.set(messages.get("committee.published", p.start(), p.end(), p.workingDays()));
            });
            refreshObjections();
        }
    }

    public void finalise() {
        if (round.get() != null) {
            attempt(() -> workspace.calibration().finalise(principal.get(), roundId()));
            refreshQuotas();
        }
    }

    /** The round box's prompt when it has nothing to choose from. */
    public javafx.beans.property.ReadOnlyStringProperty roundPromptProperty() {
        return roundPrompt.getReadOnlyProperty();
    }

    /** Why the agenda is empty and what to do about it (the table's placeholder). */
    public javafx.beans.property.ReadOnlyStringProperty agendaEmptyProperty() {
        return agendaEmpty.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Principal> principalProperty() {
        return principal;
    }

    public BooleanBinding signedInBinding() {
        return Bindings.isNotNull(principal);
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

    public ObservableList<AgendaRow> agenda() {
        return agenda;
    }

    public ObjectProperty<AgendaRow> selectedProperty() {
        return selected;
    }

    public IntegerProperty scoreProperty(ReviewCriterion c) {
        return scores.get(c);
    }

    public IntegerProperty confidenceProperty() {
        return confidence;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public javafx.beans.property.ReadOnlyStringProperty formTextProperty() {
        return formText.getReadOnlyProperty();
    }

    public BooleanProperty formEditableProperty() {
        return formEditable;
    }

    public ObservableList<Choice> grades() {
        return grades;
    }

    public ObjectProperty<Choice> gradeProperty() {
        return grade;
    }

    public javafx.beans.property.ReadOnlyStringProperty ballotTextProperty() {
        return ballotText.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty quotaTextProperty() {
        return quotaText.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty lockTextProperty() {
        return lockText.getReadOnlyProperty();
    }

    public StringProperty publicityStartProperty() {
        return publicityStart;
    }
}
