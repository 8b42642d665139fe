package org.talentbench.app.accounts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Role;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.AccountService;
import org.talentbench.service.AccountSummary;
import org.talentbench.service.ResearcherSummary;
import org.talentbench.service.Workspace;

/**
 * The accounts screen's state: every account with its role and state, the form for a new one, and the commands to
 * disable or enable an account, reset its password and change one's own. The role check is
 * {@link AccountService}'s: this screen only greys out what the signed-in role may not do and shows the service's
 * refusal when it is asked anyway. Passwords pass through as char arrays that are cleared after the call and are
 * never logged.
 *
 * <p>Threading: state changes on the FX thread. Creating an account, resetting or changing a password costs one or
 * two Argon2id derivations (about 0.1 s each on the development VM, docs/benchmarks.md), so those commands run
 * through the {@link TaskRunner} while {@link #busyProperty() busy} greys out the form and the commands; the
 * password arrays are held by the job alone and wiped when it ends. An outcome arriving after the workspace changed
 * (closed, another one opened) is dropped. Listing and enabling/disabling stay on the FX thread (no hashing).
 */
public final class AccountsViewModel {
    private final Messages messages;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Principal> principal = new SimpleObjectProperty<>();
    private Workspace workspace;

    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AccountRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<AccountRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");

    private final StringProperty newLogin = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObservableList<Choice> roles = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> newRole = new SimpleObjectProperty<>();
    private final StringProperty newEmployeeNo = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newRepeat = new SimpleStringProperty("");

    /**
     * @param session the application's signed-in account
     */
    public AccountsViewModel(Messages messages, DialogService dialogs, ObservableValue<Principal> session,
                             TaskRunner tasks) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.tasks = tasks;
        for (Role r : Role.values()) {
            roles.add(new Choice(r.name(), messages.get("role." + r.name())));
        }
        newRole.set(roles.get(Role.MEMBER.ordinal()));
        principal.bind(session);
        principal.addListener((o, a, b) -> refresh());
        updateEmptyText(null);
    }

    /**
     * Why the table lists no account: no database, nobody signed in (an unclaimed demo has no account at all, and
     * File → Sign out / switch user creates its administrator), or a failure to list them. With nobody signed in it
     * also sets the notice above the table, from the same one look at the database.
     */
    private void updateEmptyText(String failure) {
        if (workspace == null) {
            emptyText.set(messages.get("empty.noDatabase"));
        } else if (failure != null) {
            emptyText.set(failure);
        } else if (principal.get() == null) {
            boolean openDemo = workspace.auth().isUnclaimedDemo();
            emptyText.set(openDemo ? messages.get("empty.accounts.openDemo") : messages.get("accounts.notSignedIn"));
            // the open demo's placeholder already says how its first account is made
            notice.set(openDemo ? "" : messages.get("accounts.notSignedIn"));
        } else {
            emptyText.set(messages.get("accounts.adminOnly"));
        }
    }

    /** Why the accounts table is empty and what to do (its placeholder). */
    public javafx.beans.property.ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public void load(Workspace ws) {
        this.workspace = ws;
        refresh();
    }

    public void clear() {
        workspace = null;
        rows.clear();
        notice.set("");
        updateEmptyText(null);
    }

    /** Reloads the list; a role that may not list accounts sees why instead. */
    public void refresh() {
        AccountRow keep = selected.get();
        rows.clear();
        updateEmptyText(null);
        Principal who = principal.get();
        if (workspace == null || who == null) {
            if (workspace == null) {
                notice.set("");
            }
            return;
        }
        try {
            Map<ResearcherId, String> people = new HashMap<>();
            for (ResearcherSummary r : workspace.researchers().list()) {
                people.put(r.id(), r.employeeNo() + " " + r.nameZh());
            }
            for (AccountSummary a : workspace.accounts().list(who)) {
                rows.add(new AccountRow(a.id().value(), a.login(), a.displayName(),
                        messages.get("role." + a.role().name()),
                        a.researcherId() == null ? "" : people.getOrDefault(a.researcherId(), ""),
                        a.departmentCode(), a.active() ? messages.get("accounts.state.active")
                        : messages.get("accounts.state.disabled"), a.active()));
            }
            notice.set(who.is(Role.ADMIN) ? messages.get("accounts.count", rows.size())
                    : messages.get("accounts.adminOnly"));
        } catch (RuntimeException e) {
            notice.set(UiMessages.describe(messages, e));
            updateEmptyText(UiMessages.describe(messages, e));
        }
        if (keep != null) {
            selected.set(rows.stream().filter(r -> r.id() == keep.id()).findFirst().orElse(null));
        }
    }

    private boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("accounts.title"), UiMessages.describe(messages, e));
            return false;
        }
    }

    /** Work that hashes a password: any password arrays it holds are wiped when it ends, whatever the outcome. */
    @FunctionalInterface
    private interface PasswordWork {
        void run(Workspace ws, Principal who);
    }

    /**
     * Runs {@code work} in the background with the screen busy; {@code done} follows on the FX thread when it
     * succeeded and the same workspace is still open; a failure is shown in a dialog.
     */
    private void inBackground(String title, PasswordWork work, Runnable done, char[]... secrets) {
        Workspace ws = workspace;
        Principal who = principal.get();
        busy.set(true);
        tasks.run(title, p -> {
            try {
                work.run(ws, who);
                return Boolean.TRUE;
            } finally {
                for (char[] secret : secrets) {
                    Arrays.fill(secret, '\0');
                }
            }
        }, ok -> {
            busy.set(false);
            if (workspace == ws) {
                done.run();
            }
        }, failure -> {
            busy.set(false);
            if (workspace == ws) {
                dialogs.showError(messages.get("accounts.title"), UiMessages.describe(messages, failure));
            }
        }, () -> {
            // cancelled from the status bar: whether the change was made is unknown, the list says
            busy.set(false);
            if (workspace == ws) {
                refresh();
            }
        });
    }

    /**
     * Creates the account in the form, in the background; the form is emptied after success, the password fields
     * at once.
     */
    public void create() {
        if (workspace == null || busy.get()) {
            return;
        }
        char[] pw = newPassword.get().toCharArray();
        char[] again = newRepeat.get().toCharArray();
        newPassword.set("");
        newRepeat.set("");
        boolean same = Arrays.equals(pw, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(pw, '\0');
            dialogs.showError(messages.get("accounts.title"), messages.get("session.error.repeat"));
            return;
        }
        Role role = newRole.get() == null ? null : Role.valueOf(newRole.get().value());
        String name = newName.get().isBlank() ? newLogin.get().strip() : newName.get().strip();
        AccountService.NewAccount spec = new AccountService.NewAccount(newLogin.get().strip(), name, role,
                newEmployeeNo.get().strip(), null, null);
        String title = messages.get("accounts.busy.create");
        inBackground(title, (ws, who) -> ws.accounts().create(who, spec, pw), () -> {
            newLogin.set("");
            newName.set("");
            newEmployeeNo.set("");
            refresh();
            selected.set(rows.stream().filter(r -> r.login().equals(spec.login())).findFirst().orElse(null));
        }, pw);
    }

    /** Disables the selected account if it is active, enables it otherwise. */
    public void toggleActive() {
        AccountRow row = selected.get();
        if (row == null || workspace == null) {
            return;
        }
        String question = row.active() ? messages.get("accounts.confirmDisable", row.login())
                : messages.get("accounts.confirmEnable", row.login());
        if (dialogs.confirm(messages.get("accounts.title"), question)) {
            attempt(() -> workspace.accounts().setActive(principal.get(), new AccountId(row.id()), !row.active()));
            refresh();
        }
    }

    /** Sets a new password for the selected account (asked twice) and lifts any login pause. */
    public void resetPassword() {
        AccountRow row = selected.get();
        if (row == null || workspace == null || busy.get()) {
            return;
        }
        askNewPassword(messages.get("accounts.resetPassword.title", row.login())).ifPresent(pw ->
                inBackground(messages.get("accounts.busy.password"),
                        (ws, who) -> ws.accounts().resetPassword(who, new AccountId(row.id()), pw),
                        () -> dialogs.showInformation(messages.get("accounts.title"),
                                messages.get("accounts.resetPassword.done", row.login())), pw));
    }

    /** Changes the signed-in user's own password after asking for the current one. */
    public void changeOwnPassword() {
        if (workspace == null || principal.get() == null || busy.get()) {
            return;
        }
        String title = messages.get("accounts.changeOwn.title");
        Optional<char[]> current = dialogs.askPassword(title, messages.get("accounts.changeOwn.current"));
        if (current.isEmpty()) {
            return;
        }
        char[] cur = current.get();
        Optional<char[]> next = askNewPassword(title);
        if (next.isEmpty()) {
            Arrays.fill(cur, '\0');
            return;
        }
        char[] pw = next.get();
        inBackground(messages.get("accounts.busy.password"),
                (ws, who) -> ws.accounts().changeOwnPassword(who, cur, pw),
                () -> dialogs.showInformation(title, messages.get("accounts.changeOwn.done")), cur, pw);
    }

    /** Asks for a new password twice; empty when cancelled or when the two differ (said in a dialog). */
    private Optional<char[]> askNewPassword(String title) {
        Optional<char[]> first = dialogs.askPassword(title, messages.get("accounts.newPassword"));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Optional<char[]> second = dialogs.askPassword(title, messages.get("accounts.repeatPassword"));
        if (second.isEmpty()) {
            Arrays.fill(first.get(), '\0');
            return Optional.empty();
        }
        boolean same = Arrays.equals(first.get(), second.get());
        Arrays.fill(second.get(), '\0');
        if (!same) {
            Arrays.fill(first.get(), '\0');
            dialogs.showError(title, messages.get("session.error.repeat"));
            return Optional.empty();
        }
        return first;
    }

    /** Whether the signed-in role manages accounts (buttons grey out otherwise; the service refuses anyway). */
    public BooleanBinding canManage() {
        return Bindings.createBooleanBinding(() -> principal.get() != null && principal.get().is(Role.ADMIN),
                principal);
    }

    public BooleanBinding signedIn() {
        return Bindings.isNotNull(principal);
    }

    public BooleanBinding canCreate() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !newLogin.get().isBlank()
                && !newPassword.get().isEmpty() && newRole.get() != null, newLogin, newPassword, newRole, busy)
                .and(canManage());
    }

    /** True while a password is being hashed and stored: the form and the commands are greyed out. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<AccountRow> rows() {
        return readOnlyRows;
    }

    public ObjectProperty<AccountRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public StringProperty newLoginProperty() {
        return newLogin;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObservableList<Choice> roles() {
        return roles;
    }

    public ObjectProperty<Choice> newRoleProperty() {
        return newRole;
    }

    public StringProperty newEmployeeNoProperty() {
        return newEmployeeNo;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newRepeatProperty() {
        return newRepeat;
    }
}
