package org.talentbench.app.session;

import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.talentbench.app.common.UiMessages;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.AuthService;

/**
 * The sign-in asked for when a database opens: a login and password, or, on a database without any account, the
 * first administrator's login, name and password (typed twice). A failed attempt leaves the dialog open with the
 * reason; the password field is emptied after every attempt and the password is never kept in a string longer than
 * the field holds it. Runs on the FX thread (a login costs one Argon2id hash).
 */
public final class SignInViewModel {
    /** What the dialog does with what was typed; the password array is wiped by the caller afterwards. */
    public interface Authenticator {
        Principal signIn(String login, char[] password);

        Principal createAdministrator(String login, String displayName, char[] password);
    }

    private final Messages messages;
    private final Authenticator auth;
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
    public SignInViewModel(Messages messages, AuthService auth, String database) {
        this(messages, new Authenticator() {
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

    private SignInViewModel(Messages messages, Authenticator auth, String database, boolean firstRun,
                            String headingText, String titleText) {
        this.messages = messages;
        this.auth = auth;
        this.database = database;
        this.headingText = headingText;
        this.titleText = titleText;
        this.firstRun.set(firstRun);
    }

    /**
     * The sign-in for a database encrypted at rest, asked before it opens: {@code unlock} opens it with the typed
     * credentials and signs in with the same ones (one question, docs/decisions/0091-encryption-at-rest.md).
     */
    public static SignInViewModel unlocking(Messages messages, String database,
                                            java.util.function.BiFunction<String, char[], Principal> unlock) {
        return new SignInViewModel(messages, new Authenticator() {
            @Override
            public Principal signIn(String login, char[] password) {
                return unlock.apply(login, password);
            }

            @Override
            public Principal createAdministrator(String login, String displayName, char[] password) {
                throw new IllegalStateException("an encrypted database always has its administrator");
            }
        }, database, false, messages.get("session.unlock.header", database), null);
    }

    /**
     * The first administrator of a new encrypted database, asked before the file exists: {@code create} makes the
     * file and the account together.
     */
    public static SignInViewModel creatingEncrypted(Messages messages, String database, Authenticator create) {
        return new SignInViewModel(messages, create, database, true, null, messages.get("file.new.encryptTitle"));
    }

    /** Tries the typed credentials; on failure the reason is in {@link #errorProperty()} and nothing is returned. */
    public Optional<Principal> submit() {
        char[] pw = password.get().toCharArray();
        char[] again = repeat.get().toCharArray();
        password.set("");
        repeat.set("");
        try {
            if (firstRun.get()) {
                if (!Arrays.equals(pw, again)) {
                    error.set(messages.get("session.error.repeat"));
                    return Optional.empty();
                }
                String name = displayName.get().isBlank() ? login.get().strip() : displayName.get().strip();
                Principal p = auth.createAdministrator(login.get().strip(), name, pw);
                error.set("");
                return Optional.of(p);
            }
            Principal p = auth.signIn(login.get().strip(), pw);
            error.set("");
            return Optional.of(p);
        } catch (RuntimeException e) {
            error.set(UiMessages.describe(messages, e));
            return Optional.empty();
        } finally {
            Arrays.fill(pw, '\0');
            Arrays.fill(again, '\0');
        }
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
        return Bindings.createBooleanBinding(() -> !login.get().isBlank() && !password.get().isEmpty(), login,
                password);
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
