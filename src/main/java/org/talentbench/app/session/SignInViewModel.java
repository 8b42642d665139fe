package org.talentbench.app.session;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.common.UiMessages;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.AuthService;

/**
 * The sign-in asked for when a database opens: a login and password, or, on a database without any account, the
 * first administrator's login, name and password (typed twice). A failed attempt leaves the dialog open with the
 * reason; the password field is emptied after every attempt and the password is never kept in a string longer than
 * the field holds it.
 *
 * <p>Threading: state changes on the FX thread only. An attempt costs one or two Argon2id derivations (about
 * 0.1 s each on the development VM, more on a slow office PC; docs/benchmarks.md), so it runs through the
 * {@link TaskRunner} while {@link #busyProperty() busy} is true; the typed password is copied into an array that
 * only the job holds and wipes when it ends. {@link #cancel()} (the dialog closed meanwhile) makes the running
 * attempt's outcome void: a principal arriving later is handed to {@link Authenticator#discard} instead.
 */
public final class SignInViewModel {
    /**
     * What the dialog does with what was typed; runs on a background thread, and the password array is wiped by
     * the caller afterwards.
     */
    public interface Authenticator {
        Principal signIn(String login, char[] password);

        Principal createAdministrator(String login, String displayName, char[] password);

        /**
         * An attempt succeeded after the dialog was cancelled: undoes what it opened (a workspace). Called on the FX
         * thread; by default there is nothing to undo.
         */
        default void discard(Principal late) {
        }
    }

    private final Messages messages;
    private final Authenticator auth;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Counts attempts and cancellations: an outcome belonging to an older attempt is void. */
    private long attempt;
    /** A heading and title replacing the usual ones (unlocking an encrypted file, creating one), or null. */
    private final String headingText;
    private final String titleText;
    private final ReadOnlyBooleanWrapper firstRun = new ReadOnlyBooleanWrapper();
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final String database;

    /**
     * @param database what the dialog names as the database being opened
     */
    public SignInViewModel(Messages messages, AuthService auth, String database, TaskRunner tasks) {
        this(messages, tasks, new Authenticator() {
            @Override
            public Principal signIn(String login, char[] password) {
                return auth.login(login, password);
            }

            @Override
            public Principal createAdministrator(String login, String displayName, char[] password) {
                return auth.createFirstAdministrator(login, displayName, password);
            }
        }, database, !auth.hasAccounts(), null, null);
    }

    private SignInViewModel(Messages messages, TaskRunner tasks, Authenticator auth, String database,
                            boolean firstRun, String headingText, String titleText) {
        this.messages = messages;
        this.tasks = tasks;
        this.auth = auth;
        this.database = database;
        this.headingText = headingText;
        this.titleText = titleText;
        this.firstRun.set(firstRun);
    }

    /**
     * The sign-in for a database encrypted at rest, asked before it opens: {@code unlock} opens it with the typed
     * credentials and signs in with the same ones (one question, docs/decisions/0091-encryption-at-rest.md).
     *
     * @param unlock runs on a background thread
     * @param discard undoes an unlock that succeeded after the dialog was cancelled (closes what it opened)
     */
    public static SignInViewModel unlocking(Messages messages, String database, TaskRunner tasks,
                                            java.util.function.BiFunction<String, char[], Principal> unlock,
                                            Consumer<Principal> discard) {
        return new SignInViewModel(messages, tasks, new Authenticator() {
            @Override
            public Principal signIn(String login, char[] password) {
                return unlock.apply(login, password);
            }

            @Override
            public Principal createAdministrator(String login, String displayName, char[] password) {
                throw new IllegalStateException("an encrypted database always has its administrator");
            }

            @Override
            public void discard(Principal late) {
                discard.accept(late);
            }
        }, database, false, messages.get("session.unlock.header", database), null);
    }

    /**
     * The first administrator of a new encrypted database, asked before the file exists: {@code create} makes the
     * file and the account together.
     */
    public static SignInViewModel creatingEncrypted(Messages messages, String database, TaskRunner tasks,
                                                    Authenticator create) {
        return new SignInViewModel(messages, tasks, create, database, true, null,
                messages.get("file.new.encryptTitle"));
    }

    /**
     * Tries the typed credentials in the background; {@code onSignedIn} gets the account on the FX thread. On
     * failure the reason is in {@link #errorProperty()}, the form is usable again and nothing is called. Ignored
     * while an attempt runs.
     */
    public void submit(Consumer<Principal> onSignedIn) {
        if (busy.get()) {
            return;
        }
        error.set("");
        char[] pw = password.get().toCharArray();
        char[] again = repeat.get().toCharArray();
        password.set("");
        repeat.set("");
        boolean create = firstRun.get();
        boolean differ = create && !Arrays.equals(pw, again);
        Arrays.fill(again, '\0');
        if (differ) {
            Arrays.fill(pw, '\0');
            error.set(messages.get("session.error.repeat"));
            return;
        }
        String who = login.get().strip();
        String name = displayName.get().isBlank() ? who : displayName.get().strip();
        long mine = ++attempt;
        busy.set(true);
        tasks.run(busyText(), p -> {
            try {
                return create ? auth.createAdministrator(who, name, pw) : auth.signIn(who, pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, p -> {
            if (mine != attempt) {
                auth.discard(p);
                return;
            }
            busy.set(false);
            onSignedIn.accept(p);
        }, failure -> {
            if (mine != attempt) {
                return;
            }
            busy.set(false);
            error.set(UiMessages.describe(messages, failure));
        }, () -> {
            // cancelled from the status bar (unreachable behind the modal dialog): the form is usable again
            if (mine == attempt) {
                busy.set(false);
            }
        });
    }

    /**
     * The dialog was closed: the running attempt, if any, no longer counts; an account it signs in or creates
     * later is {@linkplain Authenticator#discard discarded}.
     */
    public void cancel() {
        attempt++;
        busy.set(false);
    }

    /** What the dialog and the status bar say while an attempt runs. */
    public String busyText() {
        return firstRun.get() ? messages.get("session.busy.create") : messages.get("session.busy.signIn");
    }

    /** True while an attempt runs: the form and its OK button are disabled, a busy sign shows. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The line above the fields: which database, and whether this creates its administrator. */
    public String heading() {
        if (headingText != null) {
            return headingText;
        }
        return firstRun.get() ? messages.get("session.firstRun", database) : messages.get("session.signInTo", database);
    }

    public String title() {
        if (titleText != null) {
            return titleText;
        }
        return firstRun.get() ? messages.get("session.firstRun.title") : messages.get("session.title");
    }

    /** The OK button's text. */
    public String okText() {
        return firstRun.get() ? messages.get("session.create") : messages.get("session.signIn");
    }

    public String cancelText() {
        return messages.get("session.cancel");
    }

    public BooleanBinding canSubmit() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !login.get().isBlank()
                && !password.get().isEmpty(), login, password, busy);
    }

    public ReadOnlyBooleanProperty firstRunProperty() {
        return firstRun.getReadOnlyProperty();
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
