package org.talentbench.app.common;

import org.talentbench.core.InvalidInputException;
import org.talentbench.i18n.Messages;
import org.talentbench.common.UserFacingException;

/** Turns failures into the sentence a user reads; the stack trace stays in the log. */
public final class UiMessages {
    private UiMessages() {
    }

    public static String describe(Messages messages, Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof UserFacingException u) {
                return messages.get(u.key(), u.args());
            }
            if (t instanceof InvalidInputException i) {
                return messages.get("error." + i.code(), i.args());
            }
            t = t.getCause();
        }
        return messages.get("error.unexpected", failure.getClass().getSimpleName());
    }
}
