package org.talentbench.core;

import java.util.List;

/**
 * Bad input detected by the core: a stable {@code code} (a resource-bundle key under {@code error.}) and the values
 * that fill its placeholders. The core never builds user sentences; the CLI and the app translate the code. The
 * exception message is an English rendering for logs only.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient List<Object> args;

    public InvalidInputException(String code, Object... args) {
        super(code + " " + List.of(args));
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
