package org.talentbench.common;

import java.util.List;

/**
 * A failure the user can act on (a database that cannot be opened, a file that cannot be written): a message key
 * under the shared bundle, its arguments, and whether it was the user's input. The GUI shows it in a dialog, the CLI
 * in one line; the stack trace goes only to the log.
 */
public class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;
    private final boolean badInput;

    public UserFacingException(String key, boolean badInput, Throwable cause, Object... args) {
        super(key + " " + List.of(args), cause);
        this.key = key;
        this.args = List.of(args);
        this.badInput = badInput;
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    public boolean badInput() {
        return badInput;
    }
}
