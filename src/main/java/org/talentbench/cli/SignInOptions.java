package org.talentbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.talentbench.security.Credentials;
import org.talentbench.security.Principal;
import org.talentbench.service.AccessDeniedException;
import org.talentbench.service.AuthService;
import org.talentbench.service.Session;
import org.talentbench.store.Database;
import picocli.CommandLine.Option;

/**
 * {@code --user LOGIN [--password-file FILE]}: who runs a committee command, or any command that reads or writes
 * personnel data on a database with accounts ({@link #session}). The password is the first line of the file, or else
 * the next line of standard input; it is never an option value (that would show in the process list and the shell
 * history).
 */
public final class SignInOptions {
    @Option(names = "--user", paramLabel = "LOGIN", description = "Account to sign in as.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password (default: read a line from standard input).")
    Path passwordFile;

    private static BufferedReader stdin;

    /** The password once read: unlocking an encrypted file and signing in use the same one (one question). */
    private char[] password;

    /** The next line of standard input, shared by every read in this process. */
    static synchronized char[] stdinLine() {
        try {
            if (stdin == null) {
                stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            String line = stdin.readLine();
            if (line == null) {
                throw new UsageException("password: no line on standard input");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UsageException("password: " + e.getMessage());
        }
    }

    /** The first line of {@code file}, or the next line of standard input when {@code file} is null. */
    static char[] password(Path file) {
        if (file == null) {
            return stdinLine();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                throw new UsageException("--password-file " + file + ": empty");
            }
            return lines.get(0).toCharArray();
        } catch (IOException e) {
            throw new UsageException("--password-file " + file + ": " + e.getMessage());
        }
    }

    Principal signIn(Database db) {
        return new AuthService(db).login(credentials().login(), credentials().password().clone());
    }

    /** Whether {@code --user} was given. */
    boolean hasUser() {
        return user != null && !user.isBlank();
    }

    /**
     * The login and password of {@code --user}; the password is read once (file or standard input) and kept for
     * this command's run, so that unlocking an encrypted database and signing in ask only once.
     */
    Credentials credentials() {
        if (!hasUser()) {
            throw new UsageException("--user LOGIN");
        }
        if (password == null) {
            password = password(passwordFile);
        }
        return new Credentials(user.strip(), password.clone());
    }

    /**
     * Who the services act for (decision 0090): the account named by {@code --user} once signed in; without
     * {@code --user}, the bootstrap administrator on a database that has no account yet (a fresh or demo database),
     * and a refusal with exit code 2 ({@code error.access.signInRequired}) on one that has accounts.
     */
    Session session(Database db) {
        if (user != null && !user.isBlank()) {
            return Session.of(db, signIn(db));
        }
        if (new AuthService(db).hasAccounts()) {
            throw AccessDeniedException.signInRequired();
        }
        return Session.unattended(db);
    }
}
