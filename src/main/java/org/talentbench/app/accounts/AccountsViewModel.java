package org.talentbench.app.accounts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
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
 * never logged. Runs on the FX thread; each command is one short transaction (plus one Argon2id hash).
 */
public final class AccountsViewModel {
    private final Messages messages;
    private final DialogService dialogs;
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
    public AccountsViewModel(Messages messages, DialogService dialogs, ObservableValue<Principal> session) {
        this.messages = messages;
        this.dialogs = dialogs;
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
     * File → Sign out / switch user creates its administrator), or a failure to list them.
     */
    private void updateEmptyText(String failure) {
        if (workspace == null) {
            emptyText.set(messages.get("empty.noDatabase"));
        } else if (failure != null) {
            emptyText.set(failure);
        } else if (principal.get() == null) {
            emptyText.set(workspace.auth().isUnclaimedDemo() ? messages.get("empty.accounts.openDemo")
                    : messages.get("accounts.notSignedIn"));
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
            notice.set(workspace == null ? "" : messages.get("accounts.notSignedIn"));
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

    /** Creates the account in the form; the form is emptied after success, the password fields always. */
    public boolean create() {
        if (workspace == null) {
            return false;
        }
        char[] pw = newPassword.get().toCharArray();
        char[] again = newRepeat.get().toCharArray();
        newPassword.set("");
        newRepeat.set("");
        try {
            if (!Arrays.equals(pw, again)) {
                dialogs.showError(messages.get("accounts.title"), messages.get("session.error.repeat"));
                return false;
            }
            Role role = newRole.get() == null ? null : Role.valueOf(newRole.get().value());
            String name = newName.get().isBlank() ? newLogin.get().strip() : newName.get().strip();
            AccountService.NewAccount spec = new AccountService.NewAccount(newLogin.get().strip(), name, role,
                    newEmployeeNo.get().strip(), null, null);
            boolean ok = attempt(() -> workspace.accounts().create(principal.get(), spec, pw));
            if (ok) {
                newLogin.set("");
                newName.set("");
                newEmployeeNo.set("");
                refresh();
                selected.set(rows.stream().filter(r -> r.login().equals(spec.login())).findFirst().orElse(null));
            }
            return ok;
        } finally {
            Arrays.fill(pw, '\0');
            Arrays.fill(again, '\0');
        }
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
        if (row == null || workspace == null) {
            return;
        }
        askNewPassword(messages.get("accounts.resetPassword.title", row.login())).ifPresent(pw -> {
            try {
                if (attempt(() -> workspace.accounts().resetPassword(principal.get(), new AccountId(row.id()), pw))) {
                    dialogs.showInformation(messages.get("accounts.title"),
                            messages.get("accounts.resetPassword.done", row.login()));
                }
            } finally {
                Arrays.fill(pw, '\0');
            }
        });
    }

    /** Changes the signed-in user's own password after asking for the current one. */
    public void changeOwnPassword() {
        if (workspace == null || principal.get() == null) {
            return;
        }
        String title = messages.get("accounts.changeOwn.title");
        Optional<char[]> current = dialogs.askPassword(title, messages.get("accounts.changeOwn.current"));
        if (current.isEmpty()) {
            return;
        }
        char[] cur = current.get();
        try {
            askNewPassword(title).ifPresent(pw -> {
                try {
                    if (attempt(() -> workspace.accounts().changeOwnPassword(principal.get(), cur, pw))) {
                        dialogs.showInformation(title, messages.get("accounts.changeOwn.done"));
                    }
                } finally {
                    Arrays.fill(pw, '\0');
                }
            });
        } finally {
            Arrays.fill(cur, '\0');
        }
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
        return Bindings.createBooleanBinding(() -> !newLogin.get().isBlank() && !newPassword.get().isEmpty()
                && newRole.get() != null, newLogin, newPassword, newRole).and(canManage());
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
