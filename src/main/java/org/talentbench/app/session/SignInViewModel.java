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
    private final Messages messages;
    private final AuthService auth;
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
        this.messages = messages;
        this.auth = auth;
        this.database = database;
        firstRun.set(!auth.hasAccounts());
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
                Principal p = auth.createFirstAdministrator(login.get().strip(), name, pw);
                error.set("");
                return Optional.of(p);
            }
            Principal p = auth.login(login.get().strip(), pw);
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
        return firstRun.get() ? messages.get("session.firstRun", database) : messages.get("session.signInTo", database);
    }

    public String title() {
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
