package org.talentbench.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.app.keytech.KeyTechnologiesViewModel;
import org.talentbench.app.reports.ReportsViewModel;
import org.talentbench.app.committee.CommitteeViewModel;
import org.talentbench.app.evaluation.EvaluationViewModel;
import org.talentbench.app.profile.ResearcherEditorViewModel;
import org.talentbench.app.researchers.ResearchersViewModel;
import org.talentbench.app.accounts.AccountsViewModel;
import org.talentbench.app.session.SignInViewModel;
import org.talentbench.security.Principal;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.AppPaths;
import org.talentbench.service.DemoService;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.talentbench.security.Permission;
import org.talentbench.service.Session;

/**
 * State of the main window: the open workspace (database), the signed-in account (the session), the current screen,
 * the status bar, and the commands of the File menu. Opening and creating databases run as background jobs; failures
 * become dialogs naming the file. When a sign-in presenter is set (the real window always sets one), a database is
 * adopted only after someone signs in to it, or creates its first administrator; cancelling closes it again
 * (docs/decisions/0051-session-at-start.md). The signed-in account is handed to the workspace, whose services act
 * for it and refuse what its role may not do; the {@code may…} properties only grey out what would be refused
 * (docs/decisions/0090-roles-in-every-service.md).
 */
public final class MainViewModel {
    private final Messages messages;
    private final UserSettings settings;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusViewModel status;
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.RESEARCHERS);
    private final ResearchersViewModel researchers;
    private final KeyTechnologiesViewModel keyTechnologies;
    private final ReportsViewModel reports;
    private final EvaluationViewModel evaluation;
    private final CommitteeViewModel committee;
    private final AccountsViewModel accounts;
    private final org.talentbench.app.committee.PanelsViewModel panels;
    private final ReadOnlyObjectWrapper<Principal> principal = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyStringWrapper sessionText =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    /** A longer word on the session for the status bar's tooltip (how an open demo gets its administrator). */
    private final javafx.beans.property.ReadOnlyStringWrapper sessionHint =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private Function<SignInViewModel, Optional<Principal>> signInPresenter;
    private StartupPrefetch prefetch = StartupPrefetch.NONE;
    private final ReadOnlyBooleanWrapper mayEditProfiles = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mayImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mayExport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mayManageRounds = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyBooleanWrapper signingIn =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private Consumer<Language> languageListener = l -> { };
    private Consumer<ResearchersViewModel.OpenRequest> profilePresenter = r -> { };

    public MainViewModel(Messages messages, UserSettings settings, TaskRunner tasks, DialogService dialogs,
                         StatusViewModel status) {
        this.messages = messages;
        this.settings = settings;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.researchers = new ResearchersViewModel(messages, tasks, dialogs);
        this.keyTechnologies = new KeyTechnologiesViewModel(messages, tasks, dialogs);
        this.reports = new ReportsViewModel(messages, tasks, dialogs);
        this.evaluation = new EvaluationViewModel(messages, tasks, dialogs);
        this.committee = new CommitteeViewModel(messages, dialogs, principal.getReadOnlyProperty());
        this.accounts = new AccountsViewModel(messages, dialogs, principal.getReadOnlyProperty(), tasks);
        this.panels = new org.talentbench.app.committee.PanelsViewModel(messages, dialogs,
                principal.getReadOnlyProperty());
        principal.addListener((o, a, b) -> {
            showSession(b, workspace.get());
            refreshPermissions();
        });
        sessionText.set(messages.get("session.none"));
        evaluation.onOpenProfile(employeeNo -> {
            researchers.searchProperty().set(employeeNo);
            screen.set(Screen.RESEARCHERS);
        });
        researchers.setOpener(r -> {
            if (workspace.get() != null) {
                profilePresenter.accept(r);
            }
        });
        researchers.countsProperty().addListener((o, a, b) -> status.setFacts(b));
        status.setFacts(researchers.countsProperty().get());
        workspace.addListener((o, old, now) -> {
            status.setDatabase(now == null ? messages.get("status.noDatabase") : now.display());
            if (now == null) {
                researchers.clear();
                status.setAudit("", "", false);
                evaluation.clear();
                committee.clear();
                accounts.clear();
                panels.clear();
            } else {
                // the table first; the other screens' reads, the scheduled backup and the audit check once it shows
                researchers.load(now.researchers(), () -> {
                    if (workspace.get() == now) {
                        loadOtherScreens(now);
                    }
                });
            }
            if (now == null) {
                keyTechnologies.setWorkspace(null);
                reports.setWorkspace(null);
            }
            refreshPermissions();
        });
        status.setDatabase(messages.get("status.noDatabase"));
    }

    /**
     * First thing after the window shows: open the requested database, else the last one, else the default one —
     * creating the demo institute there when it does not exist yet, so a new user sees a populated app at once.
     */
    public void start(Optional<Path> requested) {
        Path target = startTarget(requested, settings);
        if (Workspace.exists(target)) {
            open(target, false);
        } else {
            prefetch.discard();
            createDemo(target);
        }
    }

    /** The file a start opens: the requested one, else the last one if it still exists, else the default one. */
    public static Path startTarget(Optional<Path> requested, UserSettings settings) {
        return requested.or(() -> settings.lastDatabase().filter(Workspace::exists))
                .orElse(AppPaths.defaultDatabase());
    }

    /** The database opened ahead while the window was being built; {@link #start} uses it if it is the same file. */
    public void usePrefetch(StartupPrefetch ahead) {
        this.prefetch = ahead;
    }

    /** First thing after the window shows when {@code --db} named a shared server database. */
    public void startShared(String url) {
        tasks.run(messages.get("status.opening", url.replaceAll("password=[^&]*", "password=***")),
                p -> Workspace.openShared(url), this::signInAndAdopt,
                failure -> dialogs.showError(messages.get("file.open.failed"), UiMessages.describe(messages, failure)));
    }

    /**
     * Adopts an already open workspace without asking anyone to sign in (tests of screens that need no role, or a
     * caller that opened it); nobody is signed in afterwards.
     */
    public void adopt(Workspace opened) {
        adopt(opened, null);
    }

    /** Adopts an already open workspace with {@code who} signed in to it (tests, and the end of a sign-in). */
    public void adopt(Workspace opened, Principal who) {
        Workspace old = workspace.get();
        principal.set(null);
        if (opened != null && who != null) {
            opened.signIn(who);
        }
        workspace.set(opened);
        principal.set(opened == null ? null : who);
        showSession(principal.get(), opened);
        if (old != null && old != opened) {
            old.close();
        }
    }

    /**
     * A database has just opened: asks who signs in (or for its first administrator) and adopts it then; a cancelled
     * sign-in closes it and keeps whatever was open before. Without a presenter the database is adopted as is.
     *
     * @return whether it was adopted
     */
    private boolean signInAndAdopt(Workspace opened) {
        if (signInPresenter == null) {
            adopt(opened);
            return true;
        }
        if (opened.auth().isUnclaimedDemo()) {
            // invented people and no accounts: open at once, the status bar says access is open (decision 0097)
            adopt(opened);
            return true;
        }
        Optional<Principal> who = signInPresenter.apply(new SignInViewModel(messages, opened.auth(), opened.display(),
                tasks));
        if (who.isEmpty()) {
            if (workspace.get() != opened) {
                opened.close();
            }
            return false;
        }
        adopt(opened, who.get());
        return true;
    }

    /**
     * The status bar's session: who is signed in; on an unclaimed demo institute (invented people, no accounts),
     * which opens at once as the bootstrap administrator, that access is open and, in the tooltip, that File → "Sign
     * out / switch user" creates the first administrator (decision 0097).
     */
    private void showSession(Principal who, Workspace ws) {
        if (who == null && ws != null && ws.auth().isUnclaimedDemo()) {
            sessionText.set(messages.get("session.openDemo"));
            sessionHint.set(messages.get("session.openDemo.hint"));
            return;
        }
        sessionHint.set("");
        sessionText.set(who == null ? messages.get("session.none")
                : messages.get("session.signedInAs", who.displayName(), messages.get("role." + who.role().name())));
    }

    /**
     * File → "Sign out / switch user": signs the current account out and asks for the next one; cancelling leaves
     * nobody signed in and closes the database, so nothing stays on screen without a session. On an unclaimed demo
     * the dialog creates its first administrator, and cancelling keeps the demo open.
     */
    public void switchUser() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        principal.set(null);
        ws.signOut();
        signingIn.set(true);
        Optional<Principal> who;
        try {
            who = signInPresenter == null ? Optional.empty()
                    : signInPresenter.apply(new SignInViewModel(messages, ws.auth(), ws.display(), tasks));
        } finally {
            signingIn.set(false);
        }
        if (who.isPresent()) {
            ws.signIn(who.get());
            principal.set(who.get());
            reloadFor(ws);
        } else if (ws.auth().isUnclaimedDemo()) {
            showSession(null, ws);
        } else {
            adopt(null);
        }
    }

    /** After a change of account: the lists show what the new account may see. */
    private void reloadFor(Workspace ws) {
        researchers.load(ws.researchers());
        evaluation.load(ws.rounds());
        keyTechnologies.setWorkspace(ws);
        reports.setWorkspace(ws);
    }

    /**
     * What the session may do, for the screens to grey out (a convenience: the services refuse by themselves). On a
     * database without accounts nobody needs to sign in and everything is allowed (bootstrap administrator).
     */
    private void refreshPermissions() {
        Workspace ws = workspace.get();
        Session session = ws == null ? null : ws.session();
        mayEditProfiles.set(session != null && session.allows(Permission.EDIT_PROFILES));
        mayImport.set(session != null && session.allows(Permission.IMPORT));
        mayExport.set(session != null && session.allows(Permission.EXPORT));
        mayManageRounds.set(session != null && session.allows(Permission.MANAGE_ROUNDS));
        researchers.canEditProperty().set(mayEditProfiles.get());
        evaluation.mayManageProperty().set(mayManageRounds.get());
    }

    /** Whether the session may create and edit profiles (New researcher, the editor's Save). */
    public ReadOnlyBooleanProperty mayEditProfilesProperty() {
        return mayEditProfiles.getReadOnlyProperty();
    }

    /** Whether the session may import (File → Import). */
    public ReadOnlyBooleanProperty mayImportProperty() {
        return mayImport.getReadOnlyProperty();
    }

    /** Whether the session may export personnel data (File → Export, documents). */
    public ReadOnlyBooleanProperty mayExportProperty() {
        return mayExport.getReadOnlyProperty();
    }

    /** Whether the session may create, advance and score rounds. */
    public ReadOnlyBooleanProperty mayManageRoundsProperty() {
        return mayManageRounds.getReadOnlyProperty();
    }

    /** Who asks for the sign-in when a database opens (the main window's sign-in dialog; a fake in tests). */
    public void setSignInPresenter(Function<SignInViewModel, Optional<Principal>> presenter) {
        this.signInPresenter = presenter;
    }

    public void openDatabase() {
        dialogs.chooseDatabaseToOpen(messages.get("file.open.title"))
                .ifPresent(p -> open(p, false));
    }

    /**
     * File → "New empty institute": asks where, then whether to encrypt it at rest; an encrypted one is created
     * together with its administrator, whose login and password are asked at once (docs/decisions/0091).
     */
    public void newEmptyInstitute() {
        dialogs.chooseDatabaseToCreate(messages.get("file.new.title")).ifPresent(p -> {
            if (Workspace.exists(p)) {
                dialogs.showError(messages.get("file.new.title"), messages.get("demo.error.exists", Workspace.display(p)));
                return;
            }
            int answer = dialogs.chooseAnswer(messages.get("file.new.title"),
                    messages.get("file.new.encryptQuestion", Workspace.display(p)),
                    List.of(messages.get("file.new.plain"), messages.get("file.new.encrypt"),
                            messages.get("session.cancel")));
            if (answer == 0) {
                open(p, true);
            } else if (answer == 1) {
                createEncrypted(p);
            }
        });
    }

    private void createEncrypted(Path file) {
        if (signInPresenter == null) {
            return;
        }
        // set on the job's thread, read on the FX thread once the job has ended
        AtomicReference<Workspace> created = new AtomicReference<>();
        SignInViewModel vm = SignInViewModel.creatingEncrypted(messages, Workspace.display(file), tasks,
                new SignInViewModel.Authenticator() {
                    @Override
                    public Principal signIn(String login, char[] password) {
                        throw new IllegalStateException("a new database has no account to sign in to");
                    }

                    @Override
                    public Principal createAdministrator(String login, String displayName, char[] password) {
                        Workspace.Opened s = Workspace.createEncrypted(file, login, displayName, password);
                        created.set(s.workspace());
                        return s.principal();
                    }

                    @Override
                    public void discard(Principal late) {
                        // created after the dialog was cancelled: the file stays, closed, with its administrator
                        Workspace ws = created.getAndSet(null);
                        if (ws != null) {
                            ws.close();
                        }
                    }
                });
        Optional<Principal> who = signInPresenter.apply(vm);
        Workspace ws = created.get();
        if (who.isPresent() && ws != null) {
            adopt(ws, who.get());
            settings.lastDatabase(ws.file());
        } else if (ws != null) {
            created.set(null);
            ws.close();
        }
    }

    /**
     * Opens an encrypted file: the sign-in comes first, since nothing of the file can be read before a key slot
     * opens, and the same login and password then sign in (one question, not two).
     */
    private void openEncrypted(Path file) {
        // set on the job's thread, read on the FX thread once the job has ended
        AtomicReference<Workspace> opened = new AtomicReference<>();
        SignInViewModel vm = SignInViewModel.unlocking(messages, Workspace.display(file), tasks, (login, password) -> {
            Workspace.Opened s = Workspace.openAndSignIn(file, login, password);
            opened.set(s.workspace());
            return s.principal();
        }, late -> {
            // unlocked after the dialog was cancelled: close it again
            Workspace ws = opened.getAndSet(null);
            if (ws != null && ws != workspace.get()) {
                ws.close();
            }
        });
        Optional<Principal> who = signInPresenter.apply(vm);
        Workspace ws = opened.get();
        if (who.isPresent() && ws != null) {
            adopt(ws, who.get());
            settings.lastDatabase(ws.file());
        } else if (ws != null && ws != workspace.get()) {
            opened.set(null);
            ws.close();
        }
    }

    public void newDemoInstitute() {
        dialogs.chooseDatabaseToCreate(messages.get("file.demo.title"))
                .ifPresent(this::createDemo);
    }

    private void open(Path file, boolean create) {
        if (!create && signInPresenter != null && Workspace.isEncrypted(file)) {
            prefetch.discard();
            openEncrypted(file);
            return;
        }
        StartupPrefetch ahead = prefetch;
        prefetch = StartupPrefetch.NONE;
        tasks.run(messages.get("status.opening", Workspace.display(file)), p -> {
                    Optional<Workspace> opened = create ? Optional.empty() : ahead.take(file);
                    ahead.discard();
                    return opened.orElseGet(() -> Workspace.open(file, create));
                },
                opened -> {
                    if (signInAndAdopt(opened)) {
                        settings.lastDatabase(opened.file());
                    }
                },
                failure -> dialogs.showError(messages.get("file.open.failed"), UiMessages.describe(messages, failure)));
    }

    private void createDemo(Path file) {
        tasks.run(messages.get("status.creatingDemo"), p -> {
            DemoService.create(file, DemoSpec.standard(), f -> p.update(f, null), p::isCancelled);
            return Workspace.open(file, false);
        }, opened -> {
            if (signInAndAdopt(opened)) {
                settings.lastDatabase(opened.file());
            }
        }, failure -> dialogs.showError(messages.get("file.demo.failed"), UiMessages.describe(messages, failure)));
    }

    private void loadOtherScreens(Workspace now) {
        maintain(now);
        evaluation.load(now.rounds());
        committee.load(now);
        accounts.load(now);
        panels.load(now);
        keyTechnologies.setWorkspace(now);
        reports.setWorkspace(now);
    }

    /**
     * After a database opens: the scheduled backup when one is due, then the audit-trail check, whose result stays
     * in the status bar. A tampered trail is also shown in a dialog, since it is what a reviewer must not miss.
     */
    private void maintain(Workspace opened) {
        tasks.run(messages.get("status.checkingAudit"), p -> {
            opened.backupIfDue(settings.backupKeep());
            return opened.checkAuditTrail();
        }, s -> {
            if (workspace.get() != opened) {
                return;
            }
            String detail = messages.get(s.key(), s.args());
            status.setAudit(s.intact() ? messages.get("status.audit.intact")
                    : messages.get("status.audit.broken", s.brokenId()), detail, !s.intact());
            if (!s.intact()) {
                dialogs.showError(messages.get("status.audit.title"), detail);
            }
        }, failure -> status.setAudit(messages.get("status.audit.unknown"), UiMessages.describe(messages, failure),
                false));
    }

    /** One-click backup of the open database into the {@code backups} folder beside it. */
    public void backupNow() {
        Workspace current = workspace.get();
        if (current == null) {
            return;
        }
        tasks.run(messages.get("status.backingUp"), p -> current.backupNow(settings.backupKeep()),
                file -> dialogs.showInformation(messages.get("menu.file.backup"), messages.get("backup.saved", file)),
                failure -> dialogs.showError(messages.get("menu.file.backup"), UiMessages.describe(messages, failure)));
    }

    public void changeLanguage(Language language) {
        if (language != messages.language()) {
            settings.language(language);
            languageListener.accept(language);
        }
    }

    /** Who shows profile editors (the main window's editor windows). */
    public void setProfilePresenter(Consumer<ResearchersViewModel.OpenRequest> presenter) {
        this.profilePresenter = presenter;
    }

    /**
     * A profile editor on the open workspace, with its own dialogs; a save reloads the researchers table.
     *
     * @throws IllegalStateException when no database is open
     */
    public ResearcherEditorViewModel createEditor(DialogService editorDialogs) {
        Workspace ws = workspace.get();
        if (ws == null) {
            throw new IllegalStateException("no database open");
        }
        ResearcherEditorViewModel vm = new ResearcherEditorViewModel(messages, ws.profiles(), tasks, editorDialogs);
        vm.setMayEdit(mayEditProfiles.get());
        vm.onSaved(id -> {
            if (workspace.get() == ws) {
                researchers.load(ws.researchers());
            }
        });
        return vm;
    }

    public void onLanguageChangeListener(Consumer<Language> listener) {
        this.languageListener = listener;
    }

    public void close() {
        prefetch.discard();
        adopt(null);
    }

    public Messages messages() {
        return messages;
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public StatusViewModel status() {
        return status;
    }

    public ResearchersViewModel researchers() {
        return researchers;
    }

    public ReportsViewModel reports() {
        return reports;
    }

    public KeyTechnologiesViewModel keyTechnologies() {
        return keyTechnologies;
    }

    public CommitteeViewModel committee() {
        return committee;
    }

    public AccountsViewModel accounts() {
        return accounts;
    }

    public org.talentbench.app.committee.PanelsViewModel panels() {
        return panels;
    }

    /** The signed-in account, or null; every role-checked service call is made with it. */
    public ReadOnlyObjectProperty<Principal> principalProperty() {
        return principal.getReadOnlyProperty();
    }

    /** True while "switch user" waits for the next sign-in: the screens are hidden meanwhile. */
    public javafx.beans.property.ReadOnlyBooleanProperty signingInProperty() {
        return signingIn.getReadOnlyProperty();
    }

    /** The status bar's "signed in as" text. */
    public javafx.beans.property.ReadOnlyStringProperty sessionTextProperty() {
        return sessionText.getReadOnlyProperty();
    }

    /** The status bar's tooltip on the session; empty when there is nothing more to say. */
    public javafx.beans.property.ReadOnlyStringProperty sessionHintProperty() {
        return sessionHint.getReadOnlyProperty();
    }

    public EvaluationViewModel evaluation() {
        return evaluation;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
