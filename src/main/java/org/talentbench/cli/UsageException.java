package org.talentbench.cli;

/** Bad input given on the command line: the CLI prints the message in one line and exits with code 2. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
