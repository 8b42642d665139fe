package org.talentbench.security;

import java.util.Arrays;
import java.util.Objects;

/**
 * A login and password typed by someone signing in, held together so that an encrypted database can be unlocked
 * and then signed in to with one question. The password is the caller's array: {@link #wipe()} clears it, and
 * {@link #toString()} never shows it.
 */
public record Credentials(String login, char[] password) {
    public Credentials {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
    }

    /** Overwrites the password. */
    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "Credentials[" + login + "]";
    }
}
