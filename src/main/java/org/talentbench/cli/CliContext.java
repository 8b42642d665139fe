package org.talentbench.cli;

import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

/**
 * Per-invocation state shared by the commands: the language chosen with {@code --lang} or the system default.
 * One instance per {@link TalentBenchCommand}; not shared across threads.
 */
public final class CliContext {
    private Language language = Language.fromSystem();
    private Messages messages;

    public Language language() {
        return language;
    }

    void language(Language newLanguage) {
        this.language = newLanguage;
        this.messages = null;
    }

    public Messages messages() {
        if (messages == null) {
            messages = Messages.of(language);
        }
        return messages;
    }
}
